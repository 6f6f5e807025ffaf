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
/// the -W/-SW share-class suffix), English names, index names without 指数, and the taxonomy's company names
/// and aliases. A name several listings share (阿里 → 9988.HK, BABA.US) keeps all of them.
/// </summary>
public sealed partial class SubjectIndex
{
    private readonly List<(string Text, SubjectKind Kind, List<string> Codes)> _names;

    public SubjectIndex(Universe universe, NewsTaxonomy? taxonomy, IEnumerable<string> series)
    {
        var map = new Dictionary<(string, SubjectKind), List<string>>();
        void Add(string? name, SubjectKind kind, string code)
        {
            name = name?.Trim();
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

        // Longest first, so that 网易-S wins over 网易 and 纳斯达克互联网指数 over 纳斯达克互联网.
        _names = [.. map.Select(kv => (kv.Key.Item1, kv.Key.Item2, kv.Value)).OrderByDescending(n => n.Item1.Length).ThenBy(n => n.Item1, StringComparer.Ordinal)];
    }

    /// <summary>Every non-overlapping mention in <paramref name="text"/>, in reading order.</summary>
    public IReadOnlyList<SubjectMention> Find(string text)
    {
        var taken = new bool[text.Length];
        var found = new List<SubjectMention>();
        foreach (var (name, kind, codes) in _names)
        {
            for (int at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                if (Enumerable.Range(at, name.Length).Any(i => taken[i]) || !WholeWord(text, at, name.Length))
                {
                    continue;
                }

                for (int i = at; i < at + name.Length; i++)
                {
                    taken[i] = true;
                }

                found.Add(new SubjectMention(at, name.Length, name, kind, codes));
            }
        }

        return [.. found.OrderBy(m => m.Start)];
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
