using SectorScope.Pipeline;
using SectorScope.Reporting.FactCheck;
using SectorScope.Reporting.Model;
using SectorScope.Reporting.Narrative;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Reporting;

/// <summary>The demo model and a fact-checker bound to its values, built once from a copy of the bundled workspace.</summary>
public sealed class DemoCheckerFixture : IDisposable
{
    private readonly string _workspace;

    public DemoCheckerFixture()
    {
        _workspace = Repository.CopyToTemp(Repository.DemoWorkspace);
        (Model, _, _, Checker) = ReportPipeline.BuildChecked(_workspace, null, null);
    }

    public ReportModel Model { get; }

    public FactChecker Checker { get; }

    /// <summary>Expands <paramref name="text"/> as <c>narrative/test.md</c>; throws with the diagnostics if any.</summary>
    public NarrativeDocument Expand(string text)
    {
        var diagnostics = new DiagnosticBag();
        var document = NarrativeExpander.Expand("narrative/test.md", text, Checker.Facts, diagnostics);
        return diagnostics.HasErrors ? throw new InputRejectedException(diagnostics.Items) : document;
    }

    public IReadOnlyList<Diagnostic> Errors(string text)
    {
        var diagnostics = new DiagnosticBag();
        NarrativeExpander.Expand("narrative/test.md", text, Checker.Facts, diagnostics);
        return diagnostics.Items;
    }

    /// <summary>The findings of <paramref name="text"/> as a narrative file.</summary>
    public IReadOnlyList<FactFinding> Check(string text) => Checker.Check(Expand(text));

    public void Dispose() => Directory.Delete(_workspace, recursive: true);
}
