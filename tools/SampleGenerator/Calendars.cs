using System.Globalization;

namespace SampleGenerator;

/// <summary>
/// Trading calendars of the two markets: weekdays minus each exchange's full-day closures, that is
/// public holidays and, in Hong Kong, days lost to a typhoon signal or black rainstorm warning.
/// </summary>
internal static class Calendars
{
    /// <summary>First day of the data window: the Hang Seng TECH launch, used for every series.</summary>
    public static readonly DateOnly WindowStart = new(2020, 7, 27);

    /// <summary>The report's price date.</summary>
    public static readonly DateOnly AsOf = new(2024, 12, 2);

    private static readonly string[] HkHolidays =
    [
        "2020-01-01", "2020-01-27", "2020-01-28", "2020-04-10", "2020-04-13", "2020-04-30", "2020-05-01",
        "2020-06-25", "2020-07-01", "2020-10-01", "2020-10-02", "2020-10-26", "2020-12-25",
        "2021-01-01", "2021-02-12", "2021-02-15", "2021-04-02", "2021-04-05", "2021-04-06", "2021-05-19",
        "2021-06-14", "2021-07-01", "2021-09-22", "2021-10-01", "2021-10-14", "2021-12-27",
        "2022-02-01", "2022-02-02", "2022-02-03", "2022-04-05", "2022-04-15", "2022-04-18", "2022-05-02",
        "2022-05-09", "2022-06-03", "2022-07-01", "2022-09-12", "2022-10-04", "2022-12-26", "2022-12-27",
        "2023-01-02", "2023-01-23", "2023-01-24", "2023-01-25", "2023-04-05", "2023-04-07", "2023-04-10",
        "2023-05-01", "2023-05-26", "2023-06-22", "2023-10-02", "2023-10-23", "2023-12-25", "2023-12-26",
        "2024-01-01", "2024-02-12", "2024-02-13", "2024-03-29", "2024-04-01", "2024-04-04", "2024-05-01",
        "2024-05-15", "2024-06-10", "2024-07-01", "2024-09-18", "2024-10-01", "2024-10-11", "2024-12-25",
        "2024-12-26",
    ];

    // Whole trading days cancelled by typhoon signal 8 or a black rainstorm warning.
    private static readonly string[] HkWeatherClosures = ["2021-10-13", "2023-07-17", "2023-09-01", "2023-09-08"];

    private static readonly string[] UsHolidays =
    [
        "2020-01-01", "2020-01-20", "2020-02-17", "2020-04-10", "2020-05-25", "2020-07-03", "2020-09-07",
        "2020-11-26", "2020-12-25",
        "2021-01-01", "2021-01-18", "2021-02-15", "2021-04-02", "2021-05-31", "2021-07-05", "2021-09-06",
        "2021-11-25", "2021-12-24",
        "2022-01-17", "2022-02-21", "2022-04-15", "2022-05-30", "2022-06-20", "2022-07-04", "2022-09-05",
        "2022-11-24", "2022-12-26",
        "2023-01-02", "2023-01-16", "2023-02-20", "2023-04-07", "2023-05-29", "2023-06-19", "2023-07-04",
        "2023-09-04", "2023-11-23", "2023-12-25",
        "2024-01-01", "2024-01-15", "2024-02-19", "2024-03-29", "2024-05-27", "2024-06-19", "2024-07-04",
        "2024-09-02", "2024-11-28", "2024-12-25",
    ];

    public static IReadOnlyList<DateOnly> TradingDays(string market)
    {
        var holidays = (market switch
        {
            "HK" => [.. HkHolidays, .. HkWeatherClosures],
            "US" => UsHolidays,
            _ => throw new ArgumentException($"no calendar for market {market}", nameof(market)),
        }).Select(Dates.Parse).ToHashSet();
        return [.. Weekdays().Where(d => !holidays.Contains(d))];
    }

    /// <summary>Every Monday to Friday of the window; FX is quoted on these.</summary>
    public static IReadOnlyList<DateOnly> Weekdays()
    {
        var days = new List<DateOnly>();
        for (var d = WindowStart; d <= AsOf; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days.Add(d);
            }
        }

        return days;
    }

    /// <summary>Index of the last day on or before <paramref name="date"/>.</summary>
    public static int IndexOnOrBefore(IReadOnlyList<DateOnly> days, DateOnly date)
    {
        for (int i = days.Count - 1; i >= 0; i--)
        {
            if (days[i] <= date)
            {
                return i;
            }
        }

        throw new ArgumentException($"no day on or before {Dates.Format(date)}", nameof(date));
    }

    /// <summary>Index of the first day on or after <paramref name="date"/>.</summary>
    public static int IndexOnOrAfter(IReadOnlyList<DateOnly> days, DateOnly date)
    {
        for (int i = 0; i < days.Count; i++)
        {
            if (days[i] >= date)
            {
                return i;
            }
        }

        throw new ArgumentException($"no day on or after {Dates.Format(date)}", nameof(date));
    }
}

/// <summary>ISO dates, the only date format the workspace uses.</summary>
internal static class Dates
{
    public static DateOnly Parse(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly MonthEnd(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));
}
