using System.Globalization;
using System.Text;

namespace SampleGenerator;

/// <summary>The workspace's settings file and disclaimer.</summary>
internal static partial class WorkspaceTexts
{
    public const string Settings = """
        title: 互联网行业2024年12月投资策略
        subtitle: 三季报印证龙头经营韧性，港股互联网回调后配置价值显现
        sector: 互联网
        sector_rating: 优于大市
        firm: 示例证券研究所
        analysts:
          - { name: 示例分析师, licence: S0000000000000 }
        period: 2024-11
        as_of: 2024-12-02
        markets:
          HK: { benchmark: HSTECH }
          US: { benchmark: IXIC }
        headline_index: HSTECH
        comparison_index: QNET
        key_companies: [0700.HK, 9999.HK, 3690.HK, 9988.HK]
        top_per_market: 3
        top_n: 10
        valuation: { index: HSTECH, percentile_method: inc }
        forecast_years: [2024, 2025]
        pe_decimals: 0
        price_decimals: 1
        eps_decimals: 1
        rating_scale: [买入, 优于大市, 中性, 弱于大市, 卖出]
        related_reports:
          - { title: "互联网行业2024年11月投资策略-业绩期将至，互联网龙头有望持续抬升盈利底部", date: 2024-11-11 }
          - { title: "人工智能周报（24年第43周）-海外巨头集中投资核能源以应对未来AI发展", date: 2024-10-28 }
          - { title: "互联网行业2024年10月投资策略-互联网巨头进入高质量增长阶段，股本数量将持续下降", date: 2024-10-03 }
          - { title: "人工智能周报（24年第38周）-OpenAI发布ChatGPT新版本，中国政府明确《人工智能伦理规范》", date: 2024-09-23 }
          - { title: "港股互联网板块的机遇：开启新一轮上涨", date: 2024-09-23 }
        news_taxonomy: taxonomy.yaml
        source_line: 资料来源：示例数据（合成行情），示例证券研究所整理
        page_footer: 请务必阅读正文之后的免责声明及其项下所有内容
        disclaimer: disclaimer.md

        """;

    public const string Disclaimer = """
        # 免责声明

        本报告为演示用途的示例文件，由虚构机构“示例证券研究所”署名，不构成任何机构的正式研究成果。报告所用行情、估值与汇率数据中，除正文明确引用的少数数值外，均为程序生成的模拟数据，不代表任何证券的真实历史表现。

        本报告中的信息、观点和预测仅供参考，不构成对任何人的投资建议，也不构成买卖任何证券或其他金融工具的要约或邀请。投资者应结合自身财务状况、投资目标和风险承受能力独立作出决策，并自行承担由此产生的全部后果。

        报告中的判断反映的是撰写当日的看法，可能随市场环境变化而调整，恕不另行通知。过往表现不代表未来结果，证券价格可能上涨也可能下跌。

        未经书面许可，任何人不得以任何形式复制、转发或修改本报告的全部或部分内容。

        """;

    /// <summary>The workspace README, listing which values are published figures and which are synthetic.</summary>
    public static string Readme(IReadOnlyList<PriceSeries> prices)
    {
        var text = new StringBuilder(ReadmeHead);
        text.Append(PinnedReturnsTable(prices));
        text.Append(ReadmeTail);
        return text.ToString();
    }

    private static string PinnedReturnsTable(IReadOnlyList<PriceSeries> prices)
    {
        var text = new StringBuilder("\n| code | close 2024-10-31 | close 2024-11-29 | realised return | published |\n| --- | ---: | ---: | ---: | ---: |\n");
        foreach (var (code, target) in Pins.NovemberReturns)
        {
            var series = prices.Single(p => p.Code == code);
            double oct = series.Closes[Calendars.IndexOnOrBefore(series.Days, Pins.PreviousMonthEnd)];
            double nov = series.Closes[Calendars.IndexOnOrBefore(series.Days, Pins.MonthEnd)];
            text.Append(
                $"| {code} | {Numbers.Fixed(oct, series.Decimals)} | {Numbers.Fixed(nov, series.Decimals)} | {Numbers.Fixed(Numbers.PctChange(nov, oct), 4)}% | {target.ToString("0.0##", CultureInfo.InvariantCulture)}% |\n");
        }

        return text.ToString();
    }
}
