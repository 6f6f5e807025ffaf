namespace SectorScope.Reporting.FactCheck;

/// <summary>What a number in prose claims to measure.</summary>
public enum ClaimMetric
{
    Return,
    Rank,
    Excess,
    Percentile,
    PeTtm,
    ForwardPe,
    AdjustedMultiple,
    Yoy,
    Mom,
}

/// <summary>
/// A number written in prose with a unit of measure (%, pct, x/倍), read for what it claims: the metric, the
/// subject it belongs to (one or more codes a name may mean), the year or benchmark it names, and the value as
/// stated — signed by its wording, 下跌3.2% being −3.2 and 跑输0.1pct −0.1.
/// </summary>
/// <param name="Offset">Where the number starts in the text it was read from.</param>
/// <param name="Literal">The number and unit as written: 16.7%, 20.0pct, 16X.</param>
/// <param name="Decimals">Decimals written; agreement is judged at this precision.</param>
/// <param name="Excerpt">The clause the number stands in, for the finding.</param>
/// <param name="Problem">Why the claim cannot be checked, when it cannot.</param>
/// <param name="Span">The months a return, excess or rank is claimed over; null for the report month.</param>
/// <param name="PeriodText">The period as written (年初至今, 10月), when one is.</param>
/// <param name="WordingError">A wording that contradicts the number's sign or unit (跑赢 −0.1pct, 跑赢 20.0%).</param>
public sealed record Claim(
    int Offset,
    string Literal,
    double Stated,
    int Decimals,
    string Excerpt,
    ClaimMetric? Metric,
    string? SubjectText,
    IReadOnlyList<string> SubjectCodes,
    int? Year,
    string? BenchmarkCode,
    string? Problem,
    string? WordingError,
    SectorScope.Analytics.ReturnSpan? Span = null,
    string? PeriodText = null)
{
    /// <summary>The period a change word names (month on month: monthly); null when the word names none (环比).</summary>
    public SectorScope.Analytics.Frequency? ChangeFrequency { get; init; }
}
