using System.Globalization;

namespace SectorScope.Import;

/// <summary>How import writes workspace CSV rows: ISO dates, shortest round-trip numbers, RFC 4180 quoting.</summary>
public static class CsvText
{
    public static string Field(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The workspace row of an imported value in the kind's column order.</summary>
    public static string Row(ImportKind kind, ImportedValue v) => kind switch
    {
        ImportKind.Fx => $"{Date(v.Date)},{v.Key.Replace('/', ',')},{Number(v.Value)}",
        ImportKind.Series => $"{Date(v.Date)},{Field(v.Key)},{Number(v.Value)},{Field(v.Unit ?? "")}",
        _ => $"{Date(v.Date)},{Field(v.Key)},{Number(v.Value)}",
    };
}
