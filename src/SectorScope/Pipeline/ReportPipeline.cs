using System.Diagnostics;
using System.Text;
using SectorScope.Rendering.Output;
using SectorScope.Reporting.FactCheck;
using SectorScope.Reporting;
using SectorScope.Reporting.Model;
using SectorScope.Store;
using SectorScope.Store.Postgres;
using SectorScope.Workspace;

namespace SectorScope.Pipeline;

/// <summary>A step of a run and how long it took, for the progress display and bench notes.</summary>
public sealed record StepTiming(string Step, TimeSpan Elapsed);

/// <param name="HistoryFile">The history entry written, relative to the workspace; null when the run did not record one.</param>
/// <param name="HistoryProblem">Why the entry could not be written (a read-only workspace), when it could not.</param>
/// <param name="Leftover">The previous report's folder when it could not be removed after the new one was moved in.</param>
public sealed record ReportRunResult(ReportModel Model, string OutputFolder, IReadOnlyList<string> Files, IngestResult Ingest, IReadOnlyList<StepTiming> Timings,
    string? HistoryFile = null, string? HistoryProblem = null, string? Leftover = null)
{
    /// <summary>The fact-check that stopped the report, when the gate refused it: then nothing was written.</summary>
    public FactCheckReport? Refusal { get; init; }

    public bool Written => Refusal is null;

    /// <summary>The store's answers were those kept from an earlier report over a store of the same content: no query ran.</summary>
    public bool AnswersKept { get; init; }

    /// <summary>The workspace's store was opened: to bring it up to date, or for a question no kept answer holds.</summary>
    public bool StoreOpened { get; init; }
}

/// <summary>
/// The one way data flows: workspace files → store → analytics → report model → renderers → output folder.
/// Rejected input is returned as an <see cref="Outcome{T}"/>, never thrown: nothing is written then.
/// </summary>
public static partial class ReportPipeline
{
    /// <summary>Brings the store up to date and returns the validated inputs.</summary>
    /// <param name="rebuild">Build a new store from every file and replace the old one only once the new one is complete.</param>
    public static Outcome<(WorkspaceInputs Inputs, IngestResult Result)> Ingest(string workspace, bool rebuild = false, Action<string>? progress = null)
    {
        using var held = WorkspaceLock.Acquire(workspace, progress);
        WorkspaceStore.Preload();
        return WorkspaceReader.Open(workspace).Then(inputs => StoreIngester.Update(inputs, rebuild).Select(result =>
        {
            if (result.Rebuilt)
            {
                AnswerCache.Clear(inputs.Root);
            }

            StoreStamp.Write(inputs, result.Hashes);

            return (inputs, result);
        }));
    }

    /// <summary>Everything up to the report model, without writing anything but the store.</summary>
    /// <param name="store">The PostgreSQL server to read market data from instead of the workspace's <c>store:</c> setting.</param>
    public static Outcome<(ReportModel Model, WorkspaceInputs Inputs, IngestResult Ingest)> BuildModel(string workspace, ReportPeriod? period, DateOnly? asOf, Action<string>? progress = null,
        ReportLanguage? language = null, StoreAddress? store = null)
    {
        using var held = WorkspaceLock.Acquire(workspace, progress);
        return Compute(workspace, period, asOf, progress, [], language, storeAddress: store).Select(computed => (computed.Model, computed.Inputs, computed.Ingest));
    }

    /// <summary>Fact-checks the body paragraphs of an edited Word report against the workspace's data.</summary>
    /// <param name="language">The edition to check against; null takes the workspace's <c>language</c>.</param>
    public static Outcome<(ReportModel Model, IReadOnlyList<FactFinding> Findings)> CheckDocx(string workspace, ReportPeriod? period, DateOnly? asOf, string docx, Action<string>? progress = null,
        ReportLanguage? language = null, StoreAddress? store = null)
    {
        var refused = new DiagnosticBag();
        if (InputBytes.CheckFile(docx, Path.GetFileName(docx), InputLimits.WordFileBytes, refused) is null)
        {
            return Rejection.Of(refused);
        }

        using var held = WorkspaceLock.Acquire(workspace, progress);
        return Compute(workspace, period, asOf, progress, [], language, storeAddress: store).Then(computed =>
        {
            progress?.Invoke("核对 Word 文件");
            return EditedDocx.Check(docx, computed.Checker, computed.Model.Tables).Select(findings => (computed.Model, findings));
        });
    }

    /// <summary>The model and a fact-checker bound to its computed values, for prose written outside the workspace.</summary>
    /// <param name="withNarrative">
    /// False leaves the workspace's narrative files out of the model (they are still read): the computed values do not
    /// depend on them, so prose being edited is checked even while a saved file has a broken placeholder.
    /// </param>
    public static Outcome<(ReportModel Model, WorkspaceInputs Inputs, IngestResult Ingest, FactChecker Checker)> BuildChecked(string workspace, ReportPeriod? period, DateOnly? asOf,
        Action<string>? progress = null, ReportLanguage? language = null, bool withNarrative = true)
    {
        using var held = WorkspaceLock.Acquire(workspace, progress);
        return Compute(workspace, period, asOf, progress, [], language, withNarrative).Select(computed => (computed.Model, computed.Inputs, computed.Ingest, computed.Checker));
    }

    /// <summary>What one computation of a report gives: its data, its model and a checker bound to its values, with the inputs and the ingest it came from.</summary>
    /// <param name="SharedInputs">The shared store's market data files the report read, for the manifest (none when the workspace's own).</param>
    private sealed record ComputedReport(ReportData Data, ReportModel Model, WorkspaceInputs Inputs, IngestResult Ingest, FactChecker Checker, IReadOnlyList<ManifestInput> SharedInputs)
    {
        /// <summary>The store's answers came from <see cref="AnswerCache"/>, not from queries.</summary>
        public bool AnswersKept { get; init; }

        public bool StoreOpened { get; init; }
    }

    private static Outcome<ComputedReport> Compute(string workspace, ReportPeriod? period, DateOnly? asOf,
        Action<string>? progress, List<StepTiming> timings, ReportLanguage? language = null, bool withNarrative = true, StoreAddress? storeAddress = null)
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

        var opened = WorkspaceReader.Open(workspace);
        if (opened.Rejected is { } unreadable)
        {
            return unreadable;
        }

        var inputs = opened.Value;
        var diagnostics = new DiagnosticBag();
        var request = ReportRequest.Resolve(inputs.Settings, period, asOf, diagnostics) with { Language = language ?? inputs.Settings.Language };
        if (diagnostics.HasErrors)
        {
            return Rejection.Of(diagnostics);
        }

        Step("read");
        progress?.Invoke("更新数据仓库");
        var address = storeAddress ?? inputs.Settings.Store;
        // The store as the last run closed it and the files it holds unchanged: nothing for an ingest to do, and no need to
        // open the store to learn so. It is opened below only for a question no kept answer holds.
        WorkspaceStore? store = null;
        IngestResult ingest;
        if (address is null && StoreStamp.UpToDate(inputs) is { } stamped)
        {
            ingest = new IngestResult([], [], 0, clock.Elapsed, false) { Hashes = stamped };
        }
        else
        {
            var ingested = StoreIngester.Ingest(inputs);
            if (ingested.Rejected is { } unstored)
            {
                return unstored;
            }

            (store, ingest) = ingested.Value;
        }

        Step("ingest");
        WorkspaceStore Store() => store ??= WorkspaceStore.OpenExisting(inputs.Root) ?? throw new InvalidOperationException("the store the stamp found up to date cannot be opened");
        var answersKept = false;
        Outcome<ReportData> loaded;
        IReadOnlyList<ManifestInput> sharedInputs = [];
        try
        {
            // The workspace's own rows always come from its DuckDB store; its market data from the shared server when one is named.
            using var shared = address is not null ? PostgresMarketStore.Open(address, inputs.Universe) : null;
            progress?.Invoke("计算");
            loaded = AnalystTexts.Read(inputs, request.Period)
                .Then(texts => Load(inputs, Store, shared, ingest, withNarrative ? texts : texts with { Narrative = new Dictionary<string, string>() }, request, out answersKept));
            // Named by the server's display address and the file's path in the shared folder: what was read, never who read it.
            sharedInputs = shared is null ? [] : [.. shared.StoredFiles().Select(f => new ManifestInput($"{shared.Address}/{f.Path}", f.Kind, f.Sha256))];
        }
        finally
        {
            store?.Dispose();
        }

        if (address is null && store is not null)
        {
            // Closed and up to date with the inputs: the next run need not open it to know so.
            StoreStamp.Write(inputs, ingest.Hashes);
        }

        if (loaded.Rejected is { } unloaded)
        {
            return unloaded;
        }

        var data = loaded.Value with { Segmentations = segmentations };
        Step(answersKept ? "query (kept)" : "query");
        var built = ReportBuilder.BuildWithChecker(data);
        Step("build");
        var storeOpened = store is not null;
        return built.Select(b => new ComputedReport(data, b.Model, inputs, ingest, b.Checker, sharedInputs) { AnswersKept = answersKept, StoreOpened = storeOpened });
    }

    /// <summary>
    /// The report's data from the answers kept for a store of this content when they answer every question it asks, else from
    /// the store, whose answers are then kept beside those (<see cref="AnswerCache"/>). A shared server's content can change
    /// without the workspace knowing: its answers are never kept.
    /// </summary>
    /// <param name="store">Opens the workspace's store (once), when a question must be put to it.</param>
    private static Outcome<ReportData> Load(WorkspaceInputs inputs, Func<WorkspaceStore> store, PostgresMarketStore? shared, IngestResult ingest, AnalystTexts texts, ReportRequest request,
        out bool answersKept)
    {
        answersKept = false;
        if (shared is not null)
        {
            return ReportData.Load(inputs, shared, store(), texts, request);
        }

        if (ingest.Rebuilt)
        {
            AnswerCache.Clear(inputs.Root);
        }

        var cache = AnswerCache.For(inputs.Root);
        var key = AnswerCache.Key(ingest.Hashes);
        var kept = ingest.Rebuilt ? null : cache.Find(key);
        if (kept is not null)
        {
            try
            {
                var replayed = ReportData.Load(inputs, new ReplayedStore(kept), new ReplayedStore(kept), texts, request);
                answersKept = true;
                return replayed;
            }
            catch (UnansweredQuestion)
            {
                // Another period or other settings ask something new: the store answers, and what it answered is kept too.
            }
        }

        var recording = new RecordingStore(store(), store());
        var loaded = ReportData.Load(inputs, recording, recording, texts, request);
        if (loaded.Rejected is null)
        {
            cache.Keep(key, kept is null ? recording.Answers : recording.Answers.With(kept));
        }

        return loaded;
    }

    /// <summary>The folder a report goes to when none is given, relative to its workspace: out/2024-11.</summary>
    /// <remarks>Each edition has its own, so the English one does not replace the Chinese: out/2024-11-en.</remarks>
    public static string DefaultFolder(string period, ReportLanguage language) =>
        Path.Combine(OutputTarget.ReportsFolder, period + (language == ReportLanguage.ZhCn ? "" : "-" + language.Tag()));

    /// <summary>
    /// Builds and writes the report; with <paramref name="recordHistory"/> then records it in the
    /// workspace's <c>history/</c>. The history entry is written only after the output folder is in
    /// place, so a failed run leaves neither a report nor an entry claiming one.
    /// </summary>
    /// <param name="gate">What the fact-check lets through; an override is recorded in the model, a refusal returned in <see cref="ReportRunResult.Refusal"/>.</param>
    /// <param name="language">The edition to write; null takes the workspace's <c>language</c>. Only the Chinese edition is recorded in the history.</param>
    /// <param name="reportsFolder">Where the default <c>&lt;period&gt;</c> folder goes when <paramref name="outputFolder"/> is null: the
    /// workspace's own <c>out/</c> unless given (read-only material such as the bundled demo writes elsewhere), so two workspaces
    /// reporting the same period never replace each other's report.</param>
    public static Outcome<ReportRunResult> Run(string workspace, ReportPeriod? period, DateOnly? asOf, string? outputFolder, OutputFormat formats, Action<string>? progress = null,
        FactCheckGate gate = FactCheckGate.Strict, bool recordHistory = true, ReportLanguage? language = null, string? reportsFolder = null, StoreAddress? store = null)
    {
        // A folder given on the command line is judged before anything is touched and made before any work; the default
        // one once the period is known. One run at a time per workspace: the store, the history and a report folder
        // inside the workspace are replaced whole.
        var target = outputFolder is null ? null : OutputTarget.Check(workspace, outputFolder);
        using var held = WorkspaceLock.Acquire(workspace, progress);
        return RunHeld(workspace, period, asOf, target, outputFolder, formats, progress, gate, recordHistory, language, reportsFolder, store).Select(run => run.Result);
    }

    /// <summary>A written report with what it was made from: the workspace's inputs with their hashes and every file written, in order.</summary>
    private sealed record WrittenReport(ReportRunResult Result, WorkspaceInputs? Inputs, IReadOnlyDictionary<string, string> Hashes, IReadOnlyList<(string Path, byte[] Bytes)> Files);

    /// <summary><see cref="Run"/> once the workspace is held and the given output folder checked (<paramref name="target"/>).</summary>
    private static Outcome<WrittenReport> RunHeld(string workspace, ReportPeriod? period, DateOnly? asOf, string? target, string? outputFolder, OutputFormat formats,
        Action<string>? progress, FactCheckGate gate, bool recordHistory, ReportLanguage? language, string? reportsFolder, StoreAddress? store)
    {
        var timings = new List<StepTiming>();
        using var given = target is null ? null : new OutputFolder(target, outputFolder);
        var computed = Compute(workspace, period, asOf, progress, timings, language, storeAddress: store);
        if (computed.Rejected is { } rejected)
        {
            return rejected;
        }

        var (data, model, inputs, ingest, _, sharedInputs) = computed.Value;
        if (model.FactCheck is { } check)
        {
            var decision = gate.Decide(check);
            if (decision.Refused)
            {
                // Refused before anything is written: the caller gets the findings, not a report.
                return new WrittenReport(new ReportRunResult(model, "", [], ingest, timings) { Refusal = check }, null, new Dictionary<string, string>(), []);
            }

            // Let through: report.json says what was let through, beside every finding.
            model = model with { FactCheck = check with { Override = decision.Override } };
        }

        var clock = Stopwatch.StartNew();
        progress?.Invoke("写出报告");
        var leaf = DefaultFolder(model.Header.Period, model.Language);
        var named = reportsFolder is null ? Path.Combine(workspace, leaf) : Path.Combine(reportsFolder, Path.GetFileName(leaf));
        using var byDefault = given is null ? new OutputFolder(OutputTarget.Check(workspace, named), named) : null;
        var folder = given ?? byDefault!;
        var writer = new DocumentWriter(folder, inputs, progress);
        if (writer.Write(model, formats) is { } badTemplate)
        {
            // The staged folder is dropped by its disposal: a report appears whole or not at all.
            return badTemplate;
        }

        timings.AddRange(writer.Timings);
        var manifest = Manifest.Of(inputs, ingest.Hashes, model.Header.Period, model.Header.AsOf, writer.Outputs, model.Changes.Previous?.File, sharedInputs);
        var manifestJson = manifest.ToJson();
        folder.WriteText("manifest.json", manifestJson);
        folder.Commit();
        timings.Add(new StepTiming("render", clock.Elapsed));
        string? history = null, problem = null;
        if (recordHistory && model.Language == ReportLanguage.ZhCn)
        {
            try
            {
                history = ReportHistory.Write(inputs.Root, ReportBuilder.Snapshot(data));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The report is complete and stays; only next month's comparison is lost, so say so rather than fail.
                problem = $"history not recorded: {e.Message}";
            }
        }

        var result = new ReportRunResult(model, folder.FinalPath, [.. folder.Written], ingest, timings, history, problem, folder.Leftover) { AnswersKept = computed.Value.AnswersKept, StoreOpened = computed.Value.StoreOpened };
        var written = writer.Outputs.Append((Path: "manifest.json", Bytes: Encoding.UTF8.GetBytes(manifestJson))).ToDictionary(o => o.Path, o => o.Bytes, StringComparer.Ordinal);
        return new WrittenReport(result, inputs, manifest.Inputs.DistinctBy(i => i.Path).ToDictionary(i => i.Path, i => i.Sha256, StringComparer.Ordinal),
            [.. folder.Written.Select(path => (path, written[path]))]);
    }
}
