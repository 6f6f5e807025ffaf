using SectorScope.Rendering.Output;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Hardening;

/// <summary>
/// What a killed run leaves beside its report is repaired by the next run, and only when its process is gone: a staged
/// report is dropped, a previous report caught in the swap is put back, a live run's folders are left alone.
/// </summary>
public sealed class DebrisRepairTests : IDisposable
{
    private readonly string _parent = Path.Combine(Path.GetTempPath(), "sectorscope-tests", "debris-" + Guid.NewGuid().ToString("N"));

    public DebrisRepairTests() => Directory.CreateDirectory(_parent);

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    /// <summary>A process id no process can have: above the kernel's largest.</summary>
    private static int GonePid => int.Parse(File.ReadAllText("/proc/sys/kernel/pid_max").Trim(), System.Globalization.CultureInfo.InvariantCulture) + 1;

    private string Folder(string name, string file = "report.md")
    {
        var path = Path.Combine(_parent, name);
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, file), name);
        return path;
    }

    [Fact]
    public void A_previous_report_caught_in_the_swap_is_put_back_and_a_staged_one_dropped()
    {
        Folder($".2024-11.old-{GonePid}-3");
        Folder($".2024-11.partial-{GonePid}-4");
        OutputDebris.Clean(_parent);
        Assert.Equal([Path.Combine(_parent, "2024-11")], Directory.GetDirectories(_parent));
        Assert.Equal($".2024-11.old-{GonePid}-3", File.ReadAllText(Path.Combine(_parent, "2024-11", "report.md")));
    }

    [Fact]
    public void A_previous_report_whose_place_is_taken_is_deleted()
    {
        Folder("2024-11");
        Folder($".2024-11.old-{GonePid}-1");
        OutputDebris.Clean(_parent);
        Assert.Equal([Path.Combine(_parent, "2024-11")], Directory.GetDirectories(_parent));
        Assert.Equal("2024-11", File.ReadAllText(Path.Combine(_parent, "2024-11", "report.md")));
    }

    [Fact]
    public void Folders_of_a_live_run_and_look_alike_names_are_left_alone()
    {
        var live = Folder($".2024-11.partial-{Environment.ProcessId}-1");
        var lookAlike = Folder(".2024-11.partial-x");
        var huge = Folder(".2024-11.partial-99999999999999999999-1");
        OutputDebris.Clean(_parent);
        Assert.True(Directory.Exists(live) && Directory.Exists(lookAlike) && Directory.Exists(huge));
    }

    [Fact]
    public void Two_report_folders_in_one_process_stage_under_different_names()
    {
        var final = Path.Combine(_parent, "2024-11");
        using var first = new OutputFolder(final);
        using var second = new OutputFolder(final);
        Assert.NotEqual(first.Staging, second.Staging);
        Assert.StartsWith(Path.Combine(_parent, $".2024-11.partial-{Environment.ProcessId}-"), first.Staging, StringComparison.Ordinal);
    }

    [Fact]
    public void A_killed_runs_store_history_and_kept_files_are_removed_and_a_live_runs_kept()
    {
        using var ws = new TestWorkspace();
        var cache = Path.Combine(ws.Root, ".sectorscope");
        Directory.CreateDirectory(Path.Combine(cache, "charts"));
        Directory.CreateDirectory(ws.Path("history"));
        string[] gone = [$"store.duckdb.{GonePid}.tmp", $"store.duckdb.{GonePid}-2.tmp", $"store.duckdb.{GonePid}-2.tmp.wal", $"charts/abc.png.{GonePid}-7.tmp"];
        string[] alive = [$"store.duckdb.{Environment.ProcessId}-1.tmp", $"charts/abc.png.{Environment.ProcessId}-1.tmp"];
        foreach (var f in gone.Concat(alive))
        {
            File.WriteAllText(Path.Combine(cache, f), "");
        }

        File.WriteAllText(ws.Path($"history/.2024-02.json.tmp-{GonePid}-1"), "{");
        using (SectorScope.Pipeline.WorkspaceLock.Acquire(ws.Root))
        {
        }

        Assert.All(gone, f => Assert.False(File.Exists(Path.Combine(cache, f)), f));
        Assert.All(alive, f => Assert.True(File.Exists(Path.Combine(cache, f)), f));
        Assert.Empty(Directory.GetFiles(ws.Path("history")));
    }
}
