using System.Text.RegularExpressions;

namespace SectorScope.FactCheckMutation;

/// <summary>One changed copy of a narrative: what kind of change, where, and the text.</summary>
public sealed record Variant(string Kind, string Description, string Text);

/// <summary>Where a narrative's hand-written claims stand: numbers with units, names, words and periods outside placeholders and headings.</summary>
public static partial class TextSites
{
    /// <summary>Numbers with a unit, in the narrative's own spelling.</summary>
    public static IEnumerable<Match> Numbers(string text) => Outside(text, NumberToken().Matches(text));

    /// <summary>Every occurrence of <paramref name="word"/> outside placeholders and headings.</summary>
    public static IEnumerable<int> Occurrences(string text, string word)
    {
        var free = Free(text);
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            if (Enumerable.Range(at, word.Length).All(i => free[i]))
            {
                yield return at;
            }
        }
    }

    public static IEnumerable<Match> Outside(string text, MatchCollection matches)
    {
        var free = Free(text);
        return matches.Where(m => Enumerable.Range(m.Index, m.Length).All(i => free[i]));
    }

    /// <summary>The sentence (up to 。！？ or a blank line) around an offset.</summary>
    public static (int Start, int End) Sentence(string text, int offset)
    {
        int start = offset;
        while (start > 0 && !IsEnd(text, start - 1))
        {
            start--;
        }

        int end = offset;
        while (end < text.Length && !IsEnd(text, end))
        {
            end++;
        }

        return (start, end);
    }

    public static string Replace(string text, int at, int length, string with) => text[..at] + with + text[(at + length)..];

    public static string FullWidth(string s) => new([.. s.Select(c => c switch
    {
        >= '0' and <= '9' => (char)(c - '0' + '０'),
        '.' => '．',
        '%' => '％',
        _ => c,
    })]);

    private static bool IsEnd(string text, int i) => text[i] is '。' or '！' or '？' || (text[i] == '\n' && i + 1 < text.Length && text[i + 1] == '\n');

    private static bool[] Free(string text)
    {
        var free = Enumerable.Repeat(true, text.Length).ToArray();
        foreach (Match m in Protected().Matches(text))
        {
            for (int i = m.Index; i < m.Index + m.Length; i++)
            {
                free[i] = false;
            }
        }

        return free;
    }

    [GeneratedRegex(@"(?<![0-9.])(?<n>[0-9]+(?:\.[0-9]+)?)(?<u>%|pct|个百分点|百分点|ppt|pp|bp|基点|x|X|倍)")]
    private static partial Regex NumberToken();

    [GeneratedRegex(@"\{\{.*?\}\}|^#.*$", RegexOptions.Multiline)]
    private static partial Regex Protected();
}
