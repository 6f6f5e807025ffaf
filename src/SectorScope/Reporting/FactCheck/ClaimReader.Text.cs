using System.Globalization;
using System.Text.RegularExpressions;

namespace SectorScope.Reporting.FactCheck;

/// <summary>The text of a claim: numbers with their unit, sentences and clauses.</summary>
public sealed partial class ClaimReader
{
    private static IEnumerable<Number> Numbers(string text)
    {
        foreach (Match m in NumberToken().Matches(text))
        {
            var digits = m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal);
            var value = double.Parse(digits, CultureInfo.InvariantCulture) * (m.Groups["sign"].Success ? -1 : 1);
            var dot = digits.IndexOf('.');
            var unit = m.Groups["u"].Value switch
            {
                "%" or "％" => Unit.Percent,
                "x" or "X" or "倍" => Unit.Multiple,
                _ => Unit.Points,
            };
            yield return new Number(m.Index, m.Length, m.Value, value, dot < 0 ? 0 : digits.Length - dot - 1, unit);
        }
    }

    private static int ClauseStart(string sentence, int offset)
    {
        var at = sentence.LastIndexOfAny(ClauseEnds, Math.Max(0, offset - 1));
        return at < 0 || at >= offset ? 0 : at + 1;
    }

    private static readonly char[] ClauseEnds = ['，', ',', '：', ':', '；', ';'];

    private static string Excerpt(string sentence, int clauseStart, Number n)
    {
        var end = sentence.IndexOfAny(ClauseEnds, n.Start + n.Length);
        var text = sentence[clauseStart..(end < 0 ? sentence.Length : end)].Trim();
        return text.Length <= 48 ? text : text[..48] + "…";
    }

    private static IEnumerable<(int Start, string Text)> Split(string text, Regex end)
    {
        int start = 0;
        foreach (Match m in end.Matches(text))
        {
            yield return (start, text[start..m.Index]);
            start = m.Index + m.Length;
        }

        if (start < text.Length)
        {
            yield return (start, text[start..]);
        }
    }

    [GeneratedRegex(@"[。！？!?\n]")]
    private static partial Regex SentenceEnd();

    // A sign only where it cannot be a range dash (20%-30%): not after a digit or a unit.
    [GeneratedRegex(@"(?<![\d.%A-Za-z])(?:(?<sign>[-−–])\s*)?(?<![\d.])(?<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?<u>%|％|pct|PCT|个百分点|x(?![A-Za-z])|X(?![A-Za-z])|倍)")]
    private static partial Regex NumberToken();

    [GeneratedRegex(@"(?<!\d)(20\d{2}|\d{2})\s*(?:年(?!\s*\d{1,2}\s*月)|E|e)(?![A-Za-z])")]
    private static partial Regex YearToken();

    [GeneratedRegex(@"(?<![\d年])(\d{1,2})月(?!\s*\d{1,2}\s*日)")]
    private static partial Regex MonthToken();
}
