namespace SectorScope.Analytics;

/// <summary>
/// Fiscal years named by the calendar year they end in (the label forecasts.csv's <c>year</c> holds): FY2025 of a company
/// whose year ends in June runs from July 2024 to 30 June 2025; a calendar-year company's FY2025 is the year 2025.
/// </summary>
public static class FiscalYears
{
    /// <summary>The last day of fiscal year <paramref name="label"/> for a year ending in month <paramref name="fyEnd"/> (1–12).</summary>
    public static DateOnly End(int label, int fyEnd) => new DateOnly(label, fyEnd, 1).AddMonths(1).AddDays(-1);

    /// <summary>The first <paramref name="count"/> fiscal years that end after <paramref name="asOf"/>: the years still forecast on that day.</summary>
    public static IReadOnlyList<int> EndingAfter(DateOnly asOf, int fyEnd, int count)
    {
        var first = End(asOf.Year, fyEnd) > asOf ? asOf.Year : asOf.Year + 1;
        return [.. Enumerable.Range(first, count)];
    }
}
