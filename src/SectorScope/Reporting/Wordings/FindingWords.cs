using SectorScope.Reporting.FactCheck;

namespace SectorScope.Reporting.Wordings;

/// <summary>
/// How a fact-check finding names what it checked and what it found, in the report's language: the metric, the
/// subject, the span, the verdict. report.json's fact_check and the command line's finding lines use them.
/// </summary>
public sealed record FindingWords
{
    /// <summary>A return over a span: 2024-11涨跌幅 / 2024-11 return.</summary>
    public required Func<string, string> Return { get; init; }

    /// <summary>A place in the market's return ranking over a span.</summary>
    public required Func<string, string> Rank { get; init; }

    /// <summary>An excess: the span (empty for the report month) and the benchmark's name, or null for the market's own.</summary>
    public required Func<string, string?, string> Excess { get; init; }

    public required string Percentile { get; init; }

    public required string PeTtm { get; init; }

    /// <summary>A year's forward PE: 2024E PE.</summary>
    public required Func<string, string> ForwardPe { get; init; }

    /// <summary>A multiple of a year's adjusted profit.</summary>
    public required Func<string, string> AdjustedMultiple { get; init; }

    public required string Yoy { get; init; }

    public required string Mom { get; init; }

    /// <summary>A span of months: 2024-01至2024-11 / 2024-01 to 2024-11.</summary>
    public required Func<string, string, string> Span { get; init; }

    /// <summary>A subject with its code: 腾讯控股（0700.HK） / Tencent Holdings (0700.HK).</summary>
    public required Func<string, string, string> Subject { get; init; }

    /// <summary>No value of a metric for the codes in the data.</summary>
    public required Func<string, string, string> NoData { get; init; }

    /// <summary>A series change claimed for one period (三季度) when the series' latest value is of another.</summary>
    public required Func<string, string, string> OtherPeriod { get; init; }

    /// <summary>A change claimed as one frequency's (month on month) of a series of another: the claim's, the series'.</summary>
    public required Func<string, string, string> OtherFrequency { get; init; }

    public required Func<Analytics.Frequency, string> FrequencyName { get; init; }

    public required Func<FactVerdict, string> Verdict { get; init; }

    /// <summary>Before the number as written and the number computed, in a finding's line.</summary>
    public required string Stated { get; init; }

    public required string Computed { get; init; }

    /// <summary>Quotes around the clause a number stands in.</summary>
    public required Func<string, string> Quote { get; init; }

    /// <summary>Brackets around a finding's note.</summary>
    public required Func<string, string> Note { get; init; }

    public static readonly FindingWords ZhCn = new()
    {
        Return = span => $"{span}涨跌幅",
        Rank = span => $"{span}市场内涨幅排名",
        Excess = (span, benchmark) => $"{span}超额收益（相对{benchmark ?? "所在市场基准"}）",
        Percentile = "PE-TTM分位",
        PeTtm = "PE-TTM",
        ForwardPe = year => $"{year}E PE",
        AdjustedMultiple = year => $"{year}年经调整利润倍数",
        Yoy = "同比",
        Mom = "环比",
        Span = (first, last) => $"{first}至{last}",
        Subject = (name, code) => $"{name}（{code}）",
        NoData = (metric, codes) => $"no {metric} of {codes} in the data",
        OtherPeriod = (stated, observed) => $"句中所述为{stated}，该序列最新数据为{observed}，未核对",
        OtherFrequency = (said, actual) => $"句中为{said}环比，该序列为{actual}数据，未核对",
        FrequencyName = f => f == Analytics.Frequency.Quarterly ? "季度" : "月度",
        Verdict = verdict => verdict switch
        {
            FactVerdict.Agrees => "一致",
            FactVerdict.Mismatch => "不符",
            FactVerdict.Wording => "措辞错误",
            _ => "未能核对",
        },
        Stated = "所写",
        Computed = "计算",
        Quote = text => $"「{text}」",
        Note = note => $"（{note}）",
    };

    public static readonly FindingWords En = new()
    {
        Return = span => $"{span} return",
        Rank = span => $"{span} return rank in its market",
        Excess = (span, benchmark) => $"{(span.Length == 0 ? "" : span + " ")}excess return over {benchmark ?? "its market's benchmark"}",
        Percentile = "PE-TTM percentile",
        PeTtm = "PE-TTM",
        ForwardPe = year => $"{year}E PE",
        AdjustedMultiple = year => $"{year} adjusted-profit multiple",
        Yoy = "year on year",
        Mom = "month on month",
        Span = (first, last) => $"{first} to {last}",
        Subject = (name, code) => $"{name} ({code})",
        NoData = (metric, codes) => $"no {metric} of {codes} in the data",
        OtherPeriod = (stated, observed) => $"the sentence is about {stated}; the series' latest value is of {observed}, so it is not checked",
        OtherFrequency = (said, actual) => $"the sentence states a {said} change; the series is {actual}, so it is not checked",
        FrequencyName = f => f == Analytics.Frequency.Quarterly ? "quarterly" : "monthly",
        Verdict = verdict => verdict switch
        {
            FactVerdict.Agrees => "agrees",
            FactVerdict.Mismatch => "mismatch",
            FactVerdict.Wording => "wording",
            _ => "unchecked",
        },
        Stated = "stated",
        Computed = "computed",
        Quote = text => $"“{text}”",
        Note = note => $"({note})",
    };
}
