using SectorScope.Reporting.Lint;
using SectorScope.Reporting.Model;
using SectorScope.Tests.Demo;

namespace SectorScope.Tests.Reporting;

[Collection(DemoReportCollection.Name)]
[Trait("Category", "Slow")]
public sealed class ReportLintTests(DemoReportFixture demo)
{
    private ReportModel Model => demo.Result.Model;

    [Fact]
    public void The_demo_report_passes_the_lint() => Assert.Empty(ReportLint.Check(Model));

    [Fact]
    public void A_gap_in_figure_numbers_is_found()
    {
        var figures = Model.Figures.Select(f => f.Number >= 3 ? f with { Number = f.Number + 1 } : f).ToArray();
        var findings = ReportLint.Check(Model with { Figures = figures });
        Assert.Contains(findings, f => f.Rule == "numbering" && f.Where == "图4" && f.Message.StartsWith("expected 图3", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_without_a_source_line_is_found()
    {
        var tables = Model.Tables.Select((t, i) => i == 1 ? t with { SourceLine = "" } : t).ToArray();
        var finding = Assert.Single(ReportLint.Check(Model with { Tables = tables }));
        Assert.Equal(("表2", "source"), (finding.Where, finding.Rule));
    }

    [Fact]
    public void A_second_cut_off_date_is_found()
    {
        var valuation = Model.Valuation with { Paragraphs = ["截至2024年11月29日，恒生科技指数 PE-TTM 为20.49x。"] };
        var finding = Assert.Single(ReportLint.Check(Model with { Valuation = valuation }));
        Assert.Equal("cut-off date", finding.Rule);
        Assert.Contains("2024-12-02", finding.Message);
    }

    [Fact]
    public void Excess_in_percent_and_returns_in_pct_are_found()
    {
        var review = Model.MarketReview with { Paragraphs = ["SEA跑赢纳斯达克综合指数14.8%，单月上涨21.0pct。"] };
        var findings = ReportLint.Check(Model with { MarketReview = review });
        Assert.Equal(2, findings.Count(f => f.Rule == "units"));
    }

    [Fact]
    public void A_quantity_shown_in_the_wrong_unit_is_found()
    {
        var pe = Model.Valuation.PeTtm! with { Display = "20.59" };
        var finding = Assert.Single(ReportLint.Check(Model with { Valuation = Model.Valuation with { PeTtm = pe } }));
        Assert.Equal("units", finding.Rule);
    }
}
