using SectorScope.Pipeline;
using SectorScope.Reporting.Lint;
using SectorScope.Reporting.Model;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Reporting;

/// <summary>评级与盈利预测变动 on the history fixture: period 2024-02 against the 2024-01 entry.</summary>
public sealed class ChangesTests : IDisposable
{
    private readonly TestWorkspace _ws = HistoryWorkspace.Create();
    private readonly ReportRunResult _run;

    public ChangesTests() => _run = ReportPipeline.Run(_ws.Root, null, null, _ws.OutputFolder, OutputFormats.Text).Value;

    private ChangesSection Changes => _run.Model.Changes;

    private CompanyChange Company(string code) => Changes.Companies.Single(c => c.Code == code);

    public void Dispose() => _ws.Dispose();

    [Fact]
    public void Compares_against_the_latest_entry_strictly_before_the_period()
    {
        Assert.Equal("2024-01", Changes.Previous!.Period);
        Assert.Equal("history/2024-01.json", Changes.Previous.File);
        Assert.Equal("2024-02-05", Changes.Previous.AsOf);
    }

    [Theory]
    [InlineData("0001.HK", "维持", "买入", "买入")]
    [InlineData("0002.HK", "上调", "中性", "优于大市")]
    [InlineData("AAA.US", "下调", "买入", "中性")]
    [InlineData("0003.HK", "首次覆盖", null, "中性")]
    [InlineData("0004.HK", "停止覆盖", "优于大市", null)]
    public void Rating_action_follows_the_rating_scale(string code, string label, string? previous, string? current)
    {
        var c = Company(code);
        Assert.Equal((label, previous, current), (c.ActionLabel, c.PreviousRating, c.Rating));
    }

    [Fact]
    public void Companies_are_in_table_order_then_dropped_ones()
    {
        Assert.Equal(["0001.HK", "0002.HK", "AAA.US", "0003.HK", "0004.HK"], Changes.Companies.Select(c => c.Code));
    }

    [Fact]
    public void Eps_revision_is_new_over_old_minus_one_in_percent()
    {
        // 0001.HK 2024: 1.2 now, 1.25 before: (1.2 − 1.25) / 1.25 = −0.04 → −4.0%.
        // 0002.HK 2024: 0.9 now, 0.8 before: (0.9 − 0.8) / 0.8 = 0.125 → 12.5%.
        double expected0001 = (1.2 - 1.25) / 1.25 * 100;
        double expected0002 = (0.9 - 0.8) / 0.8 * 100;
        Assert.Equal(-4.0, expected0001, 12);
        Assert.Equal(12.5, expected0002, 12);

        var first = Company("0001.HK").Eps.Single(e => e.Year == 2024);
        Assert.Equal(expected0001, first.Revision.Value!.Value, 10);
        Assert.Equal("-4.0%", first.Revision.Display);
        Assert.Equal(expected0002, Company("0002.HK").Eps.Single(e => e.Year == 2024).Revision.Value!.Value, 10);

        var csv = ExpectedCsv.Read(Path.Combine(_ws.OutputFolder, "tables", "changes.csv"));
        var row = csv.Single(r => r["code"] == "0001.HK" && r["year"] == "2024");
        Assert.Equal(expected0001, double.Parse(row["eps_revision_pct"], System.Globalization.CultureInfo.InvariantCulture), 10);
        Assert.Equal("history/2024-01.json", row["previous_file"]);
    }

    [Fact]
    public void A_revision_against_a_loss_is_NM_and_a_missing_side_is_a_dash()
    {
        var loss = Company("0001.HK").Eps.Single(e => e.Year == 2025);
        Assert.Equal((-0.5, -1.0, null, "NM"), (loss.Previous, loss.Current, loss.Revision.Value, loss.Revision.Display));
        var initiated = Company("0003.HK").Eps.Single(e => e.Year == 2024);
        Assert.Equal((null, "—"), (initiated.Revision.Value, initiated.Revision.Display));
    }

    [Fact]
    public void Target_price_change_is_shown_when_present()
    {
        // 15 now, 12 before: 15 / 12 − 1 = 25%.
        var change = Company("0001.HK").TargetPriceChange!;
        Assert.Equal(25.0, change.Value!.Value, 10);
        Assert.Equal("25.0%", change.Display);
        Assert.Contains(_run.Model.Table("changes").Columns, c => c.Group == "目标价");
    }

    [Fact]
    public void The_front_page_key_point_sums_up_the_actions_and_revisions()
    {
        var point = _run.Model.FrontPage.KeyPoints.Single(k => k.Label == "评级与盈利预测变动");
        // The 2024-01 report rated the sector 优于大市; this one 买入.
        Assert.Equal("上调测试行业评级至「买入」；维持甲公司「买入」评级；上调乙公司评级至「优于大市」；下调丙公司评级至「中性」；首次覆盖丁公司，给予「中性」评级；停止覆盖戊公司；"
            + "上调乙公司 24年EPS 12.5%；下调甲公司 24年EPS 4.0%；甲公司目标价调整25.0%。", point.Text);
    }

    [Fact]
    public void Related_research_merges_history_and_settings_newest_first_without_duplicates()
    {
        Assert.Equal(
        [
            ("测试行业2024年2月投资策略-上期观点", "2024-02-05", "history/2024-01.json"),
            ("测试周报", "2024-01-20", "sectorscope.yaml"),
            ("测试行业2024年1月投资策略", "2024-01-03", "history/2023-12.json"),
        ], _run.Model.FrontPage.RelatedResearch.Select(r => (r.Title, r.Date, r.Source)));
    }

    [Fact]
    public void The_changes_table_is_numbered_after_the_others_and_passes_the_lint()
    {
        var table = _run.Model.Table("changes");
        Assert.Equal(_run.Model.Tables.Count, table.Number);
        Assert.StartsWith("资料来源", table.SourceLine);
        Assert.Empty(ReportLint.Check(_run.Model));
    }

    [Fact]
    public void A_report_without_earlier_history_says_it_is_the_first_issue()
    {
        using var ws = new TestWorkspace();
        var model = ReportPipeline.Run(ws.Root, null, null, ws.OutputFolder, OutputFormats.Text).Value.Model;
        Assert.Null(model.Changes.Previous);
        Assert.Contains("首次发布", model.Changes.EmptyNote);
        Assert.Contains("首次发布", model.FrontPage.KeyPoints.Single(k => k.Label == "评级与盈利预测变动").Text);
        Assert.Contains("首次发布", File.ReadAllText(Path.Combine(ws.OutputFolder, "report.md")));
        Assert.Empty(ExpectedCsv.Read(Path.Combine(ws.OutputFolder, "tables", "changes.csv")));
        Assert.Empty(ReportLint.Check(model));
    }
}
