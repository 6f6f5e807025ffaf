using System.Diagnostics;
using SectorScope.Rendering.Output;
using SectorScope.Reporting.FactCheck;
using SectorScope.Reporting;
using SectorScope.Reporting.Model;
using SectorScope.Store;
using SectorScope.Workspace;

namespace SectorScope.Pipeline;

/// <summary>A step of a run and how long it took, for the progress display and bench notes.</summary>
public sealed record StepTiming(string Step, TimeSpan Elapsed);

public sealed record ReportRunResult(ReportModel Model, string OutputFolder, IReadOnlyList<string> Files, IngestResult Ingest, IReadOnlyList<StepTiming> Timings);

/// <summary>
/// The one way data flows: workspace files → store → analytics → report model → renderers → output folder.
/// </summary>
public static class ReportPipeline
{
    /// <summary>Brings the store up to date and returns the validated inputs.</summary>
    public static (WorkspaceInputs Inputs, IngestResult Result) Ingest(string workspace)
    {
        var inputs = WorkspaceReader.Open(workspace);
        var (store, result) = StoreIngester.Ingest(inputs);
        store.Dispose();
        return (inputs, result);
    }

    /// <summary>Everything up to the report model, without writing anything but the store.</summary>
    public static (ReportModel Model, WorkspaceInputs Inputs, IngestResult Ingest) BuildModel(string workspace, ReportPeriod? period, DateOnly? asOf, Action<string>? progress = null)
    {
        var (model, inputs, ingest, _) = BuildChecked(workspace, period, asOf, progress);
        return (model, inputs, ingest);
    }

    /// <summary>Fact-checks the body paragraphs of an edited Word report against the workspace's data.</summary>
    public static (ReportModel Model, IReadOnlyList<FactFinding> Findings) CheckDocx(string workspace, ReportPeriod? period, DateOnly? asOf, string docx, Action<string>? progress = null)
    {
        var (model, _, _, checker) = BuildChecked(workspace, period, asOf, progress);
        progress?.Invoke("核对 Word 文件");
        return (model, checker.Check(Path.GetFileName(docx), EditedDocx.BodyParagraphs(docx)));
    }

    /// <summary>The model and a fact-checker bound to its computed values, for prose written outside the workspace.</summary>
    public static (ReportModel Model, WorkspaceInputs Inputs, IngestResult Ingest, FactChecker Checker) BuildChecked(string workspace, ReportPeriod? period, DateOnly? asOf, Action<string>? progress = null)
    {
        progress?.Invoke("读取工作区");
        var inputs = WorkspaceReader.Open(workspace);
        var diagnostics = new DiagnosticBag();
        var request = ReportRequest.Resolve(inputs.Config, period, asOf, diagnostics);
        if (diagnostics.HasErrors)
        {
            throw new InputRejectedException(diagnostics.Items);
        }

        progress?.Invoke("更新数据仓库");
        var (store, ingest) = StoreIngester.Ingest(inputs);
        using (store)
        {
            progress?.Invoke("计算");
            var data = ReportData.Load(inputs, store, request);
            var (model, checker) = ReportBuilder.BuildWithChecker(data);
            return (model, inputs, ingest, checker);
        }
    }

    /// <param name="allowUnchecked">Publish even when the fact-check finds errors (<c>--force</c>); the override is recorded in the model.</param>
    public static ReportRunResult Run(string workspace, ReportPeriod? period, DateOnly? asOf, string? outputFolder, OutputFormat formats, Action<string>? progress = null, bool allowUnchecked = false)
    {
        var timings = new List<StepTiming>();
        var clock = Stopwatch.StartNew();
        var (model, inputs, ingest) = BuildModel(workspace, period, asOf, progress);
        if (model.FactCheck is { Errors: > 0 } check)
        {
            // Refuse before anything is written; with the override, say so in report.json beside every finding.
            model = allowUnchecked ? model with { FactCheck = check with { Overridden = true } } : throw new FactCheckFailedException(check);
        }

        timings.Add(new StepTiming("model", clock.Elapsed));

        var final = outputFolder ?? Path.Combine("out", model.Header.Period);
        progress?.Invoke("写出报告");
        clock.Restart();
        using var folder = new OutputFolder(final);
        var writer = new DocumentWriter(folder, inputs, progress);
        writer.Write(model, formats);
        timings.AddRange(writer.Timings);
        folder.WriteText("manifest.json", Manifest.Of(inputs, model.Header.Period, model.Header.AsOf, writer.Outputs).ToJson());
        folder.Commit();
        timings.Add(new StepTiming("render", clock.Elapsed));
        return new ReportRunResult(model, Path.GetFullPath(final), [.. folder.Written], ingest, timings);
    }
}
