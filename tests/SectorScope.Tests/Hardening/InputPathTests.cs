using System.Diagnostics;
using SectorScope.Pipeline;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Hardening;

/// <summary>
/// Every file read must really lie inside the workspace (links followed), be a regular file (looked up before
/// it is opened) and stay under its size limit; a refusal names the file and never prints what it holds.
/// </summary>
public sealed class InputPathTests : IDisposable
{
    private const string Secret = "root:x:0:0:secret-line";
    private readonly TestWorkspace _ws = new();
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "sectorscope-tests", "outside-" + Guid.NewGuid().ToString("N"));

    public InputPathTests()
    {
        Directory.CreateDirectory(_outside);
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), Secret + "\n");
    }

    public void Dispose()
    {
        _ws.Dispose();
        Directory.Delete(_outside, recursive: true);
    }

    private string OutsideFile => Path.Combine(_outside, "secret.txt");

    private static IReadOnlyList<string> Rejected<T>(Func<Outcome<T>> run) => run().Refused().Lines();

    private IReadOnlyList<string> Check() => Rejected(() => ReportPipeline.BuildModel(_ws.Root, null, null));

    [Fact]
    public void Disclaimer_linked_to_a_file_outside_is_refused_without_its_content()
    {
        _ws.Append("sectorscope.yaml", "disclaimer: disclaimer.md");
        File.CreateSymbolicLink(_ws.Path("disclaimer.md"), OutsideFile);
        var errors = Check();
        Assert.Equal(["disclaimer.md: file: 指向工作区之外（路径或符号链接指向别处的文件），不读取"], errors);
    }

    [Fact]
    public void Narrative_linked_outside_is_refused_and_report_writes_nothing()
    {
        Directory.CreateDirectory(_ws.Path("narrative"));
        File.CreateSymbolicLink(_ws.Path("narrative/risks.md"), OutsideFile);
        var errors = Rejected(() => ReportPipeline.Run(_ws.Root, null, null, _ws.OutputFolder, OutputFormats.Text));
        Assert.Equal(["narrative/risks.md: file: 指向工作区之外（路径或符号链接指向别处的文件），不读取"], errors);
        Assert.False(Directory.Exists(_ws.OutputFolder));
    }

    [Fact]
    public void Price_file_linked_outside_never_has_a_line_printed()
    {
        File.CreateSymbolicLink(_ws.Path("prices/shadow.csv"), OutsideFile);
        var errors = Check();
        Assert.Equal(["prices/shadow.csv: file: 指向工作区之外（路径或符号链接指向别处的文件），不读取"], errors);
        Assert.DoesNotContain(errors, e => e.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public void News_folder_linked_outside_is_refused_file_by_file()
    {
        File.WriteAllText(Path.Combine(_outside, "x.jsonl"), File.ReadAllText(_ws.Path("news/2024-02.jsonl")));
        Directory.Delete(_ws.Path("news"), recursive: true);
        Directory.CreateSymbolicLink(_ws.Path("news"), _outside);
        Assert.Equal(["news/x.jsonl: file: 指向工作区之外（路径或符号链接指向别处的文件），不读取"], Check());
    }

    [Fact]
    public void History_folder_linked_outside_is_not_read()
    {
        File.WriteAllText(Path.Combine(_outside, "2024-01.json"), "{}");
        Directory.CreateSymbolicLink(_ws.Path("history"), _outside);
        Assert.Equal(["history/2024-01.json: file: 指向工作区之外（路径或符号链接指向别处的文件），不读取"], Check());
    }

    [Fact]
    public void A_link_inside_the_workspace_is_read_like_the_file()
    {
        File.Move(_ws.Path("fx.csv"), _ws.Path("fx-data.csv"));
        File.CreateSymbolicLink(_ws.Path("fx.csv"), "fx-data.csv");
        var (model, _, _) = ReportPipeline.BuildModel(_ws.Root, null, null).Value;
        Assert.Equal("2024-02", model.Header.Period);
    }

    [Fact]
    public async Task Fifo_in_news_is_refused_without_blocking()
    {
        MakeFifo(_ws.Path("news/pipe.jsonl"));
        // A reader that opened the FIFO would wait for a writer for ever: the bound only turns such a hang into a failure.
        var errors = await Task.Run(Check).WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Equal(["news/pipe.jsonl: file: 不是普通文件（是文件夹、管道、套接字或设备），不读取"], errors);
    }

    [Fact]
    public void Link_to_dev_zero_is_refused_without_reading()
    {
        File.CreateSymbolicLink(_ws.Path("news/zero.jsonl"), "/dev/zero");
        Assert.Equal(["news/zero.jsonl: file: 指向工作区之外（路径或符号链接指向别处的文件），不读取"], Check());
    }

    [Fact]
    public void Device_kind_is_known_before_opening()
    {
        Assert.Equal(FileKindOf.Special, FileKind.Of("/dev/zero"));
        Assert.Equal(FileKindOf.Regular, FileKind.Of(OutsideFile));
        Assert.Equal(FileKindOf.Directory, FileKind.Of(_outside));
        Assert.Equal(FileKindOf.Missing, FileKind.Of(Path.Combine(_outside, "none")));
    }

    [Fact]
    public void Too_large_news_file_is_refused_with_its_size()
    {
        using (var f = File.Create(_ws.Path("news/huge.jsonl")))
        {
            f.SetLength(InputLimits.NewsFileBytes + 1); // sparse: nothing is written
        }

        Assert.Equal(["news/huge.jsonl: file: 67,108,865 字节，超过此类文件 64 MiB 的上限，不读取"], Check());
    }

    [Fact]
    public void Too_large_settings_file_is_refused_with_its_size()
    {
        File.AppendAllText(_ws.Path("sectorscope.yaml"), "# " + new string('x', (int)InputLimits.TextFileBytes) + "\n");
        var errors = Rejected(() => WorkspaceReader.Open(_ws.Root));
        Assert.Single(errors);
        Assert.Matches(@"^sectorscope\.yaml: file: 1,048,\d{3} 字节，超过此类文件 1 MiB 的上限，不读取$", errors[0]);
    }

    [Fact]
    public void Real_path_follows_relative_links_and_dot_dot_after_a_link()
    {
        Directory.CreateDirectory(Path.Combine(_outside, "a", "b"));
        File.CreateSymbolicLink(_ws.Path("up"), Path.Combine(_outside, "a", "b"));
        // "up/.." is the real parent of the link's target, not the workspace.
        Assert.Equal(Path.Combine(_outside, "a"), WorkspacePaths.RealPath(_ws.Path("up/..")));
        Assert.False(WorkspacePaths.IsInside(_ws.Root, _ws.Path("up/../b/new.json")));
        Assert.True(WorkspacePaths.IsInside(_ws.Root, _ws.Path("prices/not-yet.csv")));
    }

    [Fact]
    public void Link_loop_is_refused_not_followed_for_ever()
    {
        File.CreateSymbolicLink(_ws.Path("news/a.jsonl"), "b.jsonl");
        File.CreateSymbolicLink(_ws.Path("news/b.jsonl"), "a.jsonl");
        Assert.Throws<IOException>(() => WorkspacePaths.RealPath(_ws.Path("news/a.jsonl")));
        Assert.Null(WorkspacePaths.Confine(_ws.Root, "news/a.jsonl", out var problem));
        Assert.Equal("是符号链接的循环，不读取", problem);
    }

    [Fact]
    public async Task Check_docx_refuses_a_fifo_and_a_file_over_the_limit()
    {
        var fifo = Path.Combine(_outside, "edited.docx");
        MakeFifo(fifo);
        var errors = await Task.Run(() => Rejected(() => ReportPipeline.CheckDocx(_ws.Root, null, null, fifo))).WaitAsync(TimeSpan.FromMinutes(2));
        Assert.Equal(["edited.docx: file: 不是普通文件（是文件夹、管道、套接字或设备），不读取"], errors);

        var big = Path.Combine(_outside, "big.docx");
        using (var f = File.Create(big))
        {
            f.SetLength(InputLimits.WordFileBytes + 1);
        }

        Assert.Equal(["big.docx: file: 67,108,865 字节，超过此类文件 64 MiB 的上限，不读取"], Rejected(() => ReportPipeline.CheckDocx(_ws.Root, null, null, big)));
    }

    private static void MakeFifo(string path)
    {
        using var p = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }
}
