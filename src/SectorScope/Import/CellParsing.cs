using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SectorScope.Workspace;

namespace SectorScope.Import;

/// <summary>What a value cell holds: nothing (a blank or a vendor's "--"), a number, or text that is not a number.</summary>
public enum CellKind
{
    Missing,
    Number,
    Invalid,
}

public readonly record struct NumberCell(CellKind Kind, double Value, bool Percent);

/// <summary>
/// Pure parsing of the cells vendors write: dates in the forms Chinese terminals, Excel and US sites use,
/// and numbers with thousands separators, percent signs and full-width digits. Cells are what a reader
/// gives: text, a double, a <see cref="DateTime"/> (Excel date cells), a bool or null.
/// </summary>
public static partial class CellParsing
{
    /// <summary>Excel serial dates accepted where a date is expected: 1954-10-03 to 2119-01-10.</summary>
    public const double MinSerial = 20000, MaxSerial = 80000;

    private static readonly HashSet<string> MissingTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "", "-", "--", "---", "—", "——", "–", "N/A", "NA", "#N/A", "#N/A N/A", "NaN", "null", "None", "nil",
    };

    private static readonly string[] MonthNameFormats =
    [
        "MMM d yyyy", "MMM d, yyyy", "MMMM d yyyy", "MMMM d, yyyy", "d MMM yyyy", "d MMMM yyyy", "d-MMM-yyyy", "dd-MMM-yyyy",
        "MMM-d-yyyy", "ddd MMM d yyyy", "ddd, MMM d, yyyy", "MMM. d, yyyy",
    ];

    /// <summary>
    /// Folds full-width digits, letters and punctuation ('１２３．４５', '％', '，') into ASCII and trims. Done by
    /// hand: the product runs with invariant globalization, where Unicode normalization is not available.
    /// </summary>
    public static string Normalize(string text)
    {
        var trimmed = text.Trim().Trim('\u200B', '\uFEFF').Trim();
        if (!trimmed.Any(c => FullWidth.Fold(c) != c))
        {
            return trimmed;
        }

        var folded = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            folded.Append(FullWidth.Fold(c));
        }

        return folded.ToString().Trim();
    }

    /// <summary>The text of any cell, as a person would read it.</summary>
    public static string Text(object? cell) => cell switch
    {
        null => "",
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };

    public static bool IsBlank(object? cell) => cell is null || (cell is string s && string.IsNullOrWhiteSpace(s));

    /// <summary>A date cell; <paramref name="allowSerial"/> also takes a number as an Excel serial date (only in a known date column).</summary>
    public static bool TryDate(object? cell, bool allowSerial, out DateOnly date)
    {
        date = default;
        switch (cell)
        {
            case DateTime t:
                date = DateOnly.FromDateTime(t);
                return t.Year is >= 1900 and <= 2200;
            case double d:
                return TryNumberAsDate(d, allowSerial, out date);
            case string s:
                return TryDateText(Normalize(s), allowSerial, out date);
            default:
                return false;
        }
    }

    private static bool TryNumberAsDate(double d, bool allowSerial, out DateOnly date)
    {
        date = default;
        if (!double.IsFinite(d))
        {
            return false;
        }

        if (d is >= 19000101 and <= 22001231 && d == Math.Floor(d))
        {
            return TryCompact(((long)d).ToString(CultureInfo.InvariantCulture), out date);
        }

        if (allowSerial && d is >= MinSerial and <= MaxSerial)
        {
            date = DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(d)));
            return true;
        }

        return false;
    }

    private static bool TryDateText(string s, bool allowSerial, out DateOnly date)
    {
        date = default;
        if (s.Length is 0 or > 40)
        {
            return false;
        }

        if (IsoLike().Match(s) is { Success: true } iso)
        {
            return TryYmd(iso.Groups[1].Value, iso.Groups[2].Value, iso.Groups[3].Value, out date);
        }

        if (Chinese().Match(s) is { Success: true } cn)
        {
            return TryYmd(cn.Groups[1].Value, cn.Groups[2].Value, cn.Groups[3].Value, out date);
        }

        if (s.Length == 8 && s.All(char.IsAsciiDigit))
        {
            return TryCompact(s, out date);
        }

        if (allowSerial && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial))
        {
            return TryNumberAsDate(serial, allowSerial: true, out date);
        }

        if (s.Any(char.IsAsciiLetter) && DateTime.TryParseExact(s, MonthNameFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var named))
        {
            date = DateOnly.FromDateTime(named);
            return named.Year is >= 1900 and <= 2200;
        }

        return false;
    }

    private static bool TryCompact(string s, out DateOnly date) => TryYmd(s[..4], s[4..6], s[6..], out date);

    private static bool TryYmd(string y, string m, string d, out DateOnly date)
    {
        date = default;
        if (!int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2200
            || !int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12
            || !int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>A value cell: blank and the vendors' no-trade marks are <see cref="CellKind.Missing"/>, never zero.</summary>
    public static NumberCell Number(object? cell)
    {
        switch (cell)
        {
            case null:
                return new NumberCell(CellKind.Missing, 0, false);
            case double d:
                return double.IsFinite(d) ? new NumberCell(CellKind.Number, d, false) : new NumberCell(CellKind.Invalid, 0, false);
            case string s:
                return NumberText(Normalize(s));
            default:
                return new NumberCell(CellKind.Invalid, 0, false);
        }
    }

    private static NumberCell NumberText(string s)
    {
        if (MissingTokens.Contains(s))
        {
            return new NumberCell(CellKind.Missing, 0, false);
        }

        var text = s.Replace("\u2212", "-", StringComparison.Ordinal);
        bool percent = text.EndsWith('%');
        if (percent)
        {
            text = text[..^1].TrimEnd();
        }

        bool negative = text.Length > 2 && text[0] == '(' && text[^1] == ')';
        if (negative)
        {
            text = text[1..^1];
        }

        if (!Grouped().IsMatch(text))
        {
            return new NumberCell(CellKind.Invalid, 0, false);
        }

        text = text.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            return new NumberCell(CellKind.Invalid, 0, false);
        }

        return new NumberCell(CellKind.Number, negative ? -value : value, percent);
    }

    [GeneratedRegex(@"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoLike();

    [GeneratedRegex(@"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$", RegexOptions.CultureInvariant)]
    private static partial Regex Chinese();

    /// <summary>A plain or exponent number, or one with thousands separators every three digits.</summary>
    [GeneratedRegex(@"^[+-]?(?:\d{1,3}(?:[, \u00A0]\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Grouped();
}
