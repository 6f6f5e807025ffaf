using DocumentFormat.OpenXml.Packaging;
using SectorScope.Tests.Rendering.Docx;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Demo;

/// <summary>The demo against its synthetic October record (samples/internet-2024-11/history/2024-10.json).</summary>
[Collection(DemoReportCollection.Name)]
[Trait("Category", "Slow")]
public sealed class DemoChangesTests(DemoReportFixture demo)
{
    [Fact]
    public void The_demo_shows_the_changes_since_October_in_the_model_and_the_markdown()
    {
        var changes = demo.Result.Model.Changes;
        Assert.Equal(("2024-10", "history/2024-10.json"), (changes.Previous!.Period, changes.Previous.File));
        Assert.Equal(["维持", "维持", "维持", "维持", "停止覆盖"], changes.Companies.Select(c => c.ActionLabel));
        // NetEase 2024: 11.2 now, 10.9 in October: 11.2 / 10.9 − 1 = 2.752…%; Meituan 2025: 8.6 / 8.8 − 1 = −2.272…%.
        Assert.Equal((11.2 / 10.9 - 1) * 100, changes.Companies.Single(c => c.Code == "9999.HK").Eps.Single(e => e.Year == 2024).Revision.Value!.Value, 10);
        Assert.Equal((8.6 / 8.8 - 1) * 100, changes.Companies.Single(c => c.Code == "3690.HK").Eps.Single(e => e.Year == 2025).Revision.Value!.Value, 10);

        Assert.Contains("**评级与盈利预测变动：**维持腾讯控股、网易-S、美团-W、阿里巴巴-SW「优于大市」评级；停止覆盖快手-W；上调网易-S 24年EPS 2.8%；下调美团-W 25年EPS 2.3%。", demo.Markdown);
        Assert.Contains("| 9999.HK | 网易-S | 优于大市 | 优于大市 | 维持 | 10.9 | 11.2 | 2.8% | 12.0 | 12.0 | 0.0% |", demo.Markdown);
        Assert.Contains("| 1024.HK | 快手-W | 中性 | — | 停止覆盖 | 3.9 | — | — | 4.6 | — | — |", demo.Markdown);
        Assert.Equal(10, demo.Csv("changes").Count);
    }

    [Fact]
    public void The_golden_markdown_holds_the_changes_table()
    {
        var golden = string.Concat(Directory.EnumerateFiles(Repository.TestData("Demo", "snapshots", "report.md"), "*.md")
            .Where(f => !Snapshot.IsReceived(f)).Order(StringComparer.Ordinal).Select(File.ReadAllText));
        Assert.Contains("：评级与盈利预测变动**", golden);
        Assert.Contains("| 公司代码 | 公司名称 | 上期评级 | 本期评级 | 评级变动 | 2024E EPS 上期 | 2024E EPS 本期 | 2024E EPS 调整幅度 |", golden);
    }

    [Fact]
    public void Related_research_lists_the_October_report_from_history_once_and_the_configured_ones()
    {
        var related = demo.Result.Model.FrontPage.RelatedResearch;
        var october = Assert.Single(related, r => r.Title.StartsWith("互联网行业2024年11月投资策略", StringComparison.Ordinal));
        Assert.Equal(("互联网行业2024年11月投资策略-业绩期将至，互联网龙头有望持续抬升盈利底部", "2024-11-11", "history/2024-10.json"), (october.Title, october.Date, october.Source));
        Assert.Equal(4, related.Count(r => r.Source == "sectorscope.yaml"));
        Assert.Equal(related.Select(r => r.Date).OrderByDescending(d => d, StringComparer.Ordinal), related.Select(r => r.Date));
    }

    [Fact]
    public void The_demo_run_records_November_in_its_copy_of_the_workspace()
    {
        Assert.Equal("history/2024-11.json", demo.Result.HistoryFile);
        Assert.True(File.Exists(Path.Combine(demo.Workspace, "history", "2024-11.json")));
        Assert.False(File.Exists(Path.Combine(Repository.DemoWorkspace, "history", "2024-11.json")));
    }

    [Fact]
    public void Word_and_HTML_carry_the_changes_as_a_numbered_table_with_its_source()
    {
        var t = demo.Result.Model.Table("changes");
        Assert.Equal($"表{demo.Result.Model.Tables.Count}", t.Label);
        using (var doc = WordprocessingDocument.Open(Path.Combine(demo.Output, "report.docx"), false))
        {
            var table = doc.TableAfter($"{t.Label}：{t.Caption}");
            Assert.Contains(table.Cells(), row => row.SequenceEqual(["1024.HK", "快手-W", "中性", "—", "停止覆盖", "3.9", "—", "—", "4.6", "—", "—"]));
        }

        var html = File.ReadAllText(Path.Combine(demo.Output, "report.html"));
        Assert.Contains($"{t.Label}：{t.Caption}", html);
        Assert.Contains("停止覆盖", html);
    }
}
