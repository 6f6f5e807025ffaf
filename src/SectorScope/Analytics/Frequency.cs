namespace SectorScope.Analytics;

/// <summary>How often a series is observed.</summary>
public enum Frequency
{
    Daily,
    Weekly,
    Monthly,
    Quarterly,
    Annual,
}

/// <summary>
/// The frequency of a series from its dates alone: the median gap in calendar days between consecutive dates (a
/// daily series of trading days has gaps of 1–4 days, a monthly one 28–31, a quarterly one 89–92), so a few holidays
/// or a missing month do not change the answer. Fewer than two dates are taken as daily.
/// </summary>
public static class FrequencyDetector
{
    public static Frequency Detect(IEnumerable<DateOnly> dates)
    {
        var sorted = dates.Distinct().Order().ToArray();
        if (sorted.Length < 2)
        {
            return Frequency.Daily;
        }

        var gaps = sorted.Zip(sorted.Skip(1), (a, b) => b.DayNumber - a.DayNumber).Order().ToArray();
        var median = gaps[gaps.Length / 2];
        return median switch
        {
            <= 5 => Frequency.Daily,
            <= 10 => Frequency.Weekly,
            <= 45 => Frequency.Monthly,
            <= 135 => Frequency.Quarterly,
            _ => Frequency.Annual,
        };
    }
}
