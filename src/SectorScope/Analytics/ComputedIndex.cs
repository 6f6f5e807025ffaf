using SectorScope.Workspace;

namespace SectorScope.Analytics;

/// <summary>One member of a computed index: its daily closes and, for market-cap weights, its shares in millions.</summary>
public sealed record IndexMember(string Code, IReadOnlyList<ClosePoint> Closes, double? SharesMn = null);

/// <summary>
/// A daily chain-linked index of a basket of securities (a sector without a vendor index of its own).
/// <para>
/// The calendar is every date on which any member has a close. The index is <c>base</c> on the first of them and
/// moves each later day <c>t</c> (previous calendar day <c>p</c>) by the weighted mean of its members' returns:
/// <c>I_t = I_p × (1 + Σ w_i r_i / Σ w_i)</c>, <c>r_i = P_i(t) / P_i(p) − 1</c>. A member takes part from the day
/// after its first close to its last close: it enters at its first close (that close is the base of its first
/// return) and leaves after its last. Between them a day without its close (a suspension, a local holiday) repeats
/// its last close, a return of zero, so it stays in the basket at its last price as index providers treat a
/// suspended constituent. Weights are fixed at the previous close: 1 for equal weights, shares × <c>P_i(p)</c> for
/// market-cap weights (a Laspeyres index with constant shares). A day on which no member takes part (only members
/// entering) leaves the index unchanged.
/// </para>
/// </summary>
public static class ComputedIndex
{
    /// <summary>
    /// The index level on every calendar date, oldest first; empty when no member has a close. Each point carries
    /// the input line of the first member (in the given order) with a close that day. Market-cap weights need every
    /// member's <see cref="IndexMember.SharesMn"/> (the caller checks; a member without shares throws).
    /// </summary>
    public static IReadOnlyList<ClosePoint> Compute(IReadOnlyList<IndexMember> members, IndexWeighting weighting, double baseLevel)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(baseLevel);
        var series = members.Select(m => m.Closes.OrderBy(c => c.Date).DistinctBy(c => c.Date).ToArray()).ToArray();
        var shares = members.Select(m => weighting == IndexWeighting.Equal ? 1.0
            : m.SharesMn ?? throw new ArgumentException($"member {m.Code} has no shares for market-cap weights", nameof(members))).ToArray();
        var calendar = series.SelectMany(s => s.Select(c => c.Date)).Distinct().Order().ToArray();
        var result = new List<ClosePoint>(calendar.Length);
        // Per member: the index of its next close not yet reached, and its last close reached so far (null before its first).
        var next = new int[series.Length];
        var held = new double?[series.Length];
        double level = baseLevel;
        foreach (var day in calendar)
        {
            double weighted = 0, weights = 0;
            SourceRef? source = null;
            for (int i = 0; i < series.Length; i++)
            {
                var closes = series[i];
                bool closesToday = next[i] < closes.Length && closes[next[i]].Date == day;
                if (closesToday && source is null)
                {
                    source = closes[next[i]].Source;
                }

                // A member is in on this day when it had a close before it and has one on or after it.
                if (held[i] is { } previous && next[i] < closes.Length)
                {
                    var today = closesToday ? closes[next[i]].Close : previous;
                    var w = weighting == IndexWeighting.Equal ? 1.0 : shares[i] * previous;
                    weighted += w * (today / previous - 1);
                    weights += w;
                }

                if (closesToday)
                {
                    held[i] = closes[next[i]].Close;
                    next[i]++;
                }
            }

            if (result.Count > 0 && weights > 0)
            {
                level *= 1 + weighted / weights;
            }

            result.Add(new ClosePoint(day, level, source!.Value));
        }

        return result;
    }
}
