using SectorScope.Workspace;

namespace SectorScope.Reporting;

/// <summary>
/// What the analyst wrote that a report reads as text: the narrative files (by name, without extension), the
/// disclaimer, the headline overrides, and the published reports of earlier periods.
/// </summary>
/// <param name="Notices">What was read but not used, and why (a history entry of another sector or firm), for <c>check</c> and <c>report</c> to say.</param>
public sealed record AnalystTexts(IReadOnlyDictionary<string, string> Narrative, string? Disclaimer, HeadlineOverrides Headlines, IReadOnlyList<HistoryEntry> EarlierReports,
    IReadOnlyDictionary<string, string>? Glossary = null, IReadOnlyList<string>? Notices = null)
{
    public static AnalystTexts None { get; } = new(new Dictionary<string, string>(), null, HeadlineOverrides.None, []);

    /// <summary>Reads them from the workspace's files; a rejection carries every problem found.</summary>
    public static Outcome<AnalystTexts> Read(WorkspaceInputs inputs, ReportPeriod period)
    {
        var narrative = new Dictionary<string, string>(StringComparer.Ordinal);
        string? disclaimer = null;
        var headlines = HeadlineOverrides.None;
        var diagnostics = new DiagnosticBag();
        IReadOnlyDictionary<string, string>? glossary = null;
        foreach (var file in inputs.Files.Where(f => f.File.Kind is InputKind.Narrative or InputKind.Disclaimer or InputKind.Headlines or InputKind.Glossary))
        {
            var text = WorkspaceReader.ReadText(file.File, inputs.Root, diagnostics);
            if (file.File.Kind == InputKind.Disclaimer)
            {
                disclaimer = text;
            }
            else if (file.File.Kind == InputKind.Headlines)
            {
                headlines = text is null ? headlines : HeadlineOverrides.Read(text, diagnostics) ?? headlines;
            }
            else if (file.File.Kind == InputKind.Glossary)
            {
                glossary = text is null ? null : Workspace.Glossary.Read(text, diagnostics);
            }
            else if (text is not null)
            {
                // narrative/recommendation.md is "recommendation", narrative/en/recommendation.md "en/recommendation".
                narrative[file.File.RelativePath["narrative/".Length..^".md".Length]] = text;
            }
        }

        // Entries of this period or later are validated too but not compared against: a re-run replaces its own entry.
        var history = ReportHistory.Read(inputs.Root, inputs.Settings.RatingScale, diagnostics).Where(h => h.Period < period).ToArray();
        if (diagnostics.HasErrors)
        {
            return Rejection.Of(diagnostics);
        }

        // An entry of another sector or firm (a copied folder's) is never this report's predecessor nor its related research.
        var notices = new List<string>();
        var own = history.Where(h =>
        {
            if (h.ForeignTo(inputs.Settings.Sector, inputs.Settings.Firm) is not { } why)
            {
                return true;
            }

            notices.Add(ReportNotices.Unused(h.File, $"{why}，不用于评级与盈利预测变动和相关研究"));
            return false;
        }).ToArray();
        return new AnalystTexts(narrative, disclaimer, headlines, own, glossary, notices);
    }
}
