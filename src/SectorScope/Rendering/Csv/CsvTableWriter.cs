using System.Globalization;
using System.Text;
using SectorScope.Reporting.Model;

namespace SectorScope.Rendering.Csv;

/// <summary>Writes a <see cref="DataTable"/> as CSV: full-precision numbers, invariant culture, LF line ends.</summary>
public static class CsvTableWriter
{
    public static string Write(DataTable table)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(',', table.Columns.Select(Escape))).Append('\n');
        foreach (var row in table.Rows)
        {
            sb.Append(string.Join(',', row.Select(Cell))).Append('\n');
        }

        return sb.ToString();
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        string s => Escape(s),
        IFormattable f => Escape(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => Escape(value.ToString() ?? ""),
    };

    private static string Escape(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
