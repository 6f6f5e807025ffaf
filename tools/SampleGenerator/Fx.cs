namespace SampleGenerator;

/// <summary>
/// HKD→CNY and USD→CNY on every weekday. USD/CNY is an anchored walk; HKD/CNY follows it through a
/// USD/HKD path kept inside the peg band. Both are pinned on the as-of date.
/// </summary>
internal static class Fx
{
    public const int Decimals = 4;

    private static readonly (string Date, double Rate)[] UsdCnyWaypoints =
    [
        ("2020-07-27", 7.0080), ("2021-01-29", 6.4600), ("2021-05-31", 6.3700), ("2022-02-28", 6.3200),
        ("2022-04-29", 6.6000), ("2022-10-31", 7.2600), ("2023-01-13", 6.7000), ("2023-06-30", 7.2300),
        ("2023-09-08", 7.3400), ("2024-01-31", 7.1700), ("2024-07-31", 7.2300), ("2024-09-26", 7.0100),
        ("2024-10-31", 7.1200),
    ];

    private static readonly (string Date, double Rate)[] UsdHkdWaypoints =
    [
        ("2020-07-27", 7.7500), ("2021-06-30", 7.7650), ("2022-05-12", 7.8499), ("2022-12-30", 7.8050),
        ("2023-04-20", 7.8499), ("2023-12-29", 7.8080), ("2024-06-28", 7.8080), ("2024-10-31", 7.7740),
    ];

    public static IReadOnlyList<(DateOnly Date, double HkdCny, double UsdCny)> Build()
    {
        var days = Calendars.Weekdays();
        var usdCny = Walk(days, UsdCnyWaypoints, Pins.UsdCny, 0.15, "USDCNY");
        var usdHkd = Walk(days, UsdHkdWaypoints, Pins.UsdCny / Pins.HkdCny, 0.02, "USDHKD");
        var rows = new List<(DateOnly, double, double)>(days.Count);
        for (int i = 0; i < days.Count; i++)
        {
            double peg = Math.Clamp(usdHkd[i], 7.75, 7.85);
            bool asOf = days[i] == Calendars.AsOf;
            rows.Add((days[i],
                asOf ? Pins.HkdCny : Numbers.Round(usdCny[i] / peg, Decimals),
                asOf ? Pins.UsdCny : Numbers.Round(usdCny[i], Decimals)));
        }

        return rows;
    }

    private static double[] Walk(IReadOnlyList<DateOnly> days, (string Date, double Rate)[] waypoints, double last, double volPct, string name)
    {
        var anchors = waypoints.Select(w => (Calendars.IndexOnOrBefore(days, Dates.Parse(w.Date)), w.Rate)).ToList();
        anchors.Add((days.Count - 1, last));
        return PricePaths.Bridge(days.Count, anchors, volPct, Rng.For(name));
    }
}
