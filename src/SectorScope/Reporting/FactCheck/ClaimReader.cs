using System.Globalization;
using System.Text.RegularExpressions;
using SectorScope.Workspace;

namespace SectorScope.Reporting.FactCheck;

/// <summary>
/// Finds the claims in a paragraph. Only numbers carrying a unit of measure are claims (16.7%, 20.0pct,
/// 20.59x, 16倍); dates (11月, 2024年12月2日), counts (112款) and labels (图3, 表1) carry none and are never
/// read. Each claim's metric comes from the nearest keyword before it in its clause (涨幅/下跌 → return,
/// 跑赢/跑输 → excess, 分位 → percentile, 同比/环比, 经调整 → adjusted multiple, PE-TTM, a year → forward PE);
/// its subject is the nearest fitting name before it in the sentence; a list of n numbers (16.7%、9.1%、7.7%)
/// takes the last n fitting names (金山软件、网易、金蝶国际).
/// </summary>
public sealed partial class ClaimReader(SubjectIndex subjects, ReportPeriod period)
{
    private enum Unit
    {
        Percent,
        Points,
        Multiple,
    }

    private sealed record Number(int Start, int Length, string Literal, double Value, int Decimals, Unit Unit);

    /// <param name="skip">True for offsets of text that placeholders produced: computed, not claimed.</param>
    public IReadOnlyList<Claim> Read(string text, Func<int, bool>? skip = null)
    {
        var claims = new List<Claim>();
        foreach (var (sentenceStart, sentence) in Split(text, SentenceEnd()))
        {
            var mentions = subjects.Find(sentence);
            var numbers = Numbers(sentence).Where(n => skip is null || !skip(sentenceStart + n.Start)).ToArray();
            var read = numbers.Select(n => Classify(sentence, n)).ToArray();

            // Group runs of numbers of one metric within one clause: a parallel list.
            int i = 0;
            while (i < read.Length)
            {
                int j = i + 1;
                while (j < read.Length && read[j].Metric == read[i].Metric && read[i].Metric is not null
                       && ClauseStart(sentence, numbers[j].Start) == ClauseStart(sentence, numbers[i].Start))
                {
                    j++;
                }

                var group = Enumerable.Range(i, j - i).ToArray();
                var fitting = mentions.Where(m => m.End <= numbers[i].Start && Fits(m.Kind, read[i].Metric)).ToArray();
                for (int k = 0; k < group.Length; k++)
                {
                    var n = numbers[group[k]];
                    var partial = read[group[k]];
                    SubjectMention? subject = fitting.Length >= group.Length ? fitting[fitting.Length - group.Length + k] : null;
                    var problem = partial.Problem;
                    if (problem is null && subject is null)
                    {
                        problem = group.Length > 1 ? $"{group.Length} numbers but {fitting.Length} names before them" : "no company, index or series named before the number";
                    }

                    claims.Add(partial with
                    {
                        Offset = sentenceStart + n.Start,
                        SubjectText = subject?.Text,
                        SubjectCodes = subject?.Codes ?? [],
                        BenchmarkCode = partial.Metric == ClaimMetric.Excess ? Benchmark(sentence, mentions, n) : null,
                        Problem = problem,
                    });
                }

                i = j;
            }
        }

        return claims;
    }

    private static bool Fits(SubjectKind kind, ClaimMetric? metric) => metric switch
    {
        ClaimMetric.Return => kind is SubjectKind.Security or SubjectKind.Index,
        ClaimMetric.Excess or ClaimMetric.ForwardPe or ClaimMetric.AdjustedMultiple => kind == SubjectKind.Security,
        ClaimMetric.PeTtm or ClaimMetric.Percentile => kind == SubjectKind.Index,
        ClaimMetric.Yoy or ClaimMetric.Mom => kind == SubjectKind.Series,
        _ => false,
    };

    /// <summary>The index an excess is measured against: the last index named in the clause before the number.</summary>
    private static string? Benchmark(string sentence, IReadOnlyList<SubjectMention> mentions, Number n)
    {
        var clause = ClauseStart(sentence, n.Start);
        return mentions.LastOrDefault(m => m.Kind == SubjectKind.Index && m.Start >= clause && m.End <= n.Start)?.Codes[0];
    }

    private Claim Classify(string sentence, Number n)
    {
        var clauseStart = ClauseStart(sentence, n.Start);
        var window = sentence[clauseStart..n.Start];
        var after = sentence[(n.Start + n.Length)..Math.Min(sentence.Length, n.Start + n.Length + 4)];
        var excerpt = Excerpt(sentence, clauseStart, n);
        var claim = new Claim(n.Start, n.Literal, n.Value, n.Decimals, excerpt, null, null, [], null, null, null, null);

        if (n.Unit == Unit.Multiple)
        {
            var year = Year(window) ?? Year(sentence[..n.Start]);
            if (window.Contains("经调整", StringComparison.Ordinal))
            {
                return claim with { Metric = ClaimMetric.AdjustedMultiple, Year = year, Problem = year is null ? "no year stated for the multiple" : null };
            }

            if (window.Contains("TTM", StringComparison.OrdinalIgnoreCase))
            {
                return claim with { Metric = ClaimMetric.PeTtm };
            }

            if (year is not null || window.Contains("PE", StringComparison.Ordinal) || window.Contains("市盈率", StringComparison.Ordinal))
            {
                return claim with { Metric = ClaimMetric.ForwardPe, Year = year, Problem = year is null ? "no year stated for the forward PE" : null };
            }

            return claim with { Problem = "a multiple of what (PE-TTM, a year's PE, 经调整利润) is not said" };
        }

        if (n.Unit == Unit.Percent && (after.StartsWith("分位", StringComparison.Ordinal) || window.Contains("分位", StringComparison.Ordinal)))
        {
            return claim with { Metric = ClaimMetric.Percentile };
        }

        var (word, category) = LastKeyword(window);
        if (category == KeywordCategory.Return && ChangeKind(window) is { } change)
        {
            // 环比下降2.1%: the direction word belongs to the series change named before it.
            category = change;
        }

        switch (category)
        {
            case KeywordCategory.Excess:
                return Excess(claim, n, word!);
            case KeywordCategory.Return:
                if (n.Unit == Unit.Points)
                {
                    return claim with { Metric = ClaimMetric.Return, Stated = Signed(n.Value, word!), WordingError = $"a return is stated in pct; returns are in % (pct is for excess over an index)" };
                }

                return OtherMonth(sentence[..n.Start]) is { } month
                    ? claim with { Problem = $"the sentence is about {month}, not the report period {period}" }
                    : claim with { Metric = ClaimMetric.Return, Stated = Signed(n.Value, word!) };
            case KeywordCategory.Yoy:
                return claim with { Metric = ClaimMetric.Yoy, Stated = Signed(n.Value, window) };
            case KeywordCategory.Mom:
                return claim with { Metric = ClaimMetric.Mom, Stated = Signed(n.Value, window) };
            default:
                return n.Unit == Unit.Points
                    ? claim with { Metric = ClaimMetric.Excess }
                    : claim with { Problem = "what the percentage measures (涨幅, 跑赢, 分位, 同比 …) is not said" };
        }
    }

    private static Claim Excess(Claim claim, Number n, string word)
    {
        if (n.Unit == Unit.Percent)
        {
            return claim with { Metric = ClaimMetric.Excess, Stated = word == "跑输" ? -Math.Abs(n.Value) : n.Value, WordingError = "an excess return is stated in %; excess over an index is in pct (percentage points)" };
        }

        if (word == "跑赢" && n.Value < 0)
        {
            return claim with { Metric = ClaimMetric.Excess, WordingError = "跑赢 with a negative number: a stock that lagged reads 跑输 with the size" };
        }

        if (word == "跑输" && n.Value < 0)
        {
            return claim with { Metric = ClaimMetric.Excess, WordingError = "跑输 with a negative number: write the size after 跑输" };
        }

        return claim with { Metric = ClaimMetric.Excess, Stated = word == "跑输" ? -n.Value : n.Value };
    }

    private enum KeywordCategory
    {
        None,
        Excess,
        Return,
        Yoy,
        Mom,
    }

    private static readonly (string Word, KeywordCategory Category)[] Keywords =
    [
        ("跑赢", KeywordCategory.Excess), ("跑输", KeywordCategory.Excess), ("超额", KeywordCategory.Excess), ("超额收益", KeywordCategory.Excess),
        ("同比", KeywordCategory.Yoy), ("环比", KeywordCategory.Mom),
        ("涨跌幅", KeywordCategory.Return), ("涨幅", KeywordCategory.Return), ("跌幅", KeywordCategory.Return), ("上涨", KeywordCategory.Return),
        ("下跌", KeywordCategory.Return), ("上升", KeywordCategory.Return), ("下降", KeywordCategory.Return), ("回落", KeywordCategory.Return),
        ("反弹", KeywordCategory.Return), ("收益", KeywordCategory.Return), ("涨", KeywordCategory.Return), ("跌", KeywordCategory.Return),
    ];

    private static readonly string[] Falling = ["跌幅", "下跌", "下降", "回落", "跌"];

    /// <summary>The keyword that ends last before the number; on a tie the longer one (涨跌幅 over 跌幅).</summary>
    private static (string? Word, KeywordCategory Category) LastKeyword(string window)
    {
        string? best = null;
        var category = KeywordCategory.None;
        int bestEnd = -1;
        foreach (var (word, c) in Keywords)
        {
            var at = window.LastIndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && (at + word.Length > bestEnd || (at + word.Length == bestEnd && word.Length > best!.Length)))
            {
                (best, category, bestEnd) = (word, c, at + word.Length);
            }
        }

        return (best, category);
    }

    private static KeywordCategory? ChangeKind(string window)
    {
        var yoy = window.LastIndexOf("同比", StringComparison.Ordinal);
        var mom = window.LastIndexOf("环比", StringComparison.Ordinal);
        return yoy < 0 && mom < 0 ? null : yoy > mom ? KeywordCategory.Yoy : KeywordCategory.Mom;
    }

    /// <summary>下跌3.2% claims −3.2; a number written with its own sign keeps it.</summary>
    private static double Signed(double value, string context)
    {
        if (value < 0)
        {
            return value;
        }

        var (word, _) = LastKeyword(context);
        return word is not null && Falling.Contains(word) ? -value : value;
    }

    /// <summary>24年 / 2024年 / 2024E / 25E, not the 2024年 of a date 2024年12月.</summary>
    private static int? Year(string text)
    {
        var matches = YearToken().Matches(text);
        if (matches.Count == 0)
        {
            return null;
        }

        var digits = matches[^1].Groups[1].Value;
        var year = int.Parse(digits, CultureInfo.InvariantCulture);
        return digits.Length == 2 ? 2000 + year : year;
    }

    /// <summary>A month other than the report's named in the sentence (after any 12月投资策略： label).</summary>
    private string? OtherMonth(string text)
    {
        var scope = text[(text.LastIndexOfAny(['：', ':']) + 1)..];
        foreach (Match m in MonthToken().Matches(scope))
        {
            if (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) != period.Month)
            {
                return m.Value;
            }
        }

        return null;
    }

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
