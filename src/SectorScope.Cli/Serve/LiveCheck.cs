using SectorScope.Pipeline;
using SectorScope.Reporting.FactCheck;
using SectorScope.Reporting.Narrative;
using SectorScope.Workspace;

namespace SectorScope.Cli.Serve;

/// <summary>A paragraph as the report prints it, with the spans placeholders filled in.</summary>
public sealed record ParagraphView(string Text, IReadOnlyList<int[]> Computed);

/// <summary>The check of one narrative text: its paragraphs, its fact-check findings and its placeholder problems.</summary>
public sealed record TextCheck(IReadOnlyList<ParagraphView> Paragraphs, IReadOnlyList<FactFinding> Findings, IReadOnlyList<Diagnostic> Problems);

/// <summary>
/// Fact-checks text as the analyst types it, with the checker <c>check</c> uses: the pipeline computes the period's
/// values once (<see cref="ReportPipeline.BuildChecked"/>) and each keystroke's text is expanded and judged against
/// them, as the report judges the file. The computation is kept until an input other than the narrative changes.
/// </summary>
public sealed class LiveCheck(string workspace)
{
    private readonly Lock _gate = new();
    private (string Key, Lazy<Bound> Value)? _cached;

    /// <summary>The checker for a period and edition, or the input problems that stop every check.</summary>
    public sealed record Bound(FactChecker? Checker, IReadOnlyList<Diagnostic> Problems);

    public Bound For(ReportPeriod? period, ReportLanguage? language)
    {
        var key = $"{WorkspaceState.Of(workspace).Data}|{period}|{language}";
        Lazy<Bound> value;
        lock (_gate)
        {
            if (_cached is not { } c || c.Key != key)
            {
                _cached = (key, new Lazy<Bound>(() => Compute(period, language), LazyThreadSafetyMode.PublicationOnly));
            }

            value = _cached.Value.Value;
        }

        return value.Value;
    }

    private Bound Compute(ReportPeriod? period, ReportLanguage? language)
    {
        // Without the saved narrative: each place is checked from the editor's text, whatever the other files hold.
        var built = ReportPipeline.BuildChecked(workspace, period, null, null, language, withNarrative: false);
        return built.Rejected is { } rejected ? new Bound(null, rejected.Diagnostics) : new Bound(built.Value.Checker, []);
    }

    /// <summary>The text of one place, checked as <c>check</c> checks the file it will be saved to.</summary>
    public TextCheck Check(string name, ReportLanguage language, string text, ReportPeriod? period)
    {
        var bound = For(period, language);
        if (bound.Checker is not { } checker)
        {
            return new TextCheck([], [], bound.Problems);
        }

        var diagnostics = new DiagnosticBag();
        var file = NarrativeFileStore.RelativePath(name, language);
        DocumentText.CheckLines(file, text, diagnostics);
        var document = NarrativeExpander.Expand(file, text, checker.Facts, diagnostics);
        var paragraphs = document.Paragraphs.Select(p => new ParagraphView(p.Text, [.. p.Computed.Select(s => new[] { s.Start, s.Length })])).ToArray();
        // A broken placeholder rejects the report; its problem is shown beside the findings of the rest of the text.
        return new TextCheck(paragraphs, checker.Check(document), diagnostics.Items);
    }
}
