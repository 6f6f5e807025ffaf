using SectorScope.Reporting.Model;
using SectorScope.Workspace;

namespace SectorScope.Reporting;

public sealed partial class ReportBuilder
{
    /// <summary>Earlier reports taken from history onto the front page; the front page has room for about five entries in all.</summary>
    private const int RelatedFromHistory = 3;

    /// <summary>
    /// 相关研究报告: the newest earlier reports of the history merged with the configured
    /// <c>related_reports</c>, newest first. A configured entry with the title of a history entry
    /// (bare, or with its thesis after a dash) is the same report and is listed once, as the history has it.
    /// </summary>
    private IReadOnlyList<RelatedResearch> RelatedResearch()
    {
        var history = _data.EarlierReports.OrderByDescending(h => h.Period).Take(RelatedFromHistory).ToArray();
        var titles = history.SelectMany(h => new[] { h.Title, h.FullTitle }).ToHashSet(StringComparer.Ordinal);
        var fromHistory = history.Select(h => new RelatedResearch(h.FullTitle, DisplayFormat.Date(h.AsOf), h.File));
        var configured = Settings.RelatedReports.Where(r => !titles.Contains(r.Title))
            .Select(r => new RelatedResearch(r.Title, DisplayFormat.Date(r.Date), SettingsReader.FileName));
        // ISO dates sort as text; the stable sort keeps history before configuration on the same day.
        return [.. fromHistory.Concat(configured).OrderByDescending(r => r.Date, StringComparer.Ordinal)];
    }
}
