namespace SampleGenerator;

/// <summary>
/// Monthly industry data. Values are synthetic apart from the pinned months; they are tabulated
/// rather than drawn so the YoY and MoM the report quotes are visible at a glance.
/// </summary>
internal static class IndustrySeries
{
    /// <summary>Payment institutions' reserve deposits at the central bank, 亿元, 2022-01 onward.</summary>
    private static readonly double[] Reserves =
    [
        21870, 20960, 21540, 21120, 21350, 22180, 21760, 21940, 22610, 22050, 22330, 23400,
        22710, 21980, 22840, 22390, 22560, 23310, 22920, 23080, 23870, 23658, 23420, 24510,
        23790, 23150, 23960, 23380, 23510, 24240, 23730, 23890, 24172, 23664,
    ];

    /// <summary>Domestic online game approvals, 款, 2023-01 onward; null is a month left out on purpose.</summary>
    private static readonly double?[] GameApprovals =
    [
        88, 87, 86, 86, 86, 88, null, 89, 91, 87, 105, 105,
        115, 111, 107, 95, 96, 104, 105, 90, 109, 130, 112,
    ];

    public static IEnumerable<(DateOnly Date, string Series, double Value, string Unit)> Rows()
    {
        foreach (var (date, value) in Monthly(2022, Reserves.Select(v => (double?)v)))
        {
            yield return (date, Pins.ReserveSeries, value, "亿元");
        }

        foreach (var (date, value) in Monthly(2023, GameApprovals))
        {
            yield return (date, Pins.GameSeries, value, "款");
        }
    }

    private static IEnumerable<(DateOnly Date, double Value)> Monthly(int firstYear, IEnumerable<double?> values)
    {
        int i = 0;
        foreach (var value in values)
        {
            if (value is { } v)
            {
                yield return (Dates.MonthEnd(firstYear + i / 12, i % 12 + 1), v);
            }

            i++;
        }
    }
}
