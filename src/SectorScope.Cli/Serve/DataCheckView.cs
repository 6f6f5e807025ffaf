using SectorScope.Pipeline;
using SectorScope.Reporting.FactCheck;
using SectorScope.Reporting.Lint;
using SectorScope.Reporting.Model;
using SectorScope.Workspace;

namespace SectorScope.Cli.Serve;

/// <summary>A table of the report as the page lists it: caption, header and the cells' display text.</summary>
public sealed record TableView(string Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>The changes since the previous report: the report's own section, with its table.</summary>
public sealed record ChangesView(string Heading, string Summary, IReadOnlyList<string> Paragraphs, string? EmptyNote, IReadOnlyList<TableView> Tables);

/// <summary>
/// What <c>check</c> says of the inputs, each where it was found: the input problems (file:line), the fact-check
/// findings of every narrative file, the caption and unit lint, what the statistics and the news left out, and the
/// changes since the last report. The same pipeline call and the same lint as the command.
/// </summary>
public sealed record DataCheckView(
    IReadOnlyList<Diagnostic> Problems,
    IReadOnlyList<FactFinding> Findings,
    string? Summary,
    IReadOnlyList<LintFinding> Lint,
    IReadOnlyList<ExcludedLine> Excluded,
    IReadOnlyList<NewsLeftOut> NewsLeftOut,
    ChangesView? Changes)
{
    public static DataCheckView Of(string workspace, ReportPeriod? period, ReportLanguage? language)
    {
        var built = ReportPipeline.BuildModel(workspace, period, null, null, language);
        if (built.Rejected is { } rejected)
        {
            return new DataCheckView(rejected.Diagnostics, [], null, [], [], [], null);
        }

        var model = built.Value.Model;
        var findings = model.FactCheck?.Findings ?? [];
        var changes = model.Changes;
        return new DataCheckView([], findings, FactCheckPrinter.Summary(findings), ReportLint.Check(model), model.MarketReview.Excluded, model.NewsDigest?.LeftOut ?? [],
            new ChangesView(changes.Heading, changes.Summary, changes.Paragraphs, changes.EmptyNote, [.. changes.TableIds.Select(id => Table(model.Table(id)))]));
    }

    private static TableView Table(ReportTable table) =>
        new($"{table.Label} {table.Caption}".Trim(), [.. table.Columns.Select(c => c.Header)], [.. table.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(c => c.Text)])]);
}
