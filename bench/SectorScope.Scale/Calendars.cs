namespace SectorScope.Scale;

/// <summary>
/// Each market's trading days: weekdays less its own holidays, so month ends differ between markets
/// (Hong Kong's Lunar New Year and Christmas, US Thanksgiving and Independence Day, the mainland's
/// Spring Festival and Golden Week).
/// </summary>
internal static class Calendars
{
    public static readonly string[] Markets = ["HK", "US", "CN"];

    public static List<DateOnly> TradingDays(string market, int firstYear, int lastYear)
    {
        var days = new List<DateOnly>();
        for (var d = new DateOnly(firstYear, 1, 1); d.Year <= lastYear; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(market, d))
            {
                days.Add(d);
            }
        }

        return days;
    }

    private static bool IsHoliday(string market, DateOnly d)
    {
        if (d is { Month: 1, Day: 1 })
        {
            return true;
        }

        var lunarNewYear = LunarNewYear(d.Year);
        return market switch
        {
            "HK" => (d >= lunarNewYear && d <= lunarNewYear.AddDays(2)) || d is { Month: 5, Day: 1 } or { Month: 7, Day: 1 } or { Month: 10, Day: 1 }
                or { Month: 12, Day: 25 } or { Month: 12, Day: 26 } or { Month: 4, Day: 5 },
            "US" => d is { Month: 7, Day: 4 } or { Month: 12, Day: 25 } || d == Nth(d.Year, 1, DayOfWeek.Monday, 3) || d == Nth(d.Year, 2, DayOfWeek.Monday, 3)
                || d == Nth(d.Year, 9, DayOfWeek.Monday, 1) || d == Nth(d.Year, 11, DayOfWeek.Thursday, 4) || d == LastMonday(d.Year, 5),
            "CN" => (d >= lunarNewYear.AddDays(-1) && d <= lunarNewYear.AddDays(5)) || (d.Month == 10 && d.Day <= 7) || (d.Month == 5 && d.Day <= 3),
            _ => false,
        };
    }

    /// <summary>A stand-in for the lunar calendar: a date between 21 January and 19 February that moves from year to year.</summary>
    private static DateOnly LunarNewYear(int year) => new DateOnly(year, 1, 21).AddDays((year * 11) % 29);

    private static DateOnly Nth(int year, int month, DayOfWeek day, int n)
    {
        var d = new DateOnly(year, month, 1);
        while (d.DayOfWeek != day)
        {
            d = d.AddDays(1);
        }

        return d.AddDays(7 * (n - 1));
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var d = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
        while (d.DayOfWeek != DayOfWeek.Monday)
        {
            d = d.AddDays(-1);
        }

        return d;
    }
}
