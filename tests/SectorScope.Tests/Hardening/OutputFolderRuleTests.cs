using SectorScope.Cli;
using SectorScope.Rendering.Output;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Hardening;

/// <summary>
/// <c>report --out DIR</c> creates a new folder or replaces one SectorScope wrote, and nothing else: each folder an attack
/// run once had replaced (the workspace's parent, the workspace, history/, narrative/, a folder with an unrelated file) is
/// refused with exit 2 before anything is written, and every file around it stays as it was.
/// </summary>
public sealed class OutputFolderRuleTests : IDisposable
{
    private readonly string _container = Path.Combine(Path.GetTempPath(), "sectorscope-tests", "out-rule-" + Guid.NewGuid().ToString("N"));
    private readonly string _ws;

    public OutputFolderRuleTests()
    {
        using var source = new TestWorkspace();
        _ws = Path.Combine(_container, "ws");
        WorkspaceCopy.Copy(source.Root, _ws);
        Directory.CreateDirectory(Path.Combine(_ws, "narrative"));
        File.WriteAllText(Path.Combine(_ws, "narrative", "thesis.md"), "分析师的观点\n");
        var previous = HistoryWorkspace.Entry("2024-01", "2024-02-05", "上期报告", null);
        Directory.CreateDirectory(Path.Combine(_ws, ReportHistory.Folder));
        File.WriteAllText(Path.Combine(_ws, ReportHistory.RelativePath(previous.Period)), HistoryJson.Serialize(previous));
        File.WriteAllText(Path.Combine(_container, "beside.txt"), "a file beside the workspace\n");
    }

    public void Dispose() => Directory.Delete(_container, recursive: true);

    private int Report(string output, string formats = "json") =>
        SectorScopeCli.Run(["report", "--workspace", _ws, "--out", output, "--format", formats, "--no-history"]);

    private void AssertRefusedAndUntouched(string output)
    {
        var before = FolderSnapshot.Of(_container);
        Assert.Equal(ExitCodes.Usage, Report(output));
        Assert.Equal(before, FolderSnapshot.Of(_container));
    }

    [Fact]
    public void The_parent_of_the_workspace_is_refused() => AssertRefusedAndUntouched(_container);

    [Fact]
    public void The_workspace_itself_is_refused() => AssertRefusedAndUntouched(_ws);

    [Fact]
    public void The_history_folder_is_refused() => AssertRefusedAndUntouched(Path.Combine(_ws, "history"));

    [Fact]
    public void The_narrative_folder_is_refused() => AssertRefusedAndUntouched(Path.Combine(_ws, "narrative"));

    [Fact]
    public void The_cache_folder_is_refused() => AssertRefusedAndUntouched(Path.Combine(_ws, ".sectorscope"));

    [Fact]
    public void A_new_folder_inside_the_workspace_but_outside_out_is_refused() => AssertRefusedAndUntouched(Path.Combine(_ws, "reports", "2024-02"));

    [Fact]
    public void A_folder_with_an_unrelated_file_is_refused()
    {
        var other = Path.Combine(_container, "documents");
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "contract.docx"), "someone's work\n");
        AssertRefusedAndUntouched(other);
    }

    [Fact]
    public void A_symbolic_link_to_the_workspace_is_refused()
    {
        var link = Path.Combine(_container, "link-to-ws");
        Directory.CreateSymbolicLink(link, _ws);
        AssertRefusedAndUntouched(link);
    }

    [Fact]
    public void The_file_system_root_is_refused() => AssertRefusedAndUntouched("/");

    [Fact]
    public void An_empty_name_is_refused() => AssertRefusedAndUntouched("");

    [Fact]
    public void A_file_is_refused()
    {
        var file = Path.Combine(_container, "beside.txt");
        AssertRefusedAndUntouched(file);
    }

    [Fact]
    public void A_previous_report_with_a_file_added_is_refused_and_keeps_the_file()
    {
        var output = Path.Combine(_container, "report");
        Assert.Equal(ExitCodes.Ok, Report(output));
        File.WriteAllText(Path.Combine(output, "notes.txt"), "the analyst's notes\n");
        AssertRefusedAndUntouched(output);
    }

    [Fact]
    public void A_previous_report_edited_after_it_was_written_is_refused()
    {
        var output = Path.Combine(_container, "report");
        Assert.Equal(ExitCodes.Ok, Report(output));
        File.AppendAllText(Path.Combine(output, "report.json"), "\n");
        AssertRefusedAndUntouched(output);
    }

    [Fact]
    public void A_previous_report_is_replaced_a_new_an_empty_and_the_workspace_out_folder_are_written()
    {
        var output = Path.Combine(_container, "report");
        Assert.Equal(ExitCodes.Ok, Report(output, "md,json"));
        Assert.Equal(ExitCodes.Ok, Report(output, "json"));
        Assert.False(File.Exists(Path.Combine(output, "report.md")));
        Assert.True(File.Exists(Path.Combine(output, "report.json")));

        var empty = Path.Combine(_container, "empty");
        Directory.CreateDirectory(empty);
        Assert.Equal(ExitCodes.Ok, Report(empty));
        Assert.True(File.Exists(Path.Combine(empty, "manifest.json")));

        var inside = Path.Combine(_ws, OutputTarget.ReportsFolder, "2024-02");
        Assert.Equal(ExitCodes.Ok, Report(inside));
        Assert.True(File.Exists(Path.Combine(inside, "report.json")));
        // Nothing but the reports is left beside them: no staging or previous-report folder.
        Assert.Equal(["empty", "report"], Directory.GetDirectories(_container).Select(Path.GetFileName).Where(n => n != "ws").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_refusal_names_the_folder_and_says_why()
    {
        var history = Path.Combine(_ws, "history");
        var refused = Assert.Throws<OutputFolderRefusedException>(() => OutputTarget.Check(_ws, history));
        Assert.Equal(history, refused.Folder);
        Assert.Equal("在工作区内；工作区内的报告只能写到 out/ 之下", refused.Reason);
        Assert.Equal($"包含工作区 {_ws}，写出报告会删除它和其中的全部文件", Assert.Throws<OutputFolderRefusedException>(() => OutputTarget.Check(_ws, _container)).Reason);
    }
}
