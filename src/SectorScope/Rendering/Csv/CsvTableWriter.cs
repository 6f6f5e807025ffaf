using System.Globalization;
using System.Text;
using SectorScope.Reporting.Model;

namespace SectorScope.Rendering.Csv;

/// <summary>
/// Writes a <see cref="DataTable"/> as CSV: full-precision numbers, invariant culture, LF line ends. A text cell
/// that a spreadsheet would run as a formula (it starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a
/// carriage return, and is not simply a number such as <c>-5.2</c> or <c>-3.1%</c>) is written with a leading
/// single quote, as OWASP advises against CSV injection: a news title <c>=HYPERLINK(…)</c> opens as text.
/// </summary>
public static partial class CsvTableWriter
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

    private static string Escape(string s)
    {
        s = Defused(s);
        return s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
    }

    /// <summary>The text as a spreadsheet will show it rather than evaluate it.</summary>
    internal static string Defused(string s) =>
        s.Length > 1 && s[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !PlainNumber().IsMatch(s) ? "'" + s : s;

    [System.Text.RegularExpressions.GeneratedRegex(@"^[+-]?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?%?$")]
    private static partial System.Text.RegularExpressions.Regex PlainNumber();
}
