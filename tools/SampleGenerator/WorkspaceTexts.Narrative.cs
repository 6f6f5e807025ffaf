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

        版号发放保持常态化，11月国产网络游戏版号数量同比{{ yoy_move 国产网络游戏版号 }}、环比{{ mom_move 国产网络游戏版号 }}，
        龙头储备产品陆续获批；支付机构备付金（非金融机构存款）环比{{ mom_move 非金融机构存款 }}，规模总体平稳。
        """;

    private const string RecommendationNarrative = """
        # 投资建议

        三季报让我们对龙头的基本面更有把握。腾讯的广告和游戏仍是增长最快的两块业务；美团把到店和到家两条线连通后，
        外卖与本地生活的利润率高于上年同期；电商平台之间的价格竞争并未缓和，家电数码品类则受益于以旧换新补贴，
        京东的季度表现因此领先同业。

        展望2025年，我们预计龙头会继续把利润质量和股东回报放在规模扩张之前；监管以规范和稳定为主基调，
        平台之间逐步开放的链接与支付为各家带来新的流量和交易场景，这些变化都有利于盈利持续增长。

        估值上，11月恒生科技指数单月{{ move HSTECH }}，回调之后龙头的性价比明显改善：
        腾讯、美团、阿里的估值分别约为24年经调整利润的16X、21X、10X；按2024年盈利预测，三家PE为{{ fwd_pe 0700.HK 2024 }}、{{ fwd_pe 3690.HK 2024 }}、{{ fwd_pe 9988.HK 2024 }}。
        盈利确定性上升而估值回到低位，我们建议逐步加大港股互联网龙头的配置比例，维持行业「优于大市」评级。
        """;

    private const string RisksNarrative = """
        # 风险提示

        监管政策调整超出预期；短视频平台之间竞争加剧，侵蚀头部公司的用户时长与变现；
        经济复苏偏慢，广告主预算收缩；重点游戏延期上线或上线后流水低于预期。
        """;
}
