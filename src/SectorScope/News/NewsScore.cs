using SectorScope.Workspace;

namespace SectorScope.News;

/// <summary>
/// The ranking score of a story within its group (see <see cref="NewsScoring"/>):
/// tier points of its best source + key-company points + recency × (days since the period's first day
/// ÷ (days in the period − 1)) + extra-source points × min(sources − 1, cap). Ties go to the later
/// story, then the one with more sources, then title order.
/// </summary>
public static class NewsScore
{
    public static double Of(NewsStory story, bool namesKeyCompany, ReportPeriod period, NewsScoring scoring)
    {
        double tier = scoring.Tier[Math.Clamp(story.BestTier, 1, scoring.Tier.Count) - 1];
        double key = namesKeyCompany ? scoring.KeyCompany : 0;
        int span = period.End.DayNumber - period.Start.DayNumber;
        double position = span == 0 ? 1 : Math.Clamp((double)(story.Date.DayNumber - period.Start.DayNumber) / span, 0, 1);
        double extra = scoring.ExtraSource * Math.Min(story.Sources.Count - 1, scoring.MaxExtraSources);
        return tier + key + scoring.Recency * position + extra;
    }

    /// <summary>Orders stories best first: score, then date, then number of sources, then title, then origin.</summary>
    public static IEnumerable<(NewsStory Story, double Score)> Rank(IEnumerable<(NewsStory Story, double Score)> stories) =>
        stories.OrderByDescending(s => s.Score)
            .ThenByDescending(s => s.Story.Date)
            .ThenByDescending(s => s.Story.Sources.Count)
            .ThenBy(s => s.Story.Lead.Title, StringComparer.Ordinal)
            .ThenBy(s => s.Story.Lead.Origin.File, StringComparer.Ordinal)
            .ThenBy(s => s.Story.Lead.Origin.Line);
}
