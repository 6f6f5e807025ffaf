using System.Diagnostics;
using SectorScope.Rendering.Output;
using SectorScope.Reporting.FactCheck;
using SectorScope.Reporting.Wordings;
using SectorScope.Store;
using SectorScope.Workspace;

namespace SectorScope.Pipeline;

/// <summary>What a <c>report</c> command did, whether it computed the report or wrote the one kept for the same inputs again.</summary>
/// <param name="FactCheck">The fact-check of a computed report (what was let through, for the console); null for a kept one, which was never let through.</param>
/// <param name="HistoryFile">The history entry written, relative to the workspace; null when the run did not record one.</param>
/// <param name="HistoryProblem">Why the entry could not be written (a read-only workspace), when it could not.</param>
/// <param name="Leftover">The previous report's folder when it could not be removed after the new one was moved in.</param>
public sealed record PublishedReport(ReportSummary Summary, FactCheckReport? FactCheck, string OutputFolder, IReadOnlyList<string> Files, IngestResult Ingest, IReadOnlyList<StepTiming> Timings,
    string? HistoryFile, string? HistoryProblem, string? Leftover)
{
    /// <summary>The fact-check that stopped the report, when the gate refused it: then nothing was written.</summary>
    public FactCheckReport? Refusal { get; init; }

    /// <summary>Every input was as the last run of the same options left it: its files were written again, nothing computed.</summary>
    public bool Kept { get; init; }

    internal static PublishedReport Of(ReportRunResult run) =>
        new(new ReportSummary(run.Model.Language, run.Model.Header.Title, run.Model.Header.Period, run.Model.Notices ?? []), run.Model.FactCheck, run.OutputFolder, run.Files,
            run.Ingest, run.Timings, run.HistoryFile, run.HistoryProblem, run.Leftover)
        { Refusal = run.Refusal };
}

public static partial class ReportPipeline
{
    /// <summary>
    /// <see cref="Run"/>, except that a report whose every input is as the last report of the same options left it (the
    /// workspace's files, its history and its store: <see cref="InputStamp"/>) is not computed again: the files that run wrote are
    /// written again, whole or not at all, the same bytes a computation would give. A computed report is kept for the next run
    /// when it can be reproduced so: every format but PDF (which carries the converter's own metadata), the workspace's own
    /// store (a shared server changes unseen), nothing let through by the fact-check gate and the history recorded as asked.
    /// </summary>
    public static Outcome<PublishedReport> Publish(string workspace, ReportPeriod? period, DateOnly? asOf, string? outputFolder, OutputFormat formats, Action<string>? progress = null,
        FactCheckGate gate = FactCheckGate.Strict, bool recordHistory = true, ReportLanguage? language = null, string? reportsFolder = null, StoreAddress? store = null)
    {
        var target = outputFolder is null ? null : OutputTarget.Check(workspace, outputFolder);
        using var held = WorkspaceLock.Acquire(workspace, progress);
        var reusable = store is null && (formats & ~OutputFormats.Deterministic) == 0;
        var reports = KeptReports.For(workspace);
        var key = KeptReports.Key(period, asOf, formats, gate, recordHistory, language);
        if (reusable && WriteKept(workspace, () => reports.Find(key), target, outputFolder, formats, reportsFolder) is { } again)
        {
            return again;
        }

        var run = RunHeld(workspace, period, asOf, target, outputFolder, formats, progress, gate, recordHistory, language, reportsFolder, store);
        if (run.Rejected is { } rejected)
        {
            return rejected;
        }

        var (result, inputs, hashes, files) = run.Value;
        if (reusable && inputs is not null && inputs.Settings.Store is null && result.Written && result.Model.FactCheck is not { Overridden: true } && result.HistoryProblem is null
            && InputStamp.Take(inputs, hashes) is { } stamp)
        {
            var font = NeedsCharts(formats) ? KeptChartFont.KeptKey(workspace, Wording.For(result.Model.Language)) : null;
            if (font is not null || !NeedsCharts(formats))
            {
                reports.Keep(key, new KeptReport(stamp, font, PublishedReport.Of(result).Summary, result.HistoryFile, files));
            }
        }

        return PublishedReport.Of(result);
    }

    private static bool NeedsCharts(OutputFormat formats) => DocumentWriter.NeedsCharts(formats);

    /// <summary>The kept report written again into its folder, or null when there is none or some input differs from what it was made from.</summary>
    /// <param name="find">Reads the kept report (timed with the check).</param>
    private static PublishedReport? WriteKept(string workspace, Func<KeptReport?> find, string? target, string? outputFolder, OutputFormat formats, string? reportsFolder)
    {
        var clock = Stopwatch.StartNew();
        var kept = find();
        if (kept is null || !kept.Stamp.StillHolds(workspace)
            || (NeedsCharts(formats) && kept.Font != KeptChartFont.KeptKey(workspace, Wording.For(kept.Summary.Language))))
        {
            return null;
        }

        var checkedIn = clock.Elapsed;
        clock.Restart();
        var leaf = DefaultFolder(kept.Summary.Period, kept.Summary.Language);
        var named = target is null ? reportsFolder is null ? Path.Combine(workspace, leaf) : Path.Combine(reportsFolder, Path.GetFileName(leaf)) : null;
        using var folder = target is null ? new OutputFolder(OutputTarget.Check(workspace, named!), named) : new OutputFolder(target, outputFolder);
        foreach (var (path, bytes) in kept.Files)
        {
            folder.WriteBytes(path, bytes);
        }

        folder.Commit();
        // The stamp found the history entry with the bytes the run wrote, the same a computation would write again.
        var ingest = new IngestResult([], [], 0, checkedIn, false) { Hashes = kept.Stamp.Inputs.ToDictionary(f => f.Path, f => f.Sha256, StringComparer.Ordinal) };
        return new PublishedReport(kept.Summary, null, folder.FinalPath, [.. folder.Written], ingest, [new StepTiming("check", checkedIn), new StepTiming("kept", clock.Elapsed)],
            kept.HistoryFile, null, folder.Leftover)
        { Kept = true };
    }
}

/// <summary>
/// Reports kept in <c>.sectorscope/reports/</c> by the options that asked for them (period, as-of date, formats, fact-check
/// gate, history, language, as given) and the build: the last report of each, with the stamp of the workspace it read.
/// A file that cannot be read, was cut short or damaged is ignored (<see cref="KeptReportFile"/>); one is written whole or
/// not at all (<see cref="KeptFiles"/>).
/// </summary>
internal sealed class KeptReports(KeptFiles files)
{
    /// <summary>The last reports of a few sets of options (the Chinese and English editions, another format).</summary>
    private const int Kept = 4;
    private const string Folder = "reports";
    private static readonly string Build = typeof(KeptReports).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static KeptReports For(string workspace) => new(KeptFiles.In(workspace, Folder, Kept));

    public static string Key(ReportPeriod? period, DateOnly? asOf, OutputFormat formats, FactCheckGate gate, bool recordHistory, ReportLanguage? language) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            string.Join('\n', Build, period?.ToString() ?? "-", asOf is { } a ? InputDates.Format(a) : "-", (int)formats, gate, recordHistory, language?.Tag() ?? "-"))));

    public KeptReport? Find(string key) => files.Read(key + ".bin") is { } bytes ? KeptReportFile.Read(bytes, key) : null;

    public void Keep(string key, KeptReport report) => files.Write((key + ".bin", KeptReportFile.Write(report, key)));
}
