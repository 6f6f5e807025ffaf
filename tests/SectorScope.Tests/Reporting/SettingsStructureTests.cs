using SectorScope.Pipeline;
using SectorScope.Reporting.Model;
using SectorScope.Reporting.Wordings;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Reporting;

/// <summary>The report's words follow the settings: market and currency names, the title's placeholders, the gainers figure, two-digit years.</summary>
public sealed class SettingsStructureTests : IDisposable
{
    private readonly TestWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private ReportModel Model() => ReportPipeline.BuildModel(_ws.Root, null, null).Value.Model;

    [Theory]
    [InlineData("CN", "A股")]
    [InlineData("JP", "日股")]
    [InlineData("KR", "韩股")]
    [InlineData("TW", "台股")]
    [InlineData("SG", "新加坡股市")]
    [InlineData("UK", "英股")]
    [InlineData("DE", "德股")]
    [InlineData("FR", "法股")]
    [InlineData("CH", "瑞士股市")]
    [InlineData("IN", "印度股市")]
    public void Markets_an_analyst_meets_have_chinese_names(string market, string name) => Assert.Equal(name, Wording.For(ReportLanguage.ZhCn).Market(market));

    [Theory]
    [InlineData("CHF", "瑞士法郎")]
    [InlineData("JPY", "日元")]
    [InlineData("KRW", "韩元")]
    [InlineData("TWD", "新台币")]
    [InlineData("SGD", "新加坡元")]
    [InlineData("GBP", "英镑")]
    [InlineData("EUR", "欧元")]
    [InlineData("INR", "印度卢比")]
    public void Their_currencies_too(string currency, string name) => Assert.Equal(name, Wording.For(ReportLanguage.ZhCn).Currency(currency));

    [Fact]
    public void The_english_table_has_english_market_names() => Assert.Equal("Switzerland", Wording.For(ReportLanguage.En).Market("CH"));

    [Fact]
    public void A_swiss_market_in_chf_is_named_in_chinese_in_the_report()
    {
        _ws.Write("sectorscope.yaml", File.ReadAllText(_ws.Path("sectorscope.yaml")).Replace("US: { benchmark: USI }", "CH: { benchmark: USI }", StringComparison.Ordinal));
        _ws.Write("securities.csv", File.ReadAllText(_ws.Path("securities.csv")).Replace("AAA.US,丙公司,US,USD", "AAA.US,丙公司,CH,CHF", StringComparison.Ordinal));
        _ws.Write("indices.csv", File.ReadAllText(_ws.Path("indices.csv")).Replace("USI,美股测试指数,US,USD", "USI,瑞士测试指数,CH,CHF", StringComparison.Ordinal));
        _ws.Write("sectorscope.yaml", File.ReadAllText(_ws.Path("sectorscope.yaml")).Replace("key_companies: [0001.HK]", "key_companies: [AAA.US]", StringComparison.Ordinal));

        var model = Model();

        Assert.Contains(model.MarketReview.Markets, m => m.Market == "CH" && m.MarketLabel == "瑞士股市");
        Assert.Equal("昨收盘（瑞士法郎/港元）", model.Table("forecasts").Columns[3].Header);
    }

    [Fact]
    public void Market_and_currency_names_can_be_overridden_in_the_settings()
    {
        _ws.Write("sectorscope.yaml", File.ReadAllText(_ws.Path("sectorscope.yaml"))
            .Replace("HK: { benchmark: HKI }", "HK: { benchmark: HKI, name: 香港市场 }", StringComparison.Ordinal) + "currencies: { HKD: 港币 }\n");

        var model = Model();

        Assert.Contains(model.MarketReview.Markets, m => m.MarketLabel == "香港市场");
        Assert.Equal("昨收盘（港币）", model.Table("forecasts").Columns[3].Header);
    }

    [Fact]
    public void The_title_follows_the_period_through_its_placeholders()
    {
        _ws.Write("sectorscope.yaml", File.ReadAllText(_ws.Path("sectorscope.yaml"))
            .Replace("title: 测试行业2024年3月投资策略", "title: \"{sector}行业{next_year}年{next_month}月投资策略\"\nsubtitle: \"{year}年{month}月回顾\"", StringComparison.Ordinal));

        var header = Model().Header;

        Assert.Equal(("测试行业2024年3月投资策略", "2024年2月回顾"), (header.Title, header.Subtitle));
        Assert.Equal("测试行业2025年1月投资策略", TitleTemplate.Expand("{sector}行业{next_year}年{next_month}月投资策略", "测试", new ReportPeriod(2024, 12)));
    }

    [Fact]
    public void An_unknown_title_placeholder_is_a_settings_error()
    {
        _ws.Write("sectorscope.yaml", File.ReadAllText(_ws.Path("sectorscope.yaml")).Replace("title: 测试行业2024年3月投资策略", "title: \"{quarter}季度策略\"", StringComparison.Ordinal));
        var refused = ReportPipeline.BuildModel(_ws.Root, null, null).Refused();
        Assert.Contains(refused.Diagnostics, d => d.Column == "title" && d.Reason.StartsWith("不认识的占位符 {quarter}（可用：{sector}、", StringComparison.Ordinal));
    }

    [Fact]
    public void The_gainers_figure_lists_only_risers_and_says_when_fewer_than_n_rose()
    {
        // 0001.HK rose 10%, AAA.US 10%, 0002.HK fell 5%: two risers for ten bars.
        var figure = Model().Figure("top-gainers");

        Assert.Equal(["甲公司", "丙公司"], figure.Categories.Order(StringComparer.Ordinal).Reverse());
        Assert.All(figure.Series[0].Values, v => Assert.True(v > 0));
        Assert.Equal("本月仅2只股票上涨，图中为全部上涨股票（不足10只）。", figure.Note);
    }

    [Fact]
    public void Two_digit_years_keep_their_zero()
    {
        var summary = new ChangeSummary([], [], [], [], [], [("英特尔", 2001, 10.3m, 12)], [], false, []);
        Assert.Contains("上调英特尔 01年EPS 10.3%", Wording.For(ReportLanguage.ZhCn).ChangesSummary(summary), StringComparison.Ordinal);
    }
}
