using SectorScope.Reporting;
using SectorScope.Reporting.Model;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Reporting;

/// <summary>
/// The report builder fed rows held in memory (<see cref="InMemoryStore"/>, no file, no database): one market, an
/// index and two stocks over three month ends, a forecast in another currency and a short valuation history.
/// The workspace's files are listed (as values: path, size, time) under a root that does not exist, and the analyst's
/// text is held in memory too. Every expected value is worked out by hand in the comment beside it.
/// </summary>
public sealed class InMemoryReportTests
{
    private const string Settings = """
        title: 测试行业2024年3月投资策略
        period: 2024-02
        as_of: 2024-02-29
        markets:
          HK: { benchmark: HKI }
        headline_index: HKI
        key_companies: [0001.HK]
        valuation: { index: HKI, percentile_method: inc }
        forecast_years: [2024, 2025]
        """;

    private static readonly Universe Universe = new(
        [new Security("0001.HK", "甲公司", "HK", "HKD", "游戏", null, 100), new Security("0002.HK", "乙公司", "HK", "HKD", "电商", null, null)],
        [new IndexInfo("HKI", "港股测试指数", "HK", "HKD", new DateOnly(2023, 12, 1))]);

    private static PriceRow Close(string date, string code, double close, int line) => new(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), code, close, null, new SourceRef("prices/hk.csv", line));

    private static readonly InMemoryStore Store = new(Universe,
    [
        Close("2023-12-29", "0001.HK", 8, 2), Close("2023-12-29", "0002.HK", 25, 3), Close("2023-12-29", "HKI", 90, 4),
        Close("2024-01-31", "0001.HK", 10, 5), Close("2024-01-31", "0002.HK", 20, 6), Close("2024-01-31", "HKI", 100, 7),
        Close("2024-02-29", "0001.HK", 12, 8), Close("2024-02-29", "0002.HK", 19, 9), Close("2024-02-29", "HKI", 105, 10),
    ])
    {
        FxRows = [new FxRow(new DateOnly(2024, 2, 29), "HKD", "CNY", 0.9, new SourceRef("fx.csv", 2))],
        CoverageRows = [new CoverageRow("0001.HK", "买入", null, null, new SourceRef("coverage.csv", 2))],
        ForecastRows =
        [
            new ForecastRow("0001.HK", 2024, 1.2, "CNY", 120, new SourceRef("forecasts.csv", 2)),
            new ForecastRow("0001.HK", 2025, 1.35, "CNY", null, new SourceRef("forecasts.csv", 3)),
        ],
        ValuationRows =
        [
            new ValuationRow(new DateOnly(2024, 1, 31), "HKI", 10, new SourceRef("valuations.csv", 2)),
            new ValuationRow(new DateOnly(2024, 2, 15), "HKI", 12, new SourceRef("valuations.csv", 3)),
            new ValuationRow(new DateOnly(2024, 2, 29), "HKI", 11, new SourceRef("valuations.csv", 4)),
        ],
    };

    private const string Root = "/nonexistent/in-memory";

    /// <summary>The files the rows came from, as the workspace lists them; none exists.</summary>
    private static readonly HashedFile[] Listed =
        [.. new[] { ("prices/hk.csv", InputKind.Prices), ("fx.csv", InputKind.Fx), ("coverage.csv", InputKind.Coverage), ("forecasts.csv", InputKind.Forecasts),
            ("valuations.csv", InputKind.Valuations), ("narrative/market-review.md", InputKind.Narrative) }
            .Select((f, i) => new HashedFile(new InputFile(f.Item1, f.Item2), $"{Root}/{f.Item1}", 100 + i, 638_000_000_000_000_000))];

    /// <summary>The analyst's comment, with two hand-written numbers the fact-check recomputes.</summary>
    private static readonly AnalystTexts Texts = AnalystTexts.None with
    {
        Narrative = new Dictionary<string, string> { ["market-review"] = "甲公司单月涨幅为20.0%，跑赢港股测试指数15.0pct。" },
    };

    private static readonly Lazy<ReportModel> Model = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var settings = SettingsReader.Read(Settings, diagnostics)!;
        Assert.Empty(diagnostics.Items);
        // No root on disk: every input is in memory, so nothing may read a file.
        var inputs = new WorkspaceInputs(Root, settings, Universe, Listed);
        var request = ReportRequest.Resolve(settings.Settings, null, null, diagnostics);
        return ReportBuilder.Build(ReportData.Load(inputs, Store, Store, Texts, request).Value).Value;
    });

    [Fact]
    public void The_model_is_built_from_inputs_that_are_only_in_memory_and_its_prose_is_checked()
    {
        Assert.False(Directory.Exists(Root));
        Assert.Contains("甲公司单月涨幅为20.0%，跑赢港股测试指数15.0pct。", Model.Value.MarketReview.Paragraphs);
        var findings = Model.Value.FactCheck!.Findings;
        Assert.Equal(["20.0%", "15.0pct"], findings.Select(f => f.Stated));
        Assert.All(findings, f => Assert.Equal(SectorScope.Reporting.FactCheck.FactVerdict.Agrees, f.Verdict));
    }

    private static Dictionary<string, string> Row(string table, string code) =>
        ExpectedCsv.Rows(Model.Value.DataTables.Single(t => t.Name == table)).Single(r => r["code"] == code);

    private static double Number(string text) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Returns_excess_and_rank_of_the_month_come_from_the_month_end_closes()
    {
        // 0001.HK 10 → 12: +20%; HKI 100 → 105: +5%; excess 15 ppt; 0002.HK 20 → 19: −5%, excess −10 ppt.
        var a = Row("stock_returns", "0001.HK");
        Assert.Equal(20, Number(a["return_pct"]), 9);
        Assert.Equal(5, Number(a["benchmark_return_pct"]), 9);
        Assert.Equal(15, Number(a["excess_pct"]), 9);
        Assert.Equal(("1", "HKI"), (a["rank_in_market"], a["benchmark"]));
        var b = Row("stock_returns", "0002.HK");
        Assert.Equal((-5.0, -10.0, "2"), (Math.Round(Number(b["return_pct"]), 9), Math.Round(Number(b["excess_pct"]), 9), b["rank_in_market"]));
    }

    [Fact]
    public void Index_returns_cover_each_month_of_the_window()
    {
        // HKI: 90 → 100 in January (+11.11…%), 100 → 105 in February (+5%).
        var rows = ExpectedCsv.Rows(Model.Value.DataTables.Single(t => t.Name == "index_returns")).Where(r => r["code"] == "HKI").ToDictionary(r => r["period"], r => Number(r["return_pct"]));
        Assert.Equal(100.0 / 90 * 100 - 100, rows["2024-01"], 9);
        Assert.Equal(5, rows["2024-02"], 9);
    }

    [Fact]
    public void Forward_pe_converts_the_close_into_the_forecast_currency()
    {
        // 12 HKD × 0.9 CNY/HKD = 10.8 CNY; 10.8 / 1.2 = 9; 10.8 / 1.35 = 8.
        var row = Row("coverage", "0001.HK");
        Assert.Equal(("买入", "12", "HKD"), (row["rating"], row["close"], row["currency"]));
        Assert.Equal(9, Number(row["pe1"]), 9);
        Assert.Equal(8, Number(row["pe2"]), 9);
    }

    [Fact]
    public void Valuation_percentile_ranks_the_latest_pe_in_its_history()
    {
        // PE-TTM 10, 12, 11 since inception; inc = #below / (n − 1) = 1 / 2: the 50th percentile.
        var row = Row("valuation", "HKI");
        Assert.Equal(("2024-02-29", "11", "3", "inc"), (row["as_of"], row["pe_ttm"], row["n_obs"], row["method"]));
        Assert.Equal(50, Number(row["percentile_pct"]), 9);
    }
}
