using SectorScope.Workspace;

namespace SectorScope.Analytics;

/// <summary>
/// An observation of an industry series with its change against the same period a year earlier (同比) and against the
/// period before (环比): the previous month for a monthly series, the previous quarter for a quarterly one.
/// </summary>
public sealed record SeriesPoint(string Series, DateOnly Date, double Value, string? Unit, double? YoyPct, double? MomPct, SourceRef Source)
{
    /// <summary>Monthly or quarterly: what <see cref="MomPct"/> compares with and how the period is labelled.</summary>
    public Frequency Frequency { get; init; } = Frequency.Monthly;

    /// <summary>The quarter (1–4) of <see cref="Date"/>.</summary>
    public int Quarter => SeriesChanges.QuarterOf(Date);

    /// <summary>The span the observation covers: its month, or its calendar quarter.</summary>
    public ReturnSpan Span => Frequency == Frequency.Quarterly ? ReturnSpan.Quarter(Date.Year, Quarter) : ReturnSpan.Month(ReportPeriod.Of(Date));
}

public static class SeriesChanges
{
    /// <summary>
    /// YoY and the change on the previous period in percent for every row; blank (null) when the comparison period has no
    /// value or a zero value, never 0. A series whose dates are quarterly (<see cref="FrequencyDetector"/>) and that has at
    /// most one row per calendar quarter is compared quarter by quarter (the same quarter a year earlier, the quarter
    /// before); every other series month by month, matched by calendar month whatever day the row is dated.
    /// </summary>
    public static IReadOnlyList<SeriesPoint> Compute(IEnumerable<SeriesRow> rows)
    {
        var result = new List<SeriesPoint>();
        foreach (var series in rows.GroupBy(r => r.Series).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var frequency = FrequencyOf(series.ToArray());
            // Periods counted in months: a quarter is numbered by its first month, so the one before is 3 months back.
            var step = frequency == Frequency.Quarterly ? 3 : 1;
            int Key(DateOnly d) => d.Year * 12 + (frequency == Frequency.Quarterly ? 3 * (QuarterOf(d) - 1) : d.Month - 1);
            var byPeriod = series.ToDictionary(r => Key(r.Date));
            foreach (var row in series.OrderBy(r => r.Date))
            {
                var key = Key(row.Date);
                var yoy = Change(row.Value, byPeriod.GetValueOrDefault(key - 12));
                var previous = Change(row.Value, byPeriod.GetValueOrDefault(key - step));
                result.Add(new SeriesPoint(row.Series, row.Date, row.Value, row.Unit, yoy, previous, row.Source) { Frequency = frequency });
            }
        }

        return result;
    }

    public static int QuarterOf(DateOnly date) => (date.Month - 1) / 3 + 1;

    /// <summary>Quarterly when the dates say so and no quarter holds two rows (else a quarter's value would be ambiguous); monthly otherwise.</summary>
    private static Frequency FrequencyOf(IReadOnlyList<SeriesRow> rows) =>
        FrequencyDetector.Detect(rows.Select(r => r.Date)) == Frequency.Quarterly
        && rows.Select(r => (r.Date.Year, QuarterOf(r.Date))).Distinct().Count() == rows.Count
            ? Frequency.Quarterly
            : Frequency.Monthly;

    private static double? Change(double value, SeriesRow? earlier) =>
        earlier is null || earlier.Value == 0 ? null : (value / earlier.Value - 1.0) * 100.0;
}
