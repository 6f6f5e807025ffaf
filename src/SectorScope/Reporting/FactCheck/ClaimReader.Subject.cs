using System.Text;
using System.Text.RegularExpressions;

namespace SectorScope.Reporting.FactCheck;

/// <summary>Whose number it is: the nearest fitting name, a list of as many names, or nothing borrowed.</summary>
public sealed partial class ClaimReader
{
    private (SubjectMention? Subject, string? Problem)[] Subjects(Sentence s, Sentence? previous, Number[] group, ClaimMetric? metric)
    {
        var first = group[0].Start;
        var candidates = Candidates(s, first, metric);
        if (group.Length == 1)
        {
            return [Single(s, previous, first, metric, candidates)];
        }

        var (list, problem) = ListFor(s, previous, group.Length, first, metric, candidates);
        return list is null ? [.. group.Select(_ => ((SubjectMention?)null, problem))] : [.. list.Select(m => ((SubjectMention?)m, (string?)null))];
    }

    private (SubjectMention? Subject, string? Problem) Single(Sentence s, Sentence? previous, int first, ClaimMetric? metric, SubjectMention[] candidates)
    {
        var clauseStart = ClauseStart(s.Text, first);
        var inClause = candidates.Where(m => m.Start >= clauseStart).ToArray();
        SubjectMention? found = inClause.Length > 0 ? inClause[^1] : null;
        if (found is null && UnknownName(s, clauseStart, first) is { } unknown)
        {
            return (null, Unknown(unknown));
        }

        found ??= candidates.Length > 0 ? candidates[^1] : null;
        if (found is not null)
        {
            if (UnknownName(s, found.End, first) is { } between)
            {
                return (null, Unknown(between));
            }

            var list = Lists(s.Text, candidates).First(l => l.Contains(found));
            return list.Length > 1
                ? (null, $"one number after a list of {list.Length} names ({string.Join("、", list.Select(m => m.Text))})")
                : found.Codes.Count == 0 ? (null, $"「{found.Text}」: the name and the code in brackets are different securities") : (found, null);
        }

        if (_collective.IsMatch(s.Text[..first]))
        {
            return (null, "one number for several names");
        }

        if (Leftover(s, clauseStart, first) is { Length: > 0 } other)
        {
            return (null, $"no company, index or series named before the number: 「{other}」 is none of this workspace's");
        }

        // A sentence without a name continues the previous one when that names exactly one fitting subject.
        var before = previous is null ? [] : Candidates(previous, previous.Text.Length, metric).DistinctBy(m => string.Join("/", m.Codes)).ToArray();
        return before.Length == 1 && before[0].Codes.Count > 0 ? (before[0], null) : (null, "no company, index or series named before the number");
    }

    /// <summary>The list of exactly <paramref name="count"/> names the numbers pair with, in order.</summary>
    private (SubjectMention[]? List, string? Problem) ListFor(Sentence s, Sentence? previous, int count, int first, ClaimMetric? metric, SubjectMention[] candidates)
    {
        var collective = _collective.Matches(s.Text[..first]).LastOrDefault();
        SubjectMention[]? list;
        if (collective is not null)
        {
            var n = words.Numerals[collective.Groups["n"].Value];
            if (n != count)
            {
                return (null, $"{count} numbers for 「{collective.Value}」");
            }

            // 三者: the last list of three names, else the last three names each written on its own (腾讯约16X，美团约21X，阿里约10X).
            var before = candidates.Where(m => m.End <= collective.Index).ToArray();
            list = Lists(s.Text, before).LastOrDefault() is { } last && last.Length == n ? last
                : LastDistinct(before, n) ?? (previous is null ? null : Lists(previous.Text, Candidates(previous, previous.Text.Length, metric)).LastOrDefault());
        }
        else
        {
            // An index named between the names and the numbers (… 均跑赢恒生科技指数，涨幅为 …) is passed over.
            var lists = Lists(s.Text, candidates);
            list = lists.LastOrDefault(l => l.Length == count && l.Any(m => m.Kind != SubjectKind.Index)) is { } securities
                   && lists.SkipWhile(l => l != securities).Skip(1).All(l => l.All(m => m.Kind == SubjectKind.Index))
                ? securities
                : lists.LastOrDefault();
        }

        if (list is null || list.Length != count)
        {
            return (null, $"{count} numbers but a list of {list?.Length ?? 0} names before them");
        }

        if (list.FirstOrDefault(m => m.Codes.Count == 0) is { } conflict)
        {
            return (null, $"「{conflict.Text}」: the name and the code in brackets are different securities");
        }

        return UnknownName(s, list[^1].End < first ? list[^1].End : first, first) is { } unknown ? (null, Unknown(unknown)) : (list, null);
    }

    /// <summary>The last <paramref name="n"/> different subjects named, in the order written; null when fewer are.</summary>
    private static SubjectMention[]? LastDistinct(SubjectMention[] names, int n)
    {
        var distinct = names.Reverse().DistinctBy(m => string.Join("/", m.Codes)).Take(n).Reverse().ToArray();
        return distinct.Length == n ? distinct : null;
    }

    private static string Unknown(string name) => $"「{name}」 is not a company, index or series of this workspace";

    /// <summary>Fitting names before <paramref name="before"/>; an index after 跑赢/相对 is a benchmark, not the subject of a return.</summary>
    private SubjectMention[] Candidates(Sentence s, int before, ClaimMetric? metric) =>
        [.. s.Mentions.Where(m => m.End <= before && Fits(m.Kind, metric) && !(m.Kind == SubjectKind.Index && metric == ClaimMetric.Return && IsBenchmark(s.Text, m)))];

    private bool IsBenchmark(string text, SubjectMention m)
    {
        var before = WithoutTrailingArticle(text[..m.Start].TrimEnd());
        return words.BenchmarkMarkers.Any(w => before.EndsWith(w, StringComparison.Ordinal) && IsWordAt(before, before.Length - w.Length, w.Length));
    }

    /// <summary>outperformed the → outperformed: an article may stand between a benchmark word and its index.</summary>
    private string WithoutTrailingArticle(string text)
    {
        foreach (var a in words.Articles)
        {
            if (text.EndsWith(a, StringComparison.OrdinalIgnoreCase) && IsWordAt(text, text.Length - a.Length, a.Length))
            {
                return text[..^a.Length].TrimEnd();
            }
        }

        return text;
    }

    /// <summary>The names in runs joined by list separators (金山软件、网易、金蝶国际 is one run of three).</summary>
    private List<SubjectMention[]> Lists(string text, IReadOnlyList<SubjectMention> names)
    {
        var lists = new List<SubjectMention[]>();
        var current = new List<SubjectMention>();
        foreach (var m in names)
        {
            if (current.Count > 0 && !IsListGap(text[current[^1].End..m.Start]))
            {
                lists.Add([.. current]);
                current.Clear();
            }

            current.Add(m);
        }

        if (current.Count > 0)
        {
            lists.Add([.. current]);
        }

        return lists;
    }

    /// <summary>The index an excess is measured against: the one named after the last 跑赢/相对 before the number, else the market's benchmark.</summary>
    private (string? Code, string? Problem) Benchmark(Sentence s, Number n)
    {
        var before = s.Text[..n.Start];
        var (marker, at) = words.BenchmarkMarkers.Select(w => (Word: w, At: LastIndexOfWord(before, w))).MaxBy(x => (x.At, x.Word.Length));
        if (at < 0)
        {
            return (null, null);
        }

        var from = at + marker.Length;
        if (s.Mentions.FirstOrDefault(m => m.Start >= from && m.End <= n.Start && WithoutTrailingArticle(s.Text[from..m.Start].Trim()).Length == 0) is { } named)
        {
            return named.Kind == SubjectKind.Index ? (named.Codes[0], null) : (null, $"「{named.Text}」 after {marker} is not an index");
        }

        return UnknownName(s, from, n.Start) is { } unknown ? (null, Unknown(unknown)) : (null, null);
    }

    /// <summary>
    /// A name the workspace does not know, written in <c>[from, to)</c> where the subject of a number would
    /// stand: 恒生指数 (a name ending in 指数/集团/公司), IBM, 0001.HK. Known names, periods and numbers in that
    /// stretch are not candidates.
    /// </summary>
    private string? UnknownName(Sentence s, int from, int to)
    {
        if (from >= to)
        {
            return null;
        }

        var slot = Blanked(s, from, to);
        foreach (Match m in _unknownName.Matches(slot))
        {
            var name = StripLeading(m.Value);
            if (name.Length >= 2 && !words.LatinNonNames.Contains(name) && !words.UnknownNameSuffixesAlone.Contains(name) && !LeadsItsSentence(s, from + m.Index, name))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The text of <c>[from, to)</c> with known names, periods, years and numbers blanked out.</summary>
    private string Blanked(Sentence s, int from, int to)
    {
        var slot = new StringBuilder(s.Text[from..to]);
        void Blank(int start, int end)
        {
            for (int i = Math.Max(start, from); i < Math.Min(end, to); i++)
            {
                slot[i - from] = ' ';
            }
        }

        foreach (var m in s.Mentions)
        {
            Blank(m.Start, m.End);
        }

        foreach (var p in s.Periods)
        {
            Blank(p.End - p.Text.Length, p.End);
        }

        foreach (Match m in _forecastYear.Matches(s.Text))
        {
            Blank(m.Index, m.Index + m.Length);
        }

        foreach (var n in Numbers(s.Text))
        {
            Blank(n.Start, n.End);
        }

        return slot.ToString();
    }

    private string StripLeading(string name)
    {
        var leading = words.LeadingFillers.Concat(words.BenchmarkMarkers).Concat(words.MetricWords.Select(w => w.Word)).OrderByDescending(w => w.Length).ToArray();
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var w in leading)
            {
                if (name.Length > w.Length && name.StartsWith(w, words.WholeWords ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) && IsWordAt(name, 0, w.Length))
                {
                    name = words.WholeWords ? name[w.Length..].TrimStart() : name[w.Length..];
                    changed = true;
                }
            }
        }

        return name;
    }

    /// <summary>
    /// What is left where a subject would stand once names, periods, numbers and the words of metrics, lists and
    /// subjectless clauses (其, 同期) are taken out: 金山云 in 金山云单月涨幅为. Empty when the clause names no subject.
    /// </summary>
    private string Leftover(Sentence s, int from, int to)
    {
        var text = Blanked(s, from, to);
        var known = words.MetricWords.Select(w => w.Word).Concat(words.NumberClauseWords).Concat(words.LeadingFillers).Concat(words.BenchmarkMarkers)
            .Concat(words.SubjectlessWords).Concat(words.ListSeparators).OrderByDescending(w => w.Length);
        text = RemoveWords(text, known, " ");
        // Where words are spaced and names capitalised (English), a lowercase word left over is no name.
        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => new string([.. t.Where(c => !char.IsPunctuation(c) && !char.IsSymbol(c)).ToArray()]))
            .FirstOrDefault(t => t.Length > 0 && (!words.WholeWords || (char.IsUpper(t[0]) && !words.LatinNonNames.Contains(t)))) ?? "";
    }

    /// <summary>A clause before a number with nothing but names, numbers and words like 分别为: it lists numbers.</summary>
    private bool IsOnlyNumbers(Sentence s, int from, int to)
    {
        var rest = new StringBuilder();
        for (int i = from; i < to; i++)
        {
            if (!s.Mentions.Any(m => m.Start <= i && i < m.End))
            {
                rest.Append(s.Text[i]);
            }
        }

        var text = RemoveWords(_numberToken.Replace(_collective.Replace(rest.ToString(), ""), ""), words.NumberClauseWords.Concat(words.ListSeparators).OrderByDescending(w => w.Length), "");
        return text.All(c => char.IsWhiteSpace(c) || char.IsPunctuation(c));
    }
}
