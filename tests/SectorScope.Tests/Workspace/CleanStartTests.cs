using SectorScope.Cli;
using SectorScope.Pipeline;
using SectorScope.Rendering.Output;
using SectorScope.Tests.Hardening;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Workspace;

/// <summary>
/// A new analyst's first steps: <c>init</c> gives a workspace with nothing of the demo, <c>--example</c> the demo without
/// its history, a copied history entry of another sector is not this report's predecessor, reports go into the
/// workspace's own <c>out/</c>, and a run without <c>--workspace</c> says which workspace it read.
/// </summary>
public sealed class CleanStartTests : IDisposable
{
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "sectorscope-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_scratch))
        {
            Directory.Delete(_scratch, recursive: true);
        }
    }

    /// <summary>Every company name of the demo's securities.csv.</summary>
    public static IReadOnlyList<string> DemoCompanyNames() =>
        [.. File.ReadAllLines(Path.Combine(Repository.DemoWorkspace, "securities.csv")).Skip(1).Select(l => l.Split(',')[1]).Where(n => n.Length > 0)];

    [Fact]
    public void Init_writes_headers_stubs_and_an_empty_history_and_nothing_of_the_demo()
    {
        var ws = Path.Combine(_scratch, "ws");
        Assert.Equal(ExitCodes.Ok, SectorScopeCli.Run(["init", ws]));

        Assert.Equal("code,name,market,currency,sub_sector,name_en,shares_mn,fy_end\n", File.ReadAllText(Path.Combine(ws, "securities.csv")));
        Assert.Equal("date,code,close\n", File.ReadAllText(Path.Combine(ws, "prices", "prices.csv")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(ws, ReportHistory.Folder)));
        var text = string.Join("\n", Directory.EnumerateFiles(ws, "*", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.DoesNotContain(DemoCompanyNames(), text.Contains);
        Assert.DoesNotContain("互联网", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_of_a_fresh_workspace_fails_naming_the_placeholder_code_to_replace()
    {
        var ws = Path.Combine(_scratch, "ws");
        SectorScopeCli.Run(["init", ws]);
        var run = CliProcess.Run("check", "--workspace", ws);
        Assert.Equal(ExitCodes.InputErrors, run.ExitCode);
        Assert.Contains("sectorscope.yaml:14: headline_index: 「MARKET_INDEX」 不在 indices.csv 中", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_refuses_a_folder_that_is_not_empty()
    {
        Directory.CreateDirectory(_scratch);
        File.WriteAllText(Path.Combine(_scratch, "mine.txt"), "x");
        Assert.Equal(ExitCodes.Usage, SectorScopeCli.Run(["init", _scratch]));
        Assert.Equal(["mine.txt"], Directory.GetFiles(_scratch).Select(Path.GetFileName));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Init_example_copies_the_demo_without_its_history_and_its_first_report_borrows_no_changes()
    {
        var ws = Path.Combine(_scratch, "ws");
        Assert.Equal(ExitCodes.Ok, SectorScopeCli.Run(["init", ws, "--example"]));
        Assert.Equal(File.ReadAllText(Path.Combine(Repository.DemoWorkspace, "securities.csv")), File.ReadAllText(Path.Combine(ws, "securities.csv")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(ws, ReportHistory.Folder)));

        var november = ReportPipeline.BuildModel(ws, new ReportPeriod(2024, 11), null).Value.Model;
        Assert.Null(november.Changes.Previous);
        Assert.DoesNotContain(november.FrontPage.RelatedResearch, r => r.Source.StartsWith(ReportHistory.Folder, StringComparison.Ordinal));
    }

    [Fact]
    public void A_history_entry_of_another_sector_is_not_used_and_the_run_says_so()
    {
        using var demo = new DemoCopy();
        var settings = Path.Combine(demo.Root, SettingsReader.FileName);
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("sector: 互联网", "sector: 医药", StringComparison.Ordinal));

        var model = ReportPipeline.BuildModel(demo.Root, null, null).Value.Model;

        Assert.Null(model.Changes.Previous);
        Assert.Empty(model.Changes.Companies);
        Assert.Equal(["未用于报告 history/2024-10.json：行业为「互联网」，本工作区为「医药」，不用于评级与盈利预测变动和相关研究"], model.Notices);
        Assert.DoesNotContain(model.FrontPage.RelatedResearch, r => r.Source == "history/2024-10.json");
    }

    [Fact]
    public void A_history_entry_of_another_firm_is_not_used_but_one_without_a_firm_is()
    {
        var entry = new HistoryEntry(new ReportPeriod(2024, 10), new DateOnly(2024, 11, 11), "T", null, "互联网", null, [], "history/2024-10.json", "甲证券");
        Assert.Equal("机构为「甲证券」，本工作区为「乙证券」", entry.ForeignTo("互联网", "乙证券"));
        Assert.Null(entry.ForeignTo(" 互联网 ", "甲证券"));
        Assert.Null((entry with { Firm = null }).ForeignTo("互联网", "乙证券"));
        var roundTrip = HistoryJson.Parse("history/2024-10.json", entry.Period, System.Text.Encoding.UTF8.GetBytes(HistoryJson.Serialize(entry)), ["买入"], new DiagnosticBag());
        Assert.Equal("甲证券", roundTrip!.Firm);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void A_report_without_out_goes_into_the_workspace_own_out_folder()
    {
        using var one = new TestWorkspace();
        using var two = new TestWorkspace();
        foreach (var ws in new[] { one, two })
        {
            Assert.Equal(ExitCodes.Ok, SectorScopeCli.Run(["report", "--workspace", ws.Root, "--format", "md", "--no-history"]));
        }

        // Same period, two workspaces: two reports, neither replacing the other.
        foreach (var ws in new[] { one, two })
        {
            Assert.True(File.Exists(Path.Combine(ws.Root, OutputTarget.ReportsFolder, "2024-02", "report.md")));
        }
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Check_inside_a_workspace_folder_checks_that_workspace_and_says_so()
    {
        using var ws = new TestWorkspace();
        ws.Append("prices/hk.csv", "2024-03-01,0002.HK,-5");
        var run = CliProcess.RunIn(ws.Root, "check");
        Assert.Equal(ExitCodes.InputErrors, run.ExitCode);
        Assert.Contains($"使用当前目录的工作区 {ws.Root}", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("prices/hk.csv:9: close:", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_settings_in_the_current_folder_the_demo_is_named()
    {
        Directory.CreateDirectory(_scratch);
        var chosen = CliProcess.RunIn(_scratch, "check", "--period", "2024-13");
        Assert.Equal(ExitCodes.Usage, chosen.ExitCode);
        Assert.Contains("当前目录没有 sectorscope.yaml：使用自带的示例工作区", chosen.Stderr, StringComparison.Ordinal);
    }
}
