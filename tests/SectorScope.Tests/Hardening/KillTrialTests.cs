using System.Diagnostics;
using SectorScope.Cli;
using SectorScope.Tests.Support;
using SectorScope.Workspace;
using Xunit.Abstractions;

namespace SectorScope.Tests.Hardening;

/// <summary>
/// The real CLI killed with SIGKILL at random moments (fixed seed, 20 trials per command): whatever the moment, the store,
/// the history and the previous report are each the old or the new one, whole; the next run cleans every piece of debris
/// and gives the same results as a clean run on a fresh copy of the same files.
/// </summary>
[Trait("Category", "Slow")]
public sealed class KillTrialTests(ITestOutputHelper output) : IDisposable
{
    private const int Trials = 20;
    private const int Seed = 18;

    /// <summary>The runs' own temporary folder (their TMPDIR): only what they leave there is theirs to clean.</summary>
    private readonly string _temp = Directory.CreateTempSubdirectory("kill-trials-").FullName;

    private Dictionary<string, string> Children => new(StringComparer.Ordinal) { ["TMPDIR"] = _temp };

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    /// <summary>Two versions of the Hong Kong prices: the second moves a February close and adds a March one, so returns, ranks and valuation change.</summary>
    private static string Prices(TestWorkspace ws, int version)
    {
        var text = File.ReadAllText(ws.Path("prices/hk.csv"));
        return version == 0 ? text : text.Replace("2024-02-29,0002.HK,19\n", "2024-02-29,0002.HK,21.5\n", StringComparison.Ordinal) + "2024-03-01,HKI,101\n";
    }

    [Fact]
    public void Ingest_killed_at_random_moments_keeps_the_store_whole_and_the_next_run_completes_it()
    {
        using var ws = new TestWorkspace();
        var versions = new[] { Prices(ws, 0), Prices(ws, 1) };
        var expected = versions.Select(v => CleanStore(ws, v)).ToArray();
        var window = WarmRunMilliseconds(ws, versions, "ingest", "--workspace", ws.Root);
        var random = new Random(Seed);
        var outcomes = new Dictionary<string, int>();
        for (int trial = 0; trial < Trials; trial++)
        {
            int next = (trial + 1) % 2;
            var before = StoreContent.Of(ws.StorePath);
            File.WriteAllText(ws.Path("prices/hk.csv"), versions[next]);
            string[] args = trial % 4 == 3 ? ["ingest", "--workspace", ws.Root, "--rebuild"] : ["ingest", "--workspace", ws.Root];
            using (var run = CliProcess.Start(Children, args))
            {
                Thread.Sleep(random.Next(window));
                run.KillHard();
            }

            var after = StoreContent.Of(ws.StorePath);
            Assert.True(after == before || after == expected[next], $"trial {trial}: the store after the kill is neither the old nor the new one");
            Count(outcomes, after == before ? "old store" : "new store");
            var again = CliProcess.Run(Children, "ingest", "--workspace", ws.Root);
            Assert.True(again.ExitCode == 0, $"trial {trial}: {again.Stderr}");
            Assert.Equal(expected[next], StoreContent.Of(ws.StorePath));
            Assert.Empty(Debris.In(ws.Root, tempRoot: _temp));
        }

        output.WriteLine($"ingest: {Trials} kills within {window} ms: {string.Join(", ", outcomes.Select(o => $"{o.Key} {o.Value}"))}");
    }

    [Fact]
    public void Report_killed_at_random_moments_keeps_report_history_and_store_whole_and_the_next_run_completes_them()
    {
        using var ws = new TestWorkspace();
        var versions = new[] { Prices(ws, 0), Prices(ws, 1) };
        var expected = versions.Select(v => CleanReport(ws, v)).ToArray();
        var outputFolder = Path.GetFullPath(ws.OutputFolder);
        string[] Args(string formats) => ["report", "--workspace", ws.Root, "--out", outputFolder, "--format", formats];
        var window = WarmRunMilliseconds(ws, versions, Args("md,json"));
        var random = new Random(Seed);
        var outcomes = new Dictionary<string, int>();
        var history = ws.Path("history/2024-02.json");
        for (int trial = 0; trial < Trials; trial++)
        {
            int next = (trial + 1) % 2;
            var previous = (Report: File.ReadAllBytes(Path.Combine(outputFolder, "report.json")), History: File.ReadAllBytes(history));
            File.WriteAllText(ws.Path("prices/hk.csv"), versions[next]);
            // Two trials convert to PDF, so that LibreOffice is running when some kills land.
            var formats = trial % 10 == 4 ? "md,json,docx,pdf" : "md,json";
            using (var run = CliProcess.Start(Children, Args(formats)))
            {
                Thread.Sleep(random.Next(formats.Length > 7 ? 3 * window : window));
                run.KillHard();
            }

            // The report folder is the previous or the new report, whole — or, killed in the instant of the swap, the previous
            // one waits beside its place for the next run to put it back.
            var shown = Directory.Exists(outputFolder) ? outputFolder : Directory.GetDirectories(Path.GetDirectoryName(outputFolder)!, $".{Path.GetFileName(outputFolder)}.old-*").Single();
            AssertWhole(ws.Root, shown, trial);
            var json = File.ReadAllBytes(Path.Combine(shown, "report.json"));
            Assert.True(json.SequenceEqual(previous.Report) || json.SequenceEqual(expected[next].Report), $"trial {trial}: report.json is neither the old nor the new one");
            var entry = File.ReadAllBytes(history);
            Assert.True(entry.SequenceEqual(previous.History) || entry.SequenceEqual(expected[next].History), $"trial {trial}: the history entry is neither the old nor the new one");
            Count(outcomes, (shown != outputFolder ? "mid-swap, " : "") + (json.SequenceEqual(previous.Report) ? "old report" : "new report"));

            var again = CliProcess.Run(Children, Args(formats));
            Assert.True(again.ExitCode == 0, $"trial {trial}: {again.Stderr}");
            Assert.Equal(expected[next].Report, File.ReadAllBytes(Path.Combine(outputFolder, "report.json")));
            Assert.Equal(expected[next].Markdown, File.ReadAllBytes(Path.Combine(outputFolder, "report.md")));
            Assert.Equal(expected[next].History, File.ReadAllBytes(history));
            Assert.Equal(expected[next].Store, StoreContent.Of(ws.StorePath));
            Assert.Empty(Debris.In(ws.Root, outputFolder, _temp));
        }

        output.WriteLine($"report: {Trials} kills within {window} ms (3× for PDF trials): {string.Join(", ", outcomes.Select(o => $"{o.Key} {o.Value}"))}");
    }

    /// <summary>
    /// Runs the command on the second version (building the store), then on the first, and returns how long the second
    /// run took: a trial's run, which finds a store and one changed file, so kills land across its whole length.
    /// </summary>
    private int WarmRunMilliseconds(TestWorkspace ws, string[] versions, params string[] args)
    {
        File.WriteAllText(ws.Path("prices/hk.csv"), versions[1]);
        Assert.Equal(0, CliProcess.Run(Children, args).ExitCode);
        File.WriteAllText(ws.Path("prices/hk.csv"), versions[0]);
        var clock = Stopwatch.StartNew();
        Assert.Equal(0, CliProcess.Run(Children, args).ExitCode);
        return (int)clock.ElapsedMilliseconds;
    }

    private static void Count(Dictionary<string, int> outcomes, string key) => outcomes[key] = outcomes.GetValueOrDefault(key) + 1;

    /// <summary>Every file the manifest lists is there with its hash, and nothing else.</summary>
    private static void AssertWhole(string workspace, string folder, int trial)
    {
        Assert.Equal(folder, SectorScope.Rendering.Output.OutputTarget.Check(workspace, folder));
        Assert.True(File.Exists(Path.Combine(folder, "manifest.json")), $"trial {trial}: no manifest in {folder}");
    }

    private static string CleanStore(TestWorkspace ws, string prices)
    {
        var copy = Repository.CopyToTemp(ws.Root);
        try
        {
            File.WriteAllText(Path.Combine(copy, "prices/hk.csv"), prices);
            Assert.Equal(0, SectorScopeCli.Run(["ingest", "--workspace", copy]));
            return StoreContent.Of(SectorScope.Store.WorkspaceStore.PathFor(copy));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private sealed record CleanResult(byte[] Report, byte[] Markdown, byte[] History, string Store);

    private static CleanResult CleanReport(TestWorkspace ws, string prices)
    {
        var copy = Repository.CopyToTemp(ws.Root);
        var output = copy + "-out";
        try
        {
            File.WriteAllText(Path.Combine(copy, "prices/hk.csv"), prices);
            Assert.Equal(0, SectorScopeCli.Run(["report", "--workspace", copy, "--out", output, "--format", "md,json"]));
            return new CleanResult(File.ReadAllBytes(Path.Combine(output, "report.json")), File.ReadAllBytes(Path.Combine(output, "report.md")),
                File.ReadAllBytes(Path.Combine(copy, ReportHistory.RelativePath(ReportPeriod.TryParse("2024-02", out var p) ? p : throw new InvalidOperationException()))),
                StoreContent.Of(SectorScope.Store.WorkspaceStore.PathFor(copy)));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
            Directory.Delete(output, recursive: true);
        }
    }
}
