using SectorScope.Cli;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Cli;

public sealed class ExitCodeTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public void Report_on_a_valid_workspace_exits_0_and_writes_the_folder()
    {
        using var ws = new TestWorkspace();
        Assert.Equal(ExitCodes.Ok, SectorScopeCli.Run(["report", "--workspace", ws.Root, "--out", ws.OutputFolder]));
        Assert.True(File.Exists(Path.Combine(ws.OutputFolder, "report.md")));
        Assert.True(File.Exists(Path.Combine(ws.OutputFolder, "tables", "stock_returns.csv")));
        Assert.True(File.Exists(Path.Combine(ws.OutputFolder, "manifest.json")));
    }

    [Fact]
    public void Input_errors_exit_1()
    {
        using var ws = new TestWorkspace();
        ws.Append("prices/hk.csv", "2024-03-01,0001.HK,-5");
        Assert.Equal(ExitCodes.InputErrors, SectorScopeCli.Run(["check", "--workspace", ws.Root]));
    }

    [Theory]
    [InlineData("report", "--period", "2024-13")]
    [InlineData("report", "--as-of", "yesterday")]
    [InlineData("report", "--format", "md,tiff")]
    [InlineData("report", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData("pdf", "/nonexistent/report.docx")]
    [InlineData("pdf")]
    public void Usage_errors_exit_2(params string[] args) => Assert.Equal(ExitCodes.Usage, SectorScopeCli.Run(args));

    [Fact]
    public void A_word_template_that_is_not_a_word_file_is_an_input_error_and_nothing_is_written()
    {
        using var ws = new TestWorkspace();
        ws.Write("firm.dotx", "not a zip package");
        ws.Append("sectorscope.yaml", "word_template: firm.dotx");
        Assert.Equal(ExitCodes.InputErrors, SectorScopeCli.Run(["report", "--workspace", ws.Root, "--out", ws.OutputFolder, "--format", "docx"]));
        Assert.False(Directory.Exists(ws.OutputFolder));
    }

    [Fact]
    public void Help_exits_0() => Assert.Equal(ExitCodes.Ok, SectorScopeCli.Run(["report", "--help"]));

    [Fact]
    public void Ingest_reports_up_to_date_the_second_time()
    {
        using var ws = new TestWorkspace();
        var (_, first) = SectorScope.Pipeline.ReportPipeline.Ingest(ws.Root).Value;
        var (_, second) = SectorScope.Pipeline.ReportPipeline.Ingest(ws.Root).Value;
        Assert.False(first.UpToDate);
        Assert.True(second.UpToDate);
        ws.Append("prices/us.csv", "2024-03-01,AAA.US,5.6");
        var (_, third) = SectorScope.Pipeline.ReportPipeline.Ingest(ws.Root).Value;
        Assert.Equal(["prices/us.csv"], third.Refreshed);
    }
}
