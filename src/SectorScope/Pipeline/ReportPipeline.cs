using System.Diagnostics;
using SectorScope.Rendering.Output;
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
    public static (ReportModel Model, WorkspaceInputs Inputs, IngestResult Ingest) BuildModel(string workspace, ReportPeriod? period, DateOnly? asOf, Action<string>? progress = null) =>
        BuildModel(workspace, period, asOf, progress, []);

    private static (ReportModel Model, WorkspaceInputs Inputs, IngestResult Ingest) BuildModel(string workspace, ReportPeriod? period, DateOnly? asOf, Action<string>? progress, List<StepTiming> timings)
    {
        var clock = Stopwatch.StartNew();
        void Step(string name)
        {
            timings.Add(new StepTiming(name, clock.Elapsed));
            clock.Restart();
        }

        progress?.Invoke("读取工作区");
        // jieba's dictionary loads on the other core while the workspace is read and the store brought up to date and
        // queried, unless earlier runs kept segmentations (then the same news needs no jieba at all).
        var segmentations = SegmentationFiles.For(workspace);
        if (Directory.Exists(Path.Combine(workspace, "news")) && segmentations.Empty)
        {
            _ = Task.Run(News.WordSegmenter.Preload);
        }

        var inputs = WorkspaceReader.Open(workspace);
        var diagnostics = new DiagnosticBag();
        var request = ReportRequest.Resolve(inputs.Config, period, asOf, diagnostics);
        if (diagnostics.HasErrors)
        {
            throw new InputRejectedException(diagnostics.Items);
        }

        Step("read");
        progress?.Invoke("更新数据仓库");
        var (store, ingest) = StoreIngester.Ingest(inputs);
        Step("ingest");
        using (store)
        {
            progress?.Invoke("计算");
            var data = ReportData.Load(inputs, store, request) with { Segmentations = segmentations };
            Step("query");
            var model = ReportBuilder.Build(data);
            Step("build");
            return (model, inputs, ingest);
        }
    }

    public static ReportRunResult Run(string workspace, ReportPeriod? period, DateOnly? asOf, string? outputFolder, OutputFormat formats, Action<string>? progress = null)
    {
        var timings = new List<StepTiming>();
        var clock = Stopwatch.StartNew();
        var (model, inputs, ingest) = BuildModel(workspace, period, asOf, progress, timings);

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
