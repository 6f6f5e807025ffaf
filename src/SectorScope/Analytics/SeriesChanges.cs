using SectorScope.Workspace;

namespace SectorScope.Analytics;

/// <summary>A monthly observation with its change against the same month a year earlier and the month before.</summary>
public sealed record SeriesPoint(string Series, DateOnly Date, double Value, string? Unit, double? YoyPct, double? MomPct, SourceRef Source);

public static class SeriesChanges
{
    /// <summary>
    /// YoY and MoM in percent for every row; blank (null) when the comparison month has no value or a
    /// zero value, never 0. Months are matched by calendar month, whatever day the row is dated.
    /// </summary>
    public static IReadOnlyList<SeriesPoint> Compute(IEnumerable<SeriesRow> rows)
    {
        var result = new List<SeriesPoint>();
        foreach (var series in rows.GroupBy(r => r.Series).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var byMonth = series.ToDictionary(r => ReportPeriod.Of(r.Date));
            foreach (var row in series.OrderBy(r => r.Date))
            {
                var month = ReportPeriod.Of(row.Date);
                result.Add(new SeriesPoint(row.Series, row.Date, row.Value, row.Unit,
                    Change(row.Value, byMonth.GetValueOrDefault(month.AddMonths(-12))),
                    Change(row.Value, byMonth.GetValueOrDefault(month.Previous)),
                    row.Source));
            }
        }

        return result;
    }

    private static double? Change(double value, SeriesRow? earlier) =>
        earlier is null || earlier.Value == 0 ? null : (value / earlier.Value - 1.0) * 100.0;
}
