using SectorScope.Pipeline;
using SectorScope.Reporting.FactCheck;
using SectorScope.Reporting.Model;
using SectorScope.Reporting.Narrative;
using SectorScope.Workspace;

namespace SectorScope.Tests.Support;

/// <summary>
/// The demo report model and a fact-checker bound to its values, built once for the whole test run from a copy
/// of the bundled workspace, without rendering anything: the fixture of the <see cref="DemoModelCollection"/>.
/// </summary>
public sealed class DemoModelFixture : IDisposable
{
    private readonly string _workspace;
    private readonly Lazy<(ReportModel Model, FactChecker Checker)> _english;

    public DemoModelFixture()
    {
        _workspace = Repository.CopyToTemp(Repository.DemoWorkspace);
        (Model, _, _, Checker) = ReportPipeline.BuildChecked(_workspace, null, null).Value;
        _english = new(() =>
        {
            var (model, _, _, checker) = ReportPipeline.BuildChecked(_workspace, null, null, language: ReportLanguage.En).Value;
            return (model, checker);
        });
    }

    public ReportModel Model { get; }

    public FactChecker Checker { get; }

    /// <summary>The English edition's model, built the first time a test asks for it.</summary>
    public ReportModel EnglishModel => _english.Value.Model;

    /// <summary>A checker bound to the English edition: it reads English prose.</summary>
    public FactChecker EnglishChecker => _english.Value.Checker;

    /// <summary>The findings of English <paramref name="text"/> as a narrative file of the English edition.</summary>
    public IReadOnlyList<FactFinding> CheckEnglish(string text)
    {
        var diagnostics = new DiagnosticBag();
        var document = NarrativeExpander.Expand("narrative/en/test.md", text, EnglishChecker.Facts, diagnostics);
        return diagnostics.HasErrors ? throw new Xunit.Sdk.XunitException(Rejection.Of(diagnostics).ToString()) : EnglishChecker.Check(document);
    }

    /// <summary>Expands <paramref name="text"/> as <c>narrative/test.md</c>; throws with the diagnostics if any.</summary>
    public NarrativeDocument Expand(string text)
    {
        var diagnostics = new DiagnosticBag();
        var document = NarrativeExpander.Expand("narrative/test.md", text, Checker.Facts, diagnostics);
        return diagnostics.HasErrors ? throw new Xunit.Sdk.XunitException(Rejection.Of(diagnostics).ToString()) : document;
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

/// <summary>The tests that read the one demo model of <see cref="DemoModelFixture"/>; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class DemoModelCollection : ICollectionFixture<DemoModelFixture>
{
    public const string Name = "Demo model";
}
