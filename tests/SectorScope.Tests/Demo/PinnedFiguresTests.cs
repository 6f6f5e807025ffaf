using System.Globalization;
using SectorScope.Reporting;

namespace SectorScope.Tests.Demo;

/// <summary>The demo report reproduces every figure the model report publishes, at display precision.</summary>
[Collection(DemoReportCollection.Name)]
[Trait("Category", "Slow")]
public sealed class PinnedFiguresTests(DemoReportFixture demo)
{
    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private Dictionary<string, string> Stock(string code) => demo.Csv("stock_returns").Single(r => r["code"] == code);

    [Fact]
    public void Demo_is_the_internet_sector_for_November_2024()
    {
        Assert.Equal("2024-11", demo.Result.Model.Header.Period);
        Assert.Equal("2024-12-02", demo.Result.Model.Header.AsOf);
    }

    [Theory]
    [InlineData("HSTECH", "-3.2")]
    [InlineData("QNET", "9.2")]
    public void Index_returns_of_the_month(string code, string shown)
    {
        var row = demo.Csv("index_returns").Single(r => r["code"] == code && r["period"] == "2024-11");
        Assert.Equal(shown, DisplayFormat.Number(D(row["return_pct"]), 1));
    }

    [Theory]
    [InlineData("3888.HK", "16.7", "20.0", 1, "HSTECH")]
    [InlineData("9999.HK", "9.1", "12.3", 2, "HSTECH")]
    [InlineData("0268.HK", "7.7", "11.0", 3, "HSTECH")]
    [InlineData("SE.US", "21.0", "14.8", 1, "IXIC")]
    [InlineData("AMZN.US", "11.5", "5.3", 2, "IXIC")]
    [InlineData("WB.US", "6.1", "-0.1", 3, "IXIC")]
    public void Top_three_per_market_with_excess_over_their_benchmark(string code, string shown, string excess, int rank, string benchmark)
    {
        var row = Stock(code);
        Assert.Equal(shown, DisplayFormat.Number(D(row["return_pct"]), 1));
        Assert.Equal(excess, DisplayFormat.Number(D(row["excess_pct"]), 1));
        Assert.Equal(rank.ToString(CultureInfo.InvariantCulture), row["rank_in_market"]);
        Assert.Equal(benchmark, row["benchmark"]);
    }

    [Fact]
    public void Market_review_text_states_the_pinned_figures_with_the_wording_rule()
    {
        var md = demo.Markdown;
        Assert.Contains("11月恒生科技指数单月下跌3.2%", md);
        Assert.Contains("纳斯达克互联网指数单月上涨9.2%", md);
        Assert.Contains("金山软件、网易-S、金蝶国际为本月表现前3的股票，单月涨跌幅分别为16.7%、9.1%、7.7%，相对恒生科技指数分别跑赢20.0pct、12.3pct、11.0pct", md);
        Assert.Contains("单月涨跌幅分别为21.0%、11.5%、6.1%，相对纳斯达克综合指数分别跑赢14.8pct、跑赢5.3pct、跑输0.1pct", md);
    }

    [Fact]
    public void Valuation_percentile_since_inception()
    {
        var row = demo.Csv("valuation").Single();
        Assert.Equal(("HSTECH", "2024-12-02", "inc", "2020-07-27"), (row["code"], row["as_of"], row["method"], row["since"]));
        Assert.Equal("20.59", DisplayFormat.Number(D(row["pe_ttm"]), 2));
        Assert.Equal("8.85", DisplayFormat.Number(D(row["percentile_pct"]), 2));
        Assert.Contains("PE-TTM 为20.59x，处于恒生科技指数成立以来8.85%分位点", demo.Markdown);
    }

    [Theory]
    [InlineData("0700.HK", "腾讯控股", "398.0", "3,688,428", "24.1", "26.3", "15", "14")]
    [InlineData("9999.HK", "网易-S", "134.4", "431,529", "11.2", "12.0", "11", "10")]
    [InlineData("3690.HK", "美团-W", "168.7", "1,026,583", "7.1", "8.6", "22", "18")]
    [InlineData("9988.HK", "阿里巴巴-SW", "83.7", "1,599,221", "7.8", "8.5", "10", "9")]
    public void Forecast_table_row(string code, string name, string close, string cap, string eps1, string eps2, string pe1, string pe2)
    {
        var row = demo.Csv("coverage").Single(r => r["code"] == code);
        Assert.Equal("优于大市", row["rating"]);
        Assert.Equal(close, DisplayFormat.Number(D(row["close"]), 1));
        Assert.Equal(cap, DisplayFormat.Grouped(D(row["market_cap_mn"]), 0));
        Assert.Equal((eps1, eps2), (DisplayFormat.Number(D(row["eps1"]), 1), DisplayFormat.Number(D(row["eps2"]), 1)));
        Assert.Equal((pe1, pe2), (DisplayFormat.Number(D(row["pe1"]), 0), DisplayFormat.Number(D(row["pe2"]), 0)));
        Assert.Contains($"| {code} | {name} | 优于大市 | {close} | {cap} | {eps1} | {eps2} | {pe1} | {pe2} |", demo.Markdown);
    }

    [Theory]
    [InlineData("0700.HK", "16")]
    [InlineData("3690.HK", "21")]
    [InlineData("9988.HK", "10")]
    public void Multiple_on_adjusted_profit_of_2024(string code, string shown)
    {
        var row = demo.Csv("adjusted_profit_multiples").Single(r => r["code"] == code && r["year"] == "2024");
        Assert.Equal(shown, DisplayFormat.Number(D(row["multiple"]), 0));
    }
}
