using SectorScope.Cli;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Hardening;

/// <summary>
/// Output folders that cannot be used once crashed with exit 134 and a stack trace. Now a folder that may not or cannot be
/// made exits 2 naming it, a failure while writing (a full disk) exits 3, and in every case nothing is left behind: no
/// report, no staging folder, no history entry.
/// </summary>
[Trait("Category", "Slow")]
public sealed class UnusableOutputFolderTests : IDisposable
{
    private readonly TestWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private string History => _ws.Path("history/2024-02.json");

    private CliRun Report(string output) => CliProcess.Run("report", "--workspace", _ws.Root, "--out", output, "--format", "md,json");

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("/proc/sectorscope-report")]
    [InlineData("/proc/self/status")]
    public void A_folder_that_cannot_be_made_exits_2_with_one_line_naming_it(string output)
    {
        var run = Report(output);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.StartsWith($"用法错误：--out {output}：", run.Stderr, StringComparison.Ordinal);
        Assert.False(run.ShowsStackTrace);
        Assert.False(File.Exists(History));
    }

    [Fact]
    public void A_file_exits_2_and_stays_as_it_was()
    {
        var file = _ws.OutputFolder;
        File.WriteAllText(file, "not a folder\n");
        try
        {
            var run = Report(file);
            Assert.Equal(ExitCodes.Usage, run.ExitCode);
            Assert.Contains("是一个文件，不是目录", run.Stderr.ReplaceLineEndings(""));
            Assert.Equal("not a folder\n", File.ReadAllText(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>A report into <c>report/</c> of a fresh file system mounted with <paramref name="options"/>; says how it exited and what it left there.</summary>
    private CliRun ReportOnMountedFolder(string options) => Namespace.Run($"""
        d='{_ws.OutputFolder}'
        mkdir -p "$d" && mount -t tmpfs -o {options} tmpfs "$d" || exit 99
        $CLI report --workspace '{_ws.Root}' --out "$d/report" --format md,json
        echo "exit=$?"
        echo "left=$(ls -A "$d" | tr '\n' ' ')"
        """);

    [Fact]
    public void A_read_only_parent_exits_2_and_nothing_is_written()
    {
        var run = ReportOnMountedFolder("ro,size=1m");
        Assert.Contains("exit=2", run.Stdout);
        Assert.Contains("left=\n", run.Stdout);
        Assert.Contains("无法在此创建输出目录", run.Stderr.ReplaceLineEndings(""));
        Assert.False(run.ShowsStackTrace);
        Assert.False(File.Exists(History));
    }

    [Fact]
    public void A_full_disk_exits_3_and_leaves_neither_a_partial_report_nor_a_history_entry()
    {
        // 64 KiB holds the folder but not the charts the Markdown report links.
        var run = ReportOnMountedFolder("size=64k");
        Assert.Contains("exit=3", run.Stdout);
        Assert.Contains("left=\n", run.Stdout);
        Assert.Contains("No space left on device", run.Stderr.ReplaceLineEndings(""));
        Assert.False(run.ShowsStackTrace);
        Assert.False(File.Exists(History));
    }

    [Fact]
    public void A_previous_report_that_cannot_be_deleted_is_replaced_the_history_recorded_and_the_leftover_removed_by_the_next_run()
    {
        var output = Path.GetFullPath(_ws.OutputFolder);
        Assert.Equal(ExitCodes.Ok, Report(output).ExitCode);
        File.Delete(History);
        // A read-only file mounted over one of the report's files (same bytes, so the folder is still the report SectorScope
        // wrote): it can be renamed aside with its folder but not deleted, even by root.
        var run = Namespace.Run($"""
            d='{output}'
            cp "$d/report.md" "$d.pinned" && mount --bind -o ro "$d.pinned" "$d/report.md" || exit 99
            $CLI report --workspace '{_ws.Root}' --out "$d" --format json
            echo "exit=$?"
            """);
        File.Delete(output + ".pinned");
        Assert.Contains("exit=0", run.Stdout);
        Assert.Contains("上一期报告未能删除", run.Stdout.ReplaceLineEndings(""));
        Assert.True(File.Exists(History));
        Assert.False(File.Exists(Path.Combine(output, "report.md")));
        var leftover = Assert.Single(Directory.GetDirectories(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.old-*"));

        Assert.Equal(ExitCodes.Ok, Report(output).ExitCode);
        Assert.False(Directory.Exists(leftover));
    }
}
