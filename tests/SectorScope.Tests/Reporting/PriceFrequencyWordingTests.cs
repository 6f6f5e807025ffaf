using SectorScope.Analytics;
using SectorScope.Pipeline;
using SectorScope.Reporting.FactCheck;
using SectorScope.Reporting.Wordings;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Reporting;

/// <summary>
/// What the text says of the prices it was given: monthly closes named as monthly in the methods note, a change
/// that shows as 0.0% worded flat, and a comparison index without a month-end close said in the review text.
/// </summary>
public sealed class PriceFrequencyWordingTests : IDisposable
{
    private readonly TestWorkspace _ws = new();
    private readonly List<string> _copies = [];

    public void Dispose()
    {
        _ws.Dispose();
        foreach (var copy in _copies)
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private string Sample(string name)
    {
        var copy = Repository.CopyToTemp(Path.Combine(Repository.Root, "samples", name));
        _copies.Add(copy);
        return copy;
    }

    [Fact]
    public void Monthly_only_prices_are_named_monthly_in_the_methods_note()
    {
        // fPortfolio's SMALLCAP: one close a month for every stock and the market index.
        var model = ReportPipeline.BuildModel(Sample("us-smallcap-2001-12"), null, null).Value.Model;

        Assert.Contains("区间收益率：期末收盘价 ÷ 期初收盘价 − 1，复利而非累加；美股为月度收盘价，期末、期初为数据所给的本月、上月月度收盘价；期初或期末缺少收盘价的股票不计入并单独列示。", model.Methods.Lines);
        Assert.DoesNotContain(model.Methods.Lines, l => l.Contains("交易日", StringComparison.Ordinal));
    }

    [Fact]
    public void Daily_prices_keep_the_trading_day_wording()
    {
        // The demo's closes are daily in both markets (the test workspace's are month ends only, so read as monthly).
        var model = ReportPipeline.BuildModel(Sample("internet-2024-11"), null, null).Value.Model;

        Assert.Contains("区间收益率：期末（该市场本月最后一个交易日）收盘价 ÷ 期初（该市场上月最后一个交易日）收盘价 − 1，按各市场自身交易日计算，复利而非累加；期初或期末缺少收盘价的股票不计入并单独列示。", model.Methods.Lines);
    }

    [Fact]
    public void Markets_of_different_frequencies_are_each_named()
    {
        var line = Wording.ZhCn.ReturnsMethod([("港股", Frequency.Daily), ("美股", Frequency.Monthly), ("英股", Frequency.Daily)]);

        Assert.Equal("区间收益率：期末收盘价 ÷ 期初收盘价 − 1，复利而非累加；港股、英股为每日收盘价，期末、期初为该市场本月、上月最后一个交易日的收盘价；"
            + "美股为月度收盘价，期末、期初为数据所给的本月、上月月度收盘价；期初或期末缺少收盘价的股票不计入并单独列示。", line);
        Assert.StartsWith("Period return: the close at the end ÷ the close at the start − 1, compounded, not summed; US has monthly closes:",
            Wording.En.ReturnsMethod([("US", Frequency.Monthly)]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.013, "持平", "持平", "was flat")]
    [InlineData(0.049, "持平", "持平", "was flat")]
    [InlineData(0.0, "持平", "持平", "was flat")]
    [InlineData(-0.05, "下降0.1%", "下跌0.1%", "fell 0.1%")]
    [InlineData(0.05, "增长0.1%", "上涨0.1%", "rose 0.1%")]
    [InlineData(-13.84, "下降13.8%", "下跌13.8%", "fell 13.8%")]
    public void A_change_is_worded_by_the_sign_of_its_displayed_value(double pct, string change, string move, string english)
    {
        Assert.Equal(change, Wording.ZhCn.Change(pct));
        Assert.Equal(move, Wording.ZhCn.Move(pct));
        Assert.Equal(english, Wording.En.Change(pct));
        Assert.Equal(english, Wording.En.Move(pct));
    }

    [Fact]
    public void A_yoy_change_that_shows_as_zero_reads_flat_and_the_fact_check_agrees()
    {
        // gretl's swisspharma: imports of 2008Q2 are 0.0127% below 2007Q2 (10,264.7 against 10,266.0 million CHF).
        var workspace = Sample("swiss-healthcare-2008-08");
        File.WriteAllText(Path.Combine(workspace, "narrative", "industry.md"),
            "二季度瑞士医药产品进口额同比{{ yoy_move 医药产品进口额 }}。\n\n医药产品进口额同比持平，同比0.0%。\n");

        var model = ReportPipeline.BuildModel(workspace, null, null).Value.Model;

        Assert.Contains("二季度瑞士医药产品进口额同比持平。", model.NewsSections.SelectMany(s => s.Commentary ?? []));
        var finding = Assert.Single(model.FactCheck!.Findings);
        Assert.Equal((FactVerdict.Agrees, "0.0%"), (finding.Verdict, finding.Computed));
    }

    [Fact]
    public void A_comparison_index_without_a_close_at_the_month_end_is_said_in_the_review()
    {
        // As the SPI has no close on 2008-09-30 in fPortfolio's SPISECTOR: the US market trades on 2024-02-29 (AAA.US)
        // but the comparison index USI has no close that day.
        _ws.Append("prices/us.csv", "2024-02-29,AAA.US,5.6");

        var review = ReportPipeline.BuildModel(_ws.Root, null, null).Value.Model.MarketReview;

        Assert.Null(review.Comparison);
        Assert.Equal("2月港股测试指数单月下跌2.0%。美股测试指数2024年2月无涨跌幅：2024年2月29日无收盘价。", review.Paragraphs[0]);
    }

    [Fact]
    public void The_swiss_sample_in_september_2008_says_the_spi_has_no_return()
    {
        var workspace = Sample("swiss-healthcare-2008-08");
        // Its analyst's review names the SPI's return by placeholder, which September 2008 does not have.
        File.Delete(Path.Combine(workspace, "narrative", "market-review.md"));

        var review = ReportPipeline.BuildModel(workspace, new ReportPeriod(2008, 9), new DateOnly(2008, 9, 30)).Value.Model.MarketReview;

        Assert.EndsWith("。瑞士表现指数2008年9月无涨跌幅：2008年9月30日无收盘价。", review.Paragraphs[0], StringComparison.Ordinal);
    }
}
