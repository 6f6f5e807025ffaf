namespace SampleGenerator;

/// <summary>
/// Hang Seng TECH PE-TTM on every HK trading day. The path is synthetic; the last value and the
/// number of observations below it are pinned so the published percentile comes out exactly.
/// </summary>
internal static class Valuations
{
    public const int Decimals = 2;
    private const double DailyVolPct = 1.2;

    private static readonly (string Date, double Pe)[] Waypoints =
    [
        ("2020-07-27", 45.0), ("2020-10-30", 48.0), ("2021-02-17", 57.0), ("2021-05-12", 43.0),
        ("2021-07-28", 37.0), ("2021-12-31", 33.0), ("2022-03-15", 24.5), ("2022-06-30", 27.0),
        ("2022-10-03", 22.5), ("2022-10-31", 17.8), ("2022-11-30", 22.0), ("2023-01-27", 26.0),
        ("2023-05-31", 22.5), ("2023-07-31", 24.5), ("2023-12-29", 21.0), ("2024-01-22", 17.9),
        ("2024-02-20", 20.8), ("2024-05-20", 22.5), ("2024-08-15", 21.0), ("2024-09-11", 19.0),
        ("2024-10-07", 25.5), ("2024-10-31", 22.2),
    ];

    public static (IReadOnlyList<DateOnly> Days, IReadOnlyList<double> Pe) Build()
    {
        var days = Calendars.TradingDays("HK");
        var anchors = Waypoints.Select(w => (Calendars.IndexOnOrBefore(days, Dates.Parse(w.Date)), w.Pe)).ToList();
        anchors.Add((days.Count - 1, Pins.PeTtmAsOf));
        int below = TargetBelowCount(days.Count);

        // Pure scaling cannot separate two observations that happen to lie within a rounding step of
        // each other at the boundary; the next seeded draw is then taken, deterministically.
        for (int attempt = 0; attempt < 100; attempt++)
        {
            var raw = PricePaths.Bridge(days.Count, anchors, DailyVolPct, Rng.For($"HSTECH.pe_ttm.{attempt}"));
            if (RescaleHistory(raw, below) is { } pe)
            {
                return (days, pe);
            }
        }

        throw new InvalidOperationException("could not place today's PE-TTM at the published percentile");
    }

    /// <summary>How many observations must lie below today's for the published (n − 1) percentile.</summary>
    private static int TargetBelowCount(int n)
    {
        var fits = Enumerable.Range(0, n)
            .Where(k => Numbers.Round(100.0 * k / (n - 1), 2) == Pins.PercentileIncPct)
            .OrderBy(k => Math.Abs(100.0 * k / (n - 1) - Pins.PercentileIncPct))
            .ToArray();
        return fits.Length > 0
            ? fits[0]
            : throw new InvalidOperationException($"no count of observations gives {Pins.PercentileIncPct}% with n = {n}");
    }

    /// <summary>
    /// Scales the history (not today's value) by one factor so that exactly <paramref name="below"/>
    /// rounded observations lie under today's and none equals it. A single factor keeps the shape.
    /// </summary>
    private static double[]? RescaleHistory(double[] raw, int below)
    {
        double today = Pins.PeTtmAsOf;
        var sorted = raw[..^1].Order().ToArray();
        foreach (double weight in (double[])[0.5, 0.3, 0.7, 0.1, 0.9])
        {
            double boundary = sorted[below - 1] + weight * (sorted[below] - sorted[below - 1]);
            double factor = today / boundary;
            var scaled = raw.Select(v => Numbers.Round(v * factor, Decimals)).ToArray();
            scaled[^1] = today;
            if (scaled[..^1].Count(v => v < today) == below && !scaled[..^1].Contains(today))
            {
                return scaled;
            }
        }

        return null;
    }
}
