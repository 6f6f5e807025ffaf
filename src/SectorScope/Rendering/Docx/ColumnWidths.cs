using System.Globalization;
using System.Text;
using SectorScope.Reporting.Model;

namespace SectorScope.Rendering.Docx;

/// <summary>
/// Column widths that fit a table to the text width: each column gets room for its longest cell
/// (numbers never wrap), headers may wrap onto two lines, and what is left is shared out. Chinese text
/// may break between any two characters; a Latin word (Return, TCOM.US) never breaks, so it bounds how
/// narrow its column may get, and text of Latin words wraps only between words.
/// </summary>
internal static class ColumnWidths
{
    /// <summary>
    /// Estimated width of <paramref name="text"/> in ems: CJK and full-width characters 1, Latin letters
    /// and digits at the widths of a wide sans font (DejaVu Sans, which stands in for Arial where Arial
    /// is missing), so that a cell estimated to fit does fit.
    /// </summary>
    public static double Ems(string text)
    {
        double ems = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            ems += rune.Value switch
            {
                _ when IsWide(rune) => 1.0,
                ' ' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' or 'i' or 'j' or 'l' or 'I' => 0.32,
                '-' or '(' or ')' or '[' or ']' or 'f' or 't' or 'r' => 0.42,
                'M' or 'W' or 'm' or 'w' or '%' => 0.92,
                >= 'A' and <= 'Z' => 0.72,
                _ => 0.62,
            };
        }

        return ems;
    }

    /// <param name="available">Text width in twips.</param>
    /// <param name="fontPoints">Font size of the table text.</param>
    /// <param name="padding">Left plus right cell margins in twips.</param>
    public static int[] Fit(ReportTable table, int available, double fontPoints, int padding) =>
        Fit(table.Columns, [.. table.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(c => c.Text)])], available, fontPoints, padding);

    /// <param name="columns">The table's columns: own header and alignment.</param>
    /// <param name="rows">Cell texts, row by row.</param>
    /// <param name="available">Text width in twips.</param>
    /// <param name="fontPoints">Font size of the table text.</param>
    /// <param name="padding">Left plus right cell margins in twips.</param>
    public static int[] Fit(IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<string>> rows, int available, double fontPoints, int padding)
    {
        int n = columns.Count;
        var natural = new double[n];
        var minimal = new double[n];
        for (int i = 0; i < n; i++)
        {
            var column = columns[i];
            var cells = rows.Select(r => i < r.Count ? r[i] : "").ToArray();
            double content = cells.Select(Ems).DefaultIfEmpty(0).Max();
            double header = Ems(column.Header);
            double wrappedHeader = Math.Max(Math.Ceiling(header / 2), LongestLatinWord(column.Header));
            double wrappedContent = column.Align != ColumnAlign.Left ? content
                : cells.Length > 0 && cells.All(IsLatin) ? cells.Select(LongestLatinWord).Max() : Math.Min(content, 10);
            natural[i] = Math.Max(Math.Max(content, header), 2);
            minimal[i] = Math.Max(Math.Max(wrappedContent, wrappedHeader), 2);
        }

        double twipsPerEm = fontPoints * 20;
        double Twips(double ems) => (ems * twipsPerEm) + padding + 30;
        var naturalTwips = natural.Select(Twips).ToArray();
        var minimalTwips = minimal.Select(Twips).ToArray();
        double[] widths;
        if (naturalTwips.Sum() <= available)
        {
            double extra = available - naturalTwips.Sum();
            widths = [.. naturalTwips.Select(w => w + (extra * w / naturalTwips.Sum()))];
        }
        else if (minimalTwips.Sum() <= available)
        {
            double extra = available - minimalTwips.Sum();
            double slack = naturalTwips.Zip(minimalTwips, (a, b) => a - b).Sum();
            widths = [.. minimalTwips.Select((w, i) => w + (slack <= 0 ? 0 : extra * (naturalTwips[i] - w) / slack))];
        }
        else
        {
            double scale = available / minimalTwips.Sum();
            widths = [.. minimalTwips.Select(w => w * scale)];
        }

        var result = widths.Select(w => (int)Math.Floor(w)).ToArray();
        result[^1] += available - result.Sum();
        return result;
    }

    /// <summary>The widest word of Latin letters, digits and signs (no Chinese character): it cannot be broken.</summary>
    private static double LongestLatinWord(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(IsLatin).Select(Ems).DefaultIfEmpty(0).Max();

    private static bool IsLatin(string text) => !text.EnumerateRunes().Any(IsWide);

    private static bool IsWide(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.OtherLetter
        || rune.Value is >= 0x3000 and <= 0x303F
        || rune.Value is >= 0xFF00 and <= 0xFFEF
        || rune.Value is >= 0x2E80 and <= 0x9FFF;
}
