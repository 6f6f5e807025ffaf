using SectorScope.Pipeline;
using SectorScope.Reporting.Model;
using SectorScope.Tests.Analytics;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Reporting;

/// <summary>
/// A sector index of the workspace's own (<c>headline_index: { computed: … }</c>): a report on real closes whose headline
/// return and every stock's excess against it equal pandas' (Oracle/computed-index/compute_index.py), and the settings
/// that cannot make one, each refused at its line in Chinese.
/// </summary>
public sealed class ComputedHeadlineTests : IDisposable
{
    private readonly TestWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    /// <summary>A workspace of the eight Dow stocks of the fixture (US market), whose benchmark is their own market-cap index.</summary>
    private static void WriteDowWorkspace(TestWorkspace ws)
    {
        foreach (var file in Directory.GetFiles(ws.Root, "*", SearchOption.AllDirectories))
        {
            File.Delete(file);
        }

        var members = ExpectedCsv.Read(ComputedIndexTests.Fixture("members.csv"));
        ws.Write("sectorscope.yaml", """
            title: 道指样本行业{next_year}年{next_month}月投资策略
            sector: 道指样本
            period: 2000-11
            markets:
              US: { benchmark: DJ8 }
            headline_index:
              computed:
                code: DJ8
                name: 道指八股指数（自编）
                members: [科技, 消费, AA.US, AXP.US, BA.US, 电信]
                weights: market_cap
                base: 1000
            """);
        ws.Write("securities.csv", "code,name,market,currency,sub_sector,name_en,shares_mn\n"
            + string.Concat(members.Select(m => $"{m["ticker"]}.US,{m["name"]},US,USD,{m["sub_sector"]},{m["ticker"]},{m["shares_mn"]}\n")));
        ws.Write("indices.csv", "code,name,market,currency,inception\n");
        ws.Write("prices/us.csv", "date,code,close\n" + string.Concat(ExpectedCsv.Read(ComputedIndexTests.Fixture("closes.csv"))
            .Select(c => $"{c["date"]},{c["ticker"]}.US,{c["close"]}\n")));
    }

    [Fact]
    public void A_report_on_a_computed_index_has_pandas_headline_return_and_excess_against_it()
    {
        WriteDowWorkspace(_ws);

        var model = ReportPipeline.BuildModel(_ws.Root, null, null).Value.Model;

        // Every month of the index returns table (the report's twelve months and more), headline 2000-11 among them.
        var index = ExpectedCsv.Rows(Table(model, "index_returns")).Where(r => r["code"] == "DJ8")
            .Select(r => new Dictionary<string, string> { ["period"] = r["period"], ["return_pct"] = r["return_pct"] }).ToArray();
        var oracle = ExpectedCsv.Read(ComputedIndexTests.Fixture("monthly.csv")).Where(r => r["weights"] == "market_cap" && index.Any(i => i["period"] == r["period"]))
            .Select(r => new Dictionary<string, string> { ["period"] = r["period"], ["return_pct"] = r["return_pct"] }).ToArray();
        Assert.Contains(index, r => r["period"] == "2000-11");
        Assert.True(index.Length >= 12, $"{index.Length} months of DJ8");
        ExpectedCsv.AssertMatches(oracle, index, ["period"], "index returns of DJ8");
        var stocks = ExpectedCsv.Rows(Table(model, "stock_returns")).Select(r => new Dictionary<string, string>
        {
            ["code"] = r["code"],
            ["return_pct"] = r["return_pct"],
            ["excess_pct"] = r["excess_pct"],
        }).ToArray();
        // T.US left after its 2000-06-30 close: it has no return in November and is not in the table.
        ExpectedCsv.AssertMatches(ExpectedCsv.Read(ComputedIndexTests.Fixture("stock_returns_2000-11.csv")), stocks, ["code"], "stock returns 2000-11");
        Assert.Contains(Table(model, "stock_returns").Rows, r => r.Contains("DJ8"));

        var note = Assert.Single(model.Methods.Lines, l => l.StartsWith("自编指数", StringComparison.Ordinal));
        Assert.Equal("自编指数：道指八股指数（自编）（DJ8）以科技、消费、AA.US、AXP.US、BA.US、电信（共8只证券）的每日收盘价链式计算，基日1999年1月4日，基点1000。"
            + "每个交易日的涨跌幅为成员当日收益率的市值加权平均，权重为前一交易日市值（securities.csv 的股本 shares_mn × 前一交易日收盘价，股本不随时间变化）；"
            + "成员自首个收盘价起纳入（次一交易日起计收益），最后一个收盘价后退出；其间缺少收盘价的交易日沿用前一收盘价（当日收益为零）。", note);
    }

    [Fact]
    public void The_computed_index_is_named_in_the_text_the_figures_report_json_and_the_csvs()
    {
        WriteDowWorkspace(_ws);

        var run = ReportPipeline.Run(_ws.Root, null, null, _ws.OutputFolder, OutputFormats.Text, gate: FactCheckGate.Force, recordHistory: false).Value;

        var review = string.Join("\n", run.Model.MarketReview.Paragraphs);
        Assert.StartsWith("11月道指八股指数（自编）单月下跌3.7%", review, StringComparison.Ordinal);
        var json = File.ReadAllText(Path.Combine(_ws.OutputFolder, "report.json"));
        Assert.Contains("道指八股指数（自编）", json, StringComparison.Ordinal);
        Assert.Contains("道指八股指数（自编）", File.ReadAllText(Path.Combine(_ws.OutputFolder, "report.md")), StringComparison.Ordinal);
        Assert.Contains("DJ8,道指八股指数（自编）,2000-11,", File.ReadAllText(Path.Combine(_ws.OutputFolder, "tables", "index_returns.csv")), StringComparison.Ordinal);
        // The chart of the headline's twelve months: every month end has a level.
        var figure = run.Model.Figures.First(f => f.Series.Any(s => s.Name == "道指八股指数（自编）"));
        Assert.All(figure.Series.First(s => s.Name == "道指八股指数（自编）").Values, v => Assert.NotNull(v));
    }

    [Fact]
    public void The_narrative_is_fact_checked_against_the_computed_index()
    {
        WriteDowWorkspace(_ws);
        _ws.Write("narrative/market-review.md", """
            # 行情回顾：分析师点评

            11月道指八股指数（自编）下跌3.7%，沃尔玛跑赢道指八股指数（自编）18.7pct。
            微软单月下跌16.7%，跑输道指八股指数（自编）5.0pct。
            """);

        var findings = ReportPipeline.BuildModel(_ws.Root, null, null).Value.Model.FactCheck!.Findings.Select(f => f.ToString()).ToArray();

        Assert.Equal([
            "narrative/market-review.md:3: agrees: 「11月道指八股指数（自编）下跌3.7%」 道指八股指数（自编）（DJ8） 2000-11涨跌幅: stated -3.7%, computed -3.7%",
            "narrative/market-review.md:3: agrees: 「沃尔玛跑赢道指八股指数（自编）18.7pct」 沃尔玛（WMT.US） 超额收益（相对道指八股指数（自编））: stated 18.7pct, computed 18.7pct",
            "narrative/market-review.md:4: agrees: 「微软单月下跌16.7%」 微软（MSFT.US） 2000-11涨跌幅: stated -16.7%, computed -16.7%",
            "narrative/market-review.md:4: mismatch: 「跑输道指八股指数（自编）5.0pct」 微软（MSFT.US） 超额收益（相对道指八股指数（自编））: stated -5.0pct, computed -13.0pct",
        ], findings);
    }

    [Fact]
    public void A_computed_index_whose_members_stopped_trading_is_stale_at_its_last_members_line()
    {
        WriteDowWorkspace(_ws);

        var e = ReportPipeline.BuildModel(_ws.Root, new ReportPeriod(2001, 2), null).Refused();

        // The last level (2000-12-29) is located at the close of its first member that day: IBM, the first of 科技.
        Assert.Equal(["prices/us.csv:3772: close: 行业指数、US 市场基准 DJ8 已过期：最后收盘价在 2000-12-29，比截止日 2001-02-28 早 61 天（stale_after_days 为 7）"], e.Lines());
    }

    private static DataTable Table(ReportModel model, string name) => model.DataTables.Single(t => t.Name == name);

    private Rejection Refused(string headline)
    {
        var yaml = File.ReadAllText(_ws.Path("sectorscope.yaml")).Replace("headline_index: HKI", headline, StringComparison.Ordinal);
        _ws.Write("sectorscope.yaml", yaml);
        return WorkspaceReader.Open(_ws.Root).Refused();
    }

    [Theory]
    [InlineData("headline_index: { computed: { members: [不存在, 0001.HK] } }",
        "sectorscope.yaml:8: headline_index.computed.members: 未知成员「不存在」：既不是 securities.csv 的证券代码，也不是其中的子行业名称（sub_sector）")]
    [InlineData("headline_index: { computed: { members: [HKI] } }",
        "sectorscope.yaml:8: headline_index.computed.members: 「HKI」是指数，成员应为 securities.csv 的证券代码或子行业名称")]
    [InlineData("headline_index: { computed: { members: [] } }",
        "sectorscope.yaml:8: headline_index.computed.members: 成员列表为空：至少列出一个子行业名称或证券代码")]
    [InlineData("headline_index: { computed: { weights: equal } }",
        "sectorscope.yaml:8: headline_index.computed.members: 缺少成员列表：members 列出子行业名称（sub_sector）或证券代码")]
    [InlineData("headline_index: { computed: { members: [游戏], weights: median } }",
        "sectorscope.yaml:8: headline_index.computed.weights: 「median」不是 equal（等权）或 market_cap（市值加权）")]
    [InlineData("headline_index: { computed: { members: [游戏, 电商], weights: market_cap } }",
        "sectorscope.yaml:8: headline_index.computed.members: 成员分属多个市场（HK、US）：自编指数的成员须属同一市场、同一币种")]
    [InlineData("headline_index: { computed: { members: [0001.HK, 0002.HK], weights: market_cap } }",
        "sectorscope.yaml:8: headline_index.computed.weights: 按市值加权需要每个成员的股本（securities.csv 的 shares_mn 列），以下成员没有：0002.HK")]
    [InlineData("headline_index: { computed: { members: [游戏], base: 0 } }",
        "sectorscope.yaml:8: headline_index.computed.base: 「0」不是正数：基点应大于 0，例如 1000")]
    [InlineData("headline_index: { computed: { members: [游戏], base: -5 } }",
        "sectorscope.yaml:8: headline_index.computed.base: 「-5」不是正数：基点应大于 0，例如 1000")]
    [InlineData("headline_index: { computed: { members: [游戏], base: .nan } }",
        "sectorscope.yaml:8: headline_index.computed.base: 「.nan」不是正数：基点应大于 0，例如 1000")]
    [InlineData("headline_index: { computed: { members: [游戏], code: HKI } }",
        "sectorscope.yaml:8: headline_index.computed.code: 代码「HKI」已在 indices.csv 中定义，请另取一个代码")]
    [InlineData("headline_index: { computed: { members: [游戏], weight: equal } }",
        "sectorscope.yaml:8: headline_index.computed.weight: 不认识的键（可用：members、weights、base、code、name）")]
    [InlineData("headline_index: { vendor: HKI }",
        "sectorscope.yaml:8: headline_index.vendor: 不认识的键（可用：computed）")]
    public void Settings_that_cannot_make_an_index_are_refused_at_their_line(string headline, string expected)
    {
        Assert.Contains(expected, Refused(headline).Lines());
    }

    [Fact]
    public void An_unknown_member_on_its_own_line_is_named_at_that_line()
    {
        var lines = Refused("""
            headline_index:
              computed:
                members:
                  - 游戏
                  - 9999.HK
            """).Lines();

        Assert.Contains("sectorscope.yaml:12: headline_index.computed.members: 未知成员「9999.HK」：既不是 securities.csv 的证券代码，也不是其中的子行业名称（sub_sector）", lines);
    }

    [Fact]
    public void The_computed_index_has_no_valuations_to_take_a_percentile_of()
    {
        var yaml = File.ReadAllText(_ws.Path("sectorscope.yaml")).Replace("valuation: { index: HKI", "valuation: { index: SECTOR_INDEX", StringComparison.Ordinal);
        _ws.Write("sectorscope.yaml", yaml);

        var lines = Refused("headline_index: { computed: { members: [游戏] } }").Lines();

        Assert.Contains(lines, l => l.StartsWith("sectorscope.yaml:11: valuation: 自编指数 SECTOR_INDEX 没有市盈率数据", StringComparison.Ordinal));
    }

    [Fact]
    public void Members_without_any_close_stop_the_report_naming_the_setting()
    {
        _ws.Append("securities.csv", "0009.HK,丁公司,HK,HKD,新业务,,");
        var yaml = File.ReadAllText(_ws.Path("sectorscope.yaml")).Replace("headline_index: HKI", "headline_index: { computed: { members: [新业务] } }", StringComparison.Ordinal);
        _ws.Write("sectorscope.yaml", yaml);

        var e = ReportPipeline.BuildModel(_ws.Root, null, null).Refused();

        Assert.Equal(["sectorscope.yaml:8: headline_index.computed.members: 成员（0009.HK）在 prices 中都没有收盘价，无法计算 SECTOR_INDEX"], e.Lines());
    }

    [Fact]
    public void A_computed_index_without_name_or_code_is_the_sectors_own()
    {
        var yaml = File.ReadAllText(_ws.Path("sectorscope.yaml")).Replace("headline_index: HKI", "headline_index: { computed: { members: [游戏, 0002.HK] } }", StringComparison.Ordinal);
        _ws.Write("sectorscope.yaml", yaml);

        var inputs = WorkspaceReader.Open(_ws.Root).Value;

        Assert.Equal("SECTOR_INDEX", inputs.Settings.HeadlineIndex);
        Assert.Equal(new IndexInfo("SECTOR_INDEX", "测试指数（自编）", "HK", "HKD", DateOnly.MinValue), inputs.Universe.Index("SECTOR_INDEX"));
        Assert.Equal(IndexWeighting.Equal, inputs.Settings.ComputedIndex!.Weights);
        Assert.Equal(1000, inputs.Settings.ComputedIndex.Base);
    }
}
