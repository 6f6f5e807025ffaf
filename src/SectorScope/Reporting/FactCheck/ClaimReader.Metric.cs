using System.Globalization;
using System.Text.RegularExpressions;

namespace SectorScope.Reporting.FactCheck;

/// <summary>What a number claims: its metric from the keyword before it, its sign from the wording, its year.</summary>
public sealed partial class ClaimReader
{
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
}
