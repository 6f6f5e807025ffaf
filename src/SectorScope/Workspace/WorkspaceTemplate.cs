using System.Text;

namespace SectorScope.Workspace;

/// <summary>
/// What <c>init</c> writes for a new analyst: a commented <c>sectorscope.yaml</c>, every input file with its header
/// and no rows, narrative stubs whose only lines are headings (dropped when read, so an untouched stub is an empty
/// part, never printed), and an empty <c>history/</c>. Nothing of the demo: its prices, names, news and history
/// would otherwise reach the new analyst's first report. The placeholder codes in the settings are defined by no
/// file, so <c>check</c> flags them until the analyst's own are in.
/// </summary>
public static class WorkspaceTemplate
{
    /// <summary>Path relative to the workspace → content; folders end in '/'.</summary>
    public static IReadOnlyDictionary<string, string> Files { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        [SettingsReader.FileName] = """
            # SectorScope 工作区设置（# 之后为注释）。各项的完整说明见 README 的 Settings 一节。
            # 下面的 MARKET_INDEX 是示意代码：在 indices.csv 中定义自己的指数并改掉它，check 才会通过。
            title: 行业投资策略              # 报告标题
            # subtitle: 一句话投资观点        # 标题下的观点；narrative/thesis.md 优先
            sector: 行业名称                 # 行业名称，也用于区分历史记录
            # sector_rating: 优于大市         # 行业评级，取 rating_scale 中的一项
            firm: 研究所名称                 # 每页页眉的机构名称
            # analysts:
            #   - { name: 分析师姓名, licence: S0000000000000 }
            # period: 2024-11                 # 默认报告期
            # as_of: 2024-12-02               # 收盘价与估值的截止日；默认报告期最后一天
            markets:                          # 每个市场一个基准指数，用于计算超额收益
              US: { benchmark: MARKET_INDEX }
            headline_index: MARKET_INDEX      # 行业指数（行情回顾的主指数）
            # 没有现成的行业指数时，可由成员收盘价自编（成员为子行业名称或证券代码）：
            # headline_index: { computed: { members: [子行业名称, 代码], weights: equal, base: 1000 } }   # weights: equal | market_cap
            # comparison_index: CODE          # 与行业指数对比的指数
            # key_companies: [CODE1, CODE2]   # 重点公司：图表与盈利预测表的顺序
            # valuation: { index: MARKET_INDEX, percentile_method: inc }
            # forecast_years: [2025, 2026]    # 盈利预测表的两个财年；默认为截止日之后结束的前两个财年
            # news_taxonomy: taxonomy.yaml
            # source_line: 资料来源：公司公告，研究所整理
            """,
        ["securities.csv"] = "code,name,market,currency,sub_sector,name_en,shares_mn,fy_end\n",
        ["indices.csv"] = "code,name,market,currency,inception\n",
        ["prices/prices.csv"] = "date,code,close\n",
        ["valuations.csv"] = "date,code,pe_ttm\n",
        ["fx.csv"] = "date,from,to,rate\n",
        ["coverage.csv"] = "code,rating,target_price,rating_date\n",
        ["forecasts.csv"] = "code,year,eps,currency,adj_net_profit_mn\n",
        ["series.csv"] = "date,series,value,unit\n",
        ["narrative/recommendation.md"] = "# 投资建议：在此写本期的投资建议，段落之间空一行（以 # 开头的行不会出现在报告中）\n",
        ["narrative/risks.md"] = "# 风险提示：在此写风险提示，第一段也会出现在首页\n",
        ["narrative/market-review.md"] = "# 行情回顾：此处的段落接在自动生成的行情回顾之后\n",
        ["narrative/valuation.md"] = "# 估值：此处的段落接在自动生成的估值句之后\n",
        ["news/"] = "",
        [$"{ReportHistory.Folder}/"] = "",
    };

    /// <summary>Writes the template into <paramref name="target"/>, which must be new or empty.</summary>
    public static void Write(string target)
    {
        foreach (var (relative, text) in Files)
        {
            var path = Path.Combine(target, relative.TrimEnd('/'));
            if (relative.EndsWith('/'))
            {
                Directory.CreateDirectory(path);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n", new UTF8Encoding(false));
        }
    }
}
