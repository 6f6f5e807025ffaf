using SectorScope.Workspace;

namespace SectorScope.Reporting;

/// <summary>
/// What the analyst wrote that a report reads as text: the narrative files (by name, without extension), the
/// disclaimer, the headline overrides, and the published reports of earlier periods.
/// </summary>
public sealed record AnalystTexts(IReadOnlyDictionary<string, string> Narrative, string? Disclaimer, HeadlineOverrides Headlines, IReadOnlyList<HistoryEntry> EarlierReports,
    IReadOnlyDictionary<string, string>? Glossary = null)
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

        return new AnalystTexts(narrative, disclaimer, headlines, history, glossary);
    }
}
