using SectorScope.Workspace;

namespace SectorScope.Analytics;

/// <summary>Where the current value sits among all observations of the window, in percent.</summary>
public static class ValuationPercentile
{
    /// <summary>
    /// <paramref name="observations"/> is the whole window including the current observation.
    /// inc = #below / (n − 1); rank = (#below + (#equal + 1) / 2) / n (pandas average rank);
    /// strict = #below / n. Null when the window has too few observations for the method.
    /// </summary>
    public static double? Compute(IReadOnlyList<double> observations, double current, PercentileMethod method)
    {
        int n = observations.Count;
        int below = 0, equal = 0;
        foreach (var v in observations)
        {
            if (v < current)
            {
                below++;
            }
            else if (v == current)
            {
                equal++;
            }
        }

        return method switch
        {
            PercentileMethod.Inc => n > 1 ? 100.0 * below / (n - 1) : null,
            PercentileMethod.Rank => n > 0 && equal > 0 ? 100.0 * (below + (equal + 1) / 2.0) / n : null,
            PercentileMethod.Strict => n > 0 ? 100.0 * below / n : null,
            _ => throw new ArgumentOutOfRangeException(nameof(method)),
        };
    }
}

/// <summary>An index's valuation on the as-of date and its history since inception.</summary>
public sealed record ValuationSnapshot(
    string Code,
    DateOnly AsOf,
    DateOnly ObservedOn,
    double PeTtm,
    double? PercentilePct,
    PercentileMethod Method,
    DateOnly Since,
    int Observations,
    double Mean,
    double StdDev,
    SourceRef Source)
{
    /// <summary>
    /// Builds the snapshot from the index's PE-TTM rows. Rows before <paramref name="since"/> or after
    /// <paramref name="asOf"/> are outside the window. Null when the window holds no observation.
    /// </summary>
    public static ValuationSnapshot? Of(string code, IReadOnlyList<ValuationRow> rows, DateOnly since, DateOnly asOf, PercentileMethod method)
    {
        var window = rows.Where(r => r.Code == code && r.Date >= since && r.Date <= asOf).OrderBy(r => r.Date).ToArray();
        if (window.Length == 0)
        {
            return null;
        }

        var current = window[^1];
        var values = window.Select(r => r.PeTtm).ToArray();
        var mean = values.Average();
        var std = values.Length > 1 ? Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1)) : 0.0;
        return new ValuationSnapshot(code, asOf, current.Date, current.PeTtm, ValuationPercentile.Compute(values, current.PeTtm, method),
            method, since, values.Length, mean, std, current.Source);
    }
}
