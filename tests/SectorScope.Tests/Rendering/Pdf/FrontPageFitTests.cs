using SectorScope.Pipeline;
using SectorScope.Rendering.Docx;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Rendering.Pdf;

/// <summary>An analyst's long key point shrinks the key points' type so that the forecast table stays on the front page.</summary>
public sealed class FrontPageFitTests
{
    private const string LongStrategy = """
        三季报落地后，互联网龙头的经营韧性进一步得到确认：腾讯广告份额继续提升、游戏收入增长较快；美团到店与到家业务协同，
        外卖与本地生活的盈利能力同比改善；电商平台竞争仍然激烈，但以旧换新补贴带动家电数码消费，京东业绩好于同业。
        我们认为龙头公司今年确立的高质量发展路线将延续到2025年，行业监管从严格约束走向规范发展，平台和生态之间的互联互通
        扩大了可服务的需求，长期看有利于收入和利润增长。11月以来港股互联网板块明显回调，龙头估值回到较低水平，配置性价比突出，
        我们建议增加港股互联网板块的仓位配置，重点关注经营稳健、股东回报提升的龙头公司。
        """;

    [Fact]
    public void Key_points_keep_the_styles_size_while_they_fit_and_shrink_when_they_do_not()
    {
        string[] shortPoints = ["11月行情回顾：11月恒生科技指数单月下跌3.2%。", "风险提示：政策监管风险。"];
        Assert.Null(BodyWriter.KeyPointHalfPoints(shortPoints, 6077));
        var many = Enumerable.Repeat("互联网行业动态：" + new string('字', 300), 4).ToArray();
        Assert.InRange(BodyWriter.KeyPointHalfPoints(many, 6077)!.Value, 15, 18);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void A_long_strategy_key_point_leaves_the_forecast_table_and_its_source_on_page_one()
    {
        using var demo = new DemoCopy();
        var output = demo.Beside("out");
        File.WriteAllText(Path.Combine(demo.Root, "narrative", "key-strategy.md"), LongStrategy);
        var run = ReportPipeline.Run(demo.Root, null, null, output, OutputFormat.Docx | OutputFormat.Pdf, recordHistory: false).Value;
        var pages = Tool.Run("pdftotext", "-enc", "UTF-8", Path.Combine(output, "report.pdf"), "-").Split('\f');
        var first = Squash(pages[0]);
        var forecast = run.Model.Tables.Single(t => t.Id == run.Model.FrontPage.ForecastTableId);
        Assert.Contains(Squash("增加港股互联网板块的仓位配置"), first);
        Assert.Contains(Squash(forecast.SourceLine), first);
        Assert.Contains(Squash(run.Model.MarketReview.Heading), Squash(pages[1]));
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
