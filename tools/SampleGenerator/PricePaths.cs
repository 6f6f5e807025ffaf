namespace SampleGenerator;

/// <summary>
/// Anchored random walks. A path passes exactly through its anchors; between two anchors it is a
/// Brownian bridge in log space, so it looks like a random walk yet lands on the pinned values.
/// </summary>
internal static class PricePaths
{
    /// <param name="length">Number of points; anchors must include index 0 and index length − 1.</param>
    public static double[] Bridge(int length, IReadOnlyList<(int Index, double Level)> anchors, double dailyVolPct, Random random)
    {
        var ordered = anchors.OrderBy(a => a.Index).ToArray();
        if (ordered[0].Index != 0 || ordered[^1].Index != length - 1)
        {
            throw new ArgumentException("anchors must cover both ends of the path", nameof(anchors));
        }

        double sigma = dailyVolPct / 100.0;
        var path = new double[length];
        for (int a = 0; a + 1 < ordered.Length; a++)
        {
            var (from, fromLevel) = ordered[a];
            var (to, toLevel) = ordered[a + 1];
            int steps = to - from;
            if (steps <= 0)
            {
                throw new ArgumentException($"two anchors share index {from}", nameof(anchors));
            }

            var walk = new double[steps + 1];
            for (int j = 1; j <= steps; j++)
            {
                walk[j] = walk[j - 1] + sigma * random.Normal();
            }

            double logFrom = Math.Log(fromLevel), logTo = Math.Log(toLevel);
            for (int j = 1; j < steps; j++)
            {
                double t = (double)j / steps;
                path[from + j] = Math.Exp(logFrom + walk[j] - t * walk[steps] + t * (logTo - logFrom));
            }
        }

        // Anchors are written as given, not as exp(log(x)), so pinned values survive bit for bit.
        foreach (var (index, level) in ordered)
        {
            path[index] = level;
        }

        return path;
    }
}

/// <summary>Common waypoints (relative levels) that give the synthetic histories a realistic shape.</summary>
internal static class Shapes
{
    private static readonly (string Date, double Level)[] ChinaTech =
    [
        ("2020-07-27", 1.00), ("2020-10-30", 1.10), ("2021-02-17", 1.30), ("2021-03-24", 1.05),
        ("2021-07-27", 0.80), ("2021-10-04", 0.72), ("2022-03-15", 0.45), ("2022-06-30", 0.62),
        ("2022-10-31", 0.38), ("2023-01-27", 0.62), ("2023-05-31", 0.46), ("2023-07-31", 0.55),
        ("2023-12-29", 0.45), ("2024-01-22", 0.38), ("2024-05-20", 0.52), ("2024-09-11", 0.42),
        ("2024-10-07", 0.64),
    ];

    private static readonly (string Date, double Level)[] UsTech =
    [
        ("2020-07-27", 1.00), ("2020-09-02", 1.15), ("2020-10-30", 1.00), ("2021-02-12", 1.15),
        ("2021-11-19", 1.45), ("2022-06-16", 0.95), ("2022-08-16", 1.10), ("2022-12-28", 0.80),
        ("2023-07-31", 1.20), ("2023-10-26", 1.05), ("2024-07-10", 1.55), ("2024-08-05", 1.32),
    ];

    public static IReadOnlyList<(DateOnly Date, double Level)> Waypoints(Shape shape) =>
        [.. (shape == Shape.ChinaTech ? ChinaTech : UsTech).Select(w => (Dates.Parse(w.Date), w.Level))];

    /// <summary>The shape's level on any date, interpolated in log space and held flat beyond the ends.</summary>
    public static double LevelOn(Shape shape, DateOnly date)
    {
        var w = Waypoints(shape);
        if (date <= w[0].Date)
        {
            return w[0].Level;
        }

        for (int i = 1; i < w.Count; i++)
        {
            if (date <= w[i].Date)
            {
                double t = (double)(date.DayNumber - w[i - 1].Date.DayNumber) / (w[i].Date.DayNumber - w[i - 1].Date.DayNumber);
                return Math.Exp(Math.Log(w[i - 1].Level) + t * (Math.Log(w[i].Level) - Math.Log(w[i - 1].Level)));
            }
        }

        return w[^1].Level;
    }
}
