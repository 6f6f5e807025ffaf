using SectorScope.Cli;
using SectorScope.Pipeline;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Hardening;

/// <summary>
/// Two runs on one workspace at once wait for each other on the workspace lock: the second once crashed on DuckDB's own
/// file lock (4 of 6 trials). Now both reports come out, the same bytes as one run alone.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ConcurrentRunTests : IDisposable
{
    private readonly TestWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    [Fact]
    public void Two_reports_started_together_on_one_workspace_both_succeed_with_the_same_report()
    {
        var outputs = new[] { _ws.OutputFolder, _ws.OutputFolder + "-2" };
        try
        {
            // No store yet: both runs want to build it, the case that crashed most.
            using var first = CliProcess.Start("report", "--workspace", _ws.Root, "--out", outputs[0], "--format", "md,json");
            using var second = CliProcess.Start("report", "--workspace", _ws.Root, "--out", outputs[1], "--format", "md,json");
            var runs = new[] { first.Wait(), second.Wait() };
            Assert.All(runs, r => Assert.True(r.ExitCode == 0, r.Stderr));
            foreach (var file in new[] { "report.json", "report.md", "tables/stock_returns.csv" })
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(outputs[0], file)), File.ReadAllBytes(Path.Combine(outputs[1], file)));
            }
        }
        finally
        {
            if (Directory.Exists(outputs[1]))
            {
                Directory.Delete(outputs[1], recursive: true);
            }
        }
    }

    [Fact]
    public void A_run_that_waits_too_long_exits_3_with_a_message_naming_the_holder()
    {
        using (WorkspaceLock.Acquire(_ws.Root))
        {
            var run = CliProcess.Run(new Dictionary<string, string> { [SectorScopeCli.LockTimeoutVariable] = "1" }, "ingest", "--workspace", _ws.Root);
            Assert.Equal(ExitCodes.SystemPart, run.ExitCode);
            // The console wraps long lines; the message is read without its line breaks.
            var message = run.Stderr.ReplaceLineEndings("");
            Assert.Contains($"工作区正被另一个 sectorscope 进程（PID {Environment.ProcessId}）使用，等待它结束…", message);
            Assert.Contains($"正被另一个 sectorscope 进程（PID {Environment.ProcessId}）使用，已等待 1 秒仍未结束", message);
            Assert.False(run.ShowsStackTrace);
        }

        Assert.Equal("absent", _ws.StoreFingerprint());
    }

    [Fact]
    public async Task Two_acquisitions_in_one_process_exclude_each_other()
    {
        using var held = WorkspaceLock.Acquire(_ws.Root);
        var timeout = WorkspaceLock.Timeout;
        var waited = Task.Run(() =>
        {
            using var second = WorkspaceLock.Acquire(_ws.Root);
            return true;
        });
        Assert.NotSame(waited, await Task.WhenAny(waited, Task.Delay(500)));
        held.Dispose();
        Assert.True(await waited.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(timeout, WorkspaceLock.Timeout);
    }
}
