using SectorScope.Workspace;

namespace SectorScope.Analytics;

/// <summary>
/// A run of whole months, <see cref="First"/> to <see cref="Last"/>: the span a return is measured over.
/// One month is the report's monthly return; the others are what prose names beside it (年初至今, 近一年, 三季度).
/// </summary>
public readonly record struct ReturnSpan(ReportPeriod First, ReportPeriod Last)
{
    public static ReturnSpan Month(ReportPeriod month) => new(month, month);

    /// <summary>January of the month's year to the month.</summary>
    public static ReturnSpan YearToDate(ReportPeriod month) => new(new ReportPeriod(month.Year, 1), month);

    /// <summary>The twelve months ending with the month.</summary>
    public static ReturnSpan TrailingTwelveMonths(ReportPeriod month) => new(month.AddMonths(-11), month);

    /// <summary>Calendar quarter 1–4 of a year.</summary>
    public static ReturnSpan Quarter(int year, int quarter) => new(new ReportPeriod(year, 3 * quarter - 2), new ReportPeriod(year, 3 * quarter));

    /// <summary>A calendar year.</summary>
    public static ReturnSpan Year(int year) => new(new ReportPeriod(year, 1), new ReportPeriod(year, 12));

    public bool IsMonth => First == Last;
}

/// <summary>Returns and ranks over a <see cref="ReturnSpan"/>, on each market's own month ends.</summary>
public static class SpanReturns
{
    /// <summary>
    /// The compounded return in percent: close on the market's last trading day of <c>Last</c> ÷ close on its
    /// last trading day of the month before <c>First</c> − 1 (for one month, exactly <see cref="PeriodReturns.Compute"/>).
    /// Null when either month has no trading day in the panel or the instrument no close on it: a span the
    /// data does not cover is never measured over a shorter one.
    /// </summary>
    public static double? Pct(MonthEndPanel panel, string code, string market, ReturnSpan span)
    {
        var startDay = panel.LastTradingDay(market, span.First.Previous.End);
        var endDay = panel.LastTradingDay(market, span.Last.End);
        if (startDay is not { } s || endDay is not { } e || ReportPeriod.Of(s) != span.First.Previous || ReportPeriod.Of(e) != span.Last)
        {
            return null;
        }

        return panel.CloseOn(code, s) is { } start && panel.CloseOn(code, e) is { } end ? (end.Close / start.Close - 1.0) * 100.0 : null;
    }

    /// <summary>
    /// Competition ranks by return, best first: equal returns share the better rank (pandas
    /// <c>rank(ascending=False, method='min')</c>), as <see cref="Performance.Rank"/> ranks the month.
    /// </summary>
    public static IReadOnlyDictionary<string, int> Ranks(IEnumerable<(string Code, double Pct)> returns)
    {
        var ordered = returns.OrderByDescending(r => r.Pct).ThenBy(r => r.Code, StringComparer.Ordinal).ToArray();
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0, rank = 0; i < ordered.Length; i++)
        {
            if (i == 0 || ordered[i].Pct != ordered[i - 1].Pct)
            {
                rank = i + 1;
            }

            ranks[ordered[i].Code] = rank;
        }

        return ranks;
    }
}
