using System.Text.RegularExpressions;
using SectorScope.Workspace;

namespace SectorScope.Reporting.FactCheck;

public enum SubjectKind
{
    Security,
    Index,
    Series,
}

/// <summary>A name found in prose: where, as written, and the codes (or series) it may mean.</summary>
public sealed record SubjectMention(int Start, int Length, string Text, SubjectKind Kind, IReadOnlyList<string> Codes)
{
    public int End => Start + Length;
}

/// <summary>
/// Every way prose names a company, an index or an industry series: codes, Chinese names (with and without
/// the -W/-SW/-S share-class suffix), English names, index names without 指数, the taxonomy's company names
/// and aliases, and short names: the prefixes of a Chinese company name that begin no other name (金山 for
/// 金山软件, not 腾讯 while 腾讯音乐 is listed), read only where the name ends (金山 in 金山、网易, not in 金山云).
/// A name several listings share (阿里 → 9988.HK, BABA.US) keeps all of them. A name followed by its code in
/// brackets (网易（9999.HK）) is one mention; a name and a code that disagree leave it with no code.
/// </summary>
public sealed partial class SubjectIndex
{
    private readonly List<(string Text, SubjectKind Kind, List<string> Codes, bool Short)> _names;
    private readonly string _shortNameFollowers;

    /// <summary>Latin names of several words match in any case (Hang Seng Tech Index), where prose is in a Latin script.</summary>
    private readonly bool _caseFreeLatin;

    public SubjectIndex(Universe universe, NewsTaxonomy? taxonomy, IEnumerable<string> series, ClaimVocabulary? words = null)
    {
        words ??= ChineseClaimWords.Vocabulary;
        _shortNameFollowers = words.ShortNameFollowers;
        _caseFreeLatin = words.WholeWords;
        var map = new Dictionary<(string, SubjectKind), List<string>>();
        void Add(string? name, SubjectKind kind, string code)
        {
            name = name is null ? null : TextNormaliser.Normalise(name).Trim();
            if (string.IsNullOrEmpty(name) || name.Length < 2)
            {
                return;
            }

            if (!map.TryGetValue((name, kind), out var codes))
            {
                map[(name, kind)] = codes = [];
            }

            if (!codes.Contains(code, StringComparer.Ordinal))
            {
                codes.Add(code);
            }
        }

        foreach (var s in universe.Securities)
        {
            Add(s.Code, SubjectKind.Security, s.Code);
            Add(s.Name, SubjectKind.Security, s.Code);
            Add(ShareClassSuffix().Replace(s.Name, ""), SubjectKind.Security, s.Code);
            Add(s.NameEn, SubjectKind.Security, s.Code);
        }

        foreach (var i in universe.Indices)
        {
            Add(i.Code, SubjectKind.Index, i.Code);
            Add(i.Name, SubjectKind.Index, i.Code);
            if (i.Name.EndsWith("指数", StringComparison.Ordinal) && i.Name.Length > 4)
            {
                Add(i.Name[..^2], SubjectKind.Index, i.Code);
            }

            // 纳斯达克综合指数 is commonly 纳斯达克指数 (as 上证综合指数 is 上证指数).
            if (i.Name.EndsWith("综合指数", StringComparison.Ordinal) && i.Name.Length > 6)
            {
                Add(i.Name[..^4] + "指数", SubjectKind.Index, i.Code);
            }

            // Hang Seng TECH Index is also the Hang Seng TECH, where names are English.
            if (words.CorporateWords.Count > 0 && i.Name.EndsWith(" Index", StringComparison.Ordinal) && i.Name.Length > 10)
            {
                Add(i.Name[..^6], SubjectKind.Index, i.Code);
            }
        }

        foreach (var company in taxonomy?.Companies ?? [])
        {
            foreach (var code in company.Codes.Where(universe.IsSecurity))
            {
                foreach (var name in company.Aliases.Prepend(company.Name))
                {
                    Add(name, SubjectKind.Security, code);
                }
            }
        }

        foreach (var name in series)
        {
            Add(name, SubjectKind.Series, name);
        }

        var names = map.Select(kv => (kv.Key.Item1, kv.Key.Item2, kv.Value, false)).ToList();
        var owners = new NameOwners(map);
        names.AddRange(ShortNames(universe, map, owners));
        names.AddRange(EnglishShortNames(universe, map, owners, words.CorporateWords));

        // Longest first, so that 网易-S wins over 网易 and 纳斯达克互联网指数 over 纳斯达克互联网.
        _names = [.. names.OrderByDescending(n => n.Item1.Length).ThenBy(n => n.Item1, StringComparer.Ordinal)];
    }

    /// <summary>Prefixes (two characters or more) of Chinese company names that begin no other name and are no name themselves.</summary>
    private static IEnumerable<(string, SubjectKind, List<string>, bool)> ShortNames(Universe universe, Dictionary<(string, SubjectKind), List<string>> map, NameOwners owners)
    {
        foreach (var s in universe.Securities)
        {
            var name = TextNormaliser.Normalise(ShareClassSuffix().Replace(s.Name, "")).Trim();
            if (name.Length < 3 || !IsHan(name[0]))
            {
                continue;
            }

            for (int length = 2; length < name.Length; length++)
            {
                var prefix = name[..length];
                if (map.ContainsKey((prefix, SubjectKind.Security)) || map.ContainsKey((prefix, SubjectKind.Index)))
                {
                    continue;
                }

                if (owners.OnlyOwnerOfNamesStartingWith(prefix, s.Code, wholeWord: false))
                {
                    yield return (prefix, SubjectKind.Security, [s.Code], true);
                }
            }
        }
    }

    /// <summary>
    /// English names without their corporate words (Kingdee for Kingdee International Software, Amazon for Amazon.com)
    /// where they begin no other name and are no name themselves: read as whole words like every Latin name.
    /// </summary>
    private static IEnumerable<(string, SubjectKind, List<string>, bool)> EnglishShortNames(Universe universe, Dictionary<(string, SubjectKind), List<string>> map,
        NameOwners owners, IReadOnlySet<string> corporateWords)
    {
        if (corporateWords.Count == 0)
        {
            yield break;
        }

        foreach (var s in universe.Securities)
        {
            foreach (var name in new[] { s.Name, s.NameEn }.OfType<string>().Select(n => TextNormaliser.Normalise(n).Trim()).Distinct(StringComparer.Ordinal))
            {
                var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
                while (parts.Count > 1 && corporateWords.Contains(parts[^1].TrimEnd('.')))
                {
                    parts.RemoveAt(parts.Count - 1);
                }

                var shortName = string.Join(' ', parts);
                if (parts.Count == 1 && shortName.EndsWith(".com", StringComparison.OrdinalIgnoreCase))
                {
                    shortName = shortName[..^4];
                }

                if (shortName == name || shortName.Length < 3 || !shortName.All(c => c < 128) || map.ContainsKey((shortName, SubjectKind.Security)) || map.ContainsKey((shortName, SubjectKind.Index)))
                {
                    continue;
                }

                if (owners.OnlyOwnerOfNamesStartingWith(shortName, s.Code, wholeWord: true))
                {
                    yield return (shortName, SubjectKind.Security, [s.Code], false);
                }
            }
        }
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    /// <summary>Every non-overlapping mention in <paramref name="text"/> (normalised, <see cref="TextNormaliser"/>), in reading order.</summary>
    public IReadOnlyList<SubjectMention> Find(string text)
    {
        var taken = new bool[text.Length];
        var found = new List<SubjectMention>();
        foreach (var (name, kind, codes, isShort) in _names)
        {
            var comparison = _caseFreeLatin && name.Contains(' ', StringComparison.Ordinal) && name.All(c => c < 128) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            for (int at = text.IndexOf(name, comparison); at >= 0; at = text.IndexOf(name, at + 1, comparison))
            {
                if (Enumerable.Range(at, name.Length).Any(i => taken[i]) || !WholeWord(text, at, name.Length)
                    || (isShort && at + name.Length < text.Length && !_shortNameFollowers.Contains(text[at + name.Length], StringComparison.Ordinal)))
                {
                    continue;
                }

                for (int i = at; i < at + name.Length; i++)
                {
                    taken[i] = true;
                }

                found.Add(new SubjectMention(at, name.Length, text.Substring(at, name.Length), kind, codes));
            }
        }

        return WithCodesInBrackets(text, [.. found.OrderBy(m => m.Start)]);
    }

    /// <summary>
    /// 网易（9999.HK）is one mention of the codes both parts name; a name the index does not know before a known
    /// code in brackets (甲公司（0001.HK）) is that code. A name and a code of different securities leave no code.
    /// </summary>
    private static List<SubjectMention> WithCodesInBrackets(string text, List<SubjectMention> found)
    {
        var result = new List<SubjectMention>();
        for (int i = 0; i < found.Count; i++)
        {
            var m = found[i];
            var code = i + 1 < found.Count ? found[i + 1] : null;
            if (code is not null && code.Codes.Contains(code.Text) && Bracketed(text, code) is { } close)
            {
                var gap = text[m.End..code.Start].Trim();
                if (gap is "（" or "(")
                {
                    var both = m.Codes.Intersect(code.Codes, StringComparer.Ordinal).ToArray();
                    result.Add(new SubjectMention(m.Start, close + 1 - m.Start, text[m.Start..(close + 1)], m.Kind, both));
                    i++;
                    continue;
                }
            }

            if (m.Codes.Contains(m.Text) && Bracketed(text, m) is { } end)
            {
                // 甲公司（0001.HK）: the written name before the bracket, whatever it is, goes with the code.
                var start = text[..m.Start].TrimEnd().Length - 1;
                var nameStart = start;
                while (nameStart > 0 && (result.Count == 0 || nameStart > result[^1].End) && IsNameChar(text[nameStart - 1]))
                {
                    nameStart--;
                }

                result.Add(new SubjectMention(nameStart, end + 1 - nameStart, text[nameStart..(end + 1)], m.Kind, m.Codes));
                continue;
            }

            result.Add(m);
        }

        return result;
    }

    private static bool IsNameChar(char c) => IsHan(c) || char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '&';

    /// <summary>The offset of the closing bracket when <paramref name="m"/> stands alone in brackets.</summary>
    private static int? Bracketed(string text, SubjectMention m)
    {
        var before = text[..m.Start].TrimEnd();
        var after = text[m.End..];
        var trimmed = after.TrimStart();
        if (before.Length == 0 || before[^1] is not ('（' or '(') || trimmed.Length == 0 || trimmed[0] is not ('）' or ')'))
        {
            return null;
        }

        return m.End + (after.Length - trimmed.Length);
    }

    /// <summary>Latin names and codes must stand alone (SEA is not the start of SEAsia); Chinese names need no boundary.</summary>
    private static bool WholeWord(string text, int at, int length)
    {
        static bool Latin(char c) => c < 128 && char.IsLetterOrDigit(c);
        var first = text[at];
        var last = text[at + length - 1];
        return !(Latin(first) && at > 0 && Latin(text[at - 1])) && !(Latin(last) && at + length < text.Length && Latin(text[at + length]));
    }

    [GeneratedRegex(@"-[A-Z]{1,3}$")]
    private static partial Regex ShareClassSuffix();
}
