using SectorScope.Workspace;

namespace SectorScope.Analytics;

/// <summary>A compounded period return: end close ÷ start close − 1.</summary>
public sealed record PeriodReturn(string Code, string Market, ReportPeriod Period, ClosePoint Start, ClosePoint End)
{
    /// <summary>The return as a fraction.</summary>
    public double Value => End.Close / Start.Close - 1.0;

    /// <summary>The return in percent, unrounded.</summary>
    public double Pct => Value * 100.0;
}

/// <summary>Why a security has no period return.</summary>
public enum ExclusionCause
{
    /// <summary>Its market has no trading day in the period.</summary>
    NoTradingDay,

    /// <summary>No close on the start or end day (<see cref="ExcludedSecurity.Day"/>).</summary>
    NoClose,
}

/// <summary>A security left out of a period's returns, and why (<see cref="Reason"/> in plain words, <see cref="Cause"/> and <see cref="Day"/> for a report's own).</summary>
public sealed record ExcludedSecurity(string Code, string Market, string Reason, ExclusionCause Cause = ExclusionCause.NoClose, DateOnly? Day = null);

/// <summary>Period returns on each market's own trading days (PRODUCT.md, "Period return").</summary>
public static class PeriodReturns
{
    /// <summary>
    /// Close on the market's last trading day ≤ period end ÷ close on its last trading day ≤ the previous
    /// period's end − 1. An instrument without a close on either of those days is excluded, never zero.
    /// </summary>
    public static (PeriodReturn? Return, ExcludedSecurity? Excluded) Compute(MonthEndPanel panel, string code, string market, ReportPeriod period)
    {
        var startDay = panel.LastTradingDay(market, period.Previous.End);
        var endDay = panel.LastTradingDay(market, period.End);
        if (startDay is null || endDay is null || startDay == endDay)
        {
            return (null, new ExcludedSecurity(code, market, $"market {market} has no trading day in {period}", ExclusionCause.NoTradingDay));
        }

        var start = panel.CloseOn(code, startDay.Value);
        if (start is null)
        {
            return (null, new ExcludedSecurity(code, market, $"no close on {InputDates.Format(startDay.Value)}", ExclusionCause.NoClose, startDay));
        }

        var end = panel.CloseOn(code, endDay.Value);
        if (end is null)
        {
            return (null, new ExcludedSecurity(code, market, $"no close on {InputDates.Format(endDay.Value)}", ExclusionCause.NoClose, endDay));
        }

        return (new PeriodReturn(code, market, period, start, end), null);
    }

    /// <summary>Compounds consecutive returns: Π(1 + rᵢ) − 1.</summary>
    public static double Compound(IEnumerable<double> returns) => returns.Aggregate(1.0, (acc, r) => acc * (1.0 + r)) - 1.0;
}
