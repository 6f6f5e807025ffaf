namespace SectorScope.Import;

/// <summary>
/// Moves a monthly value dated on the 1st to the month's last trading day (pure): the last day of that
/// month on which the market has prices in the workspace, else the month's last weekday. Series are
/// calendar-month values and go to the month's last day.
/// </summary>
public sealed class MonthEnd(IReadOnlyDictionary<string, SortedSet<DateOnly>> tradingDays)
{
    public DateOnly Move(DateOnly first, string? market, bool calendar)
    {
        var last = new DateOnly(first.Year, first.Month, DateTime.DaysInMonth(first.Year, first.Month));
        if (calendar)
        {
            return last;
        }

        if (market is not null && tradingDays.TryGetValue(market, out var days)
            && days.GetViewBetween(new DateOnly(first.Year, first.Month, 1), last) is { Count: > 0 } month)
        {
            return month.Max;
        }

        while (last.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            last = last.AddDays(-1);
        }

        return last;
    }

    /// <summary>Whether dates look like a monthly file stamped on the 1st: every date a 1st, in at least two months.</summary>
    public static bool LooksMonthly(int values, int onFirst, int months) => values > 0 && onFirst == values && months >= 2;
}
