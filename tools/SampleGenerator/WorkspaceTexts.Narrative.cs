namespace SampleGenerator;

/// <summary>
/// The analyst's prose of the demo (narrative/*.md): our own sentences on the model report's facts, with
/// placeholders for computed values and a few figures written by hand that `sectorscope check` verifies.
/// </summary>
internal static partial class WorkspaceTexts
{
    public static readonly IReadOnlyList<(string File, string Text)> Narrative =
    [
        ("narrative/market-review.md", MarketReviewNarrative),
        ("narrative/valuation.md", ValuationNarrative),
        ("narrative/industry.md", IndustryNarrative),
        ("narrative/recommendation.md", RecommendationNarrative),
        ("narrative/risks.md", RisksNarrative),
    ];

    private const string MarketReviewNarrative = """
        # 行情回顾：分析师点评

        从个股看，港股领涨的金山软件、网易、金蝶国际单月涨幅为16.7%、9.1%、7.7%，
        跑赢恒生科技指数20.0pct、12.3pct、11.0pct，软件与游戏公司在指数回调中表现出较强的抗跌性。
        美股方面，SEA与亚马逊的超额收益分别为{{ pct SE.US }}、{{ pct AMZN.US }}；
        微博虽位列美股涨幅第{{ rank WB.US }}，但{{ excess WB.US }}，是前三名中唯一未能战胜基准的一家。
        """;

    private const string ValuationNarrative = """
        # 估值：分析师点评

        恒生科技指数PE-TTM已回落至20.59x，仅处于成立以来8.85%分位点，
        估值接近指数发布以来的低位，继续下行的空间有限。
        """;

    private const string IndustryNarrative = """
        # 行业动态：分析师点评

        版号发放保持常态化，11月国产网络游戏版号数量同比{{ yoy 国产网络游戏版号 }}、环比{{ mom 国产网络游戏版号 }}，
        龙头储备产品陆续获批；支付机构备付金（非金融机构存款）环比{{ mom 非金融机构存款 }}，规模总体平稳。
        """;

    private const string RecommendationNarrative = """
        # 投资建议

        三季报披露完毕，互联网龙头的经营韧性再次得到验证：腾讯广告份额继续提升，游戏业务增长较快；
        美团打通到店与到家场景，外卖和本地生活业务的盈利能力较去年同期继续改善；电商行业竞争依旧激烈，
        京东受益于以旧换新补贴，业绩好于同业。

        我们判断，龙头公司今年确立的高质量发展路线将延续到2025年。行业监管由严格约束转向规范发展，
        平台之间、生态之间的互联互通扩大了可以服务的用户需求，长期看有利于各平台收入和利润的增长。

        11月恒生科技指数单月{{ move HSTECH }}，港股互联网板块明显回调，龙头估值随之回落：
        腾讯、美团、阿里分别回落至24年经调整利润的16X、21X、10X，
        按2024年盈利预测的PE分别为{{ fwd_pe 0700.HK 2024 }}、{{ fwd_pe 3690.HK 2024 }}、{{ fwd_pe 9988.HK 2024 }}。
        当前估值重新回到胜率较高的配置区间，我们建议提高港股互联网板块的仓位。
        """;

    private const string RisksNarrative = """
        # 风险提示

        政策监管变化的风险；短视频行业竞争格局恶化的风险；宏观经济下行、广告投放增速不及预期的风险；
        游戏新品上线推迟或表现不及预期的风险。
        """;
}
