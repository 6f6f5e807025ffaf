using SectorScope.Analytics;
using SectorScope.Pipeline;
using SectorScope.Reporting;
using SectorScope.Reporting.FactCheck;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Reporting;

/// <summary>
/// A quarterly industry series (real data: Swiss pharmaceutical exports and imports, from gretl's swisspharma data set,
/// see Oracle/quarterly/make_quarterly.py) is compared quarter on quarter, labelled by quarter and named as quarterly.
/// </summary>
public sealed class QuarterlySeriesTests : IDisposable
{
    private static readonly string Fixture = Repository.TestData("Oracle", "quarterly");

    private readonly TestWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    /// <summary>
    /// expected.csv is pandas' answer (`/usr/bin/python3 tests/SectorScope.Tests/Oracle/quarterly/make_quarterly.py`):
    /// the series reindexed on a full quarterly PeriodIndex, YoY = value / shift(4) − 1, QoQ = value / shift(1) − 1.
    /// The imports lack 2009Q3, so 2009Q4 has no QoQ and 2010Q3 no YoY.
    /// </summary>
    [Fact]
    public void Quarterly_yoy_and_qoq_match_pandas_on_swiss_pharma_trade()
    {
        var diagnostics = new DiagnosticBag();
        var rows = InputParsers.Series("series.csv", File.ReadAllText(Path.Combine(Fixture, "series.csv")), diagnostics);
        Assert.Empty(diagnostics.Items);

        var points = SeriesChanges.Compute(rows);

        Assert.All(points, p => Assert.Equal(Frequency.Quarterly, p.Frequency));
        var actual = points.Select(p => new Dictionary<string, string>
        {
            ["series"] = p.Series,
            ["date"] = DisplayFormat.Date(p.Date),
            ["value"] = Invariant(p.Value),
            ["yoy_pct"] = p.YoyPct is { } y ? Invariant(y) : "",
            ["mom_pct"] = p.MomPct is { } m ? Invariant(m) : "",
        }).ToArray();
        ExpectedCsv.AssertMatches(ExpectedCsv.Read(Path.Combine(Fixture, "expected.csv")), actual, ["series", "date"], "quarterly series");
        var gap = points.Single(p => p.Series == "瑞士医药进口" && p.Date == new DateOnly(2009, 12, 31));
        Assert.Null(gap.MomPct);
        Assert.NotNull(gap.YoyPct);
    }

    [Fact]
    public void Two_rows_in_one_quarter_keep_a_series_monthly()
    {
        SourceRef src = new("series.csv", 1);
        // Gaps of 92, 31 and 61 days: a median the detector reads as quarterly, but October and December share a quarter.
        var points = SeriesChanges.Compute(
        [
            new SeriesRow(new DateOnly(2024, 7, 31), "S", 100, null, src), new SeriesRow(new DateOnly(2024, 10, 31), "S", 110, null, src),
            new SeriesRow(new DateOnly(2024, 12, 31), "S", 121, null, src), new SeriesRow(new DateOnly(2025, 3, 31), "S", 130, null, src),
        ]);
        Assert.All(points, p => Assert.Equal(Frequency.Monthly, p.Frequency));
        Assert.All(points, p => Assert.Null(p.MomPct));
    }

    [Fact]
    public void The_industry_table_heads_a_quarterly_series_period_column_with_quarters_and_the_notes_say_quarterly()
    {
        _ws.Write("series.csv", File.ReadAllText(Path.Combine(Fixture, "series.csv")));

        var model = ReportPipeline.BuildModel(_ws.Root, null, null).Value.Model;

        var table = model.Table("series-latest");
        Assert.Equal(["指标", "期间", "数值", "单位", "同比", "环比"], table.Columns.Select(c => c.Header));
        // 2011Q2 exports 18,913.07 against 2011Q1's 19,687.52: 18913.066084 / 19687.520999 − 1 = −3.93%; against 2010Q2's 19,482.48: −2.92%.
        Assert.Equal(["瑞士医药出口", "2011Q2", "18,913.07", "百万瑞郎", "-2.9%", "-3.9%"], table.Rows[0].Select(c => c.Text));
        var figure = model.Figures.Single(f => f.Caption.StartsWith("瑞士医药出口", StringComparison.Ordinal));
        Assert.Equal("2011Q2", figure.Categories[^1]);
        Assert.Equal("2008Q2", figure.Categories[0]);
        Assert.Equal("季度数据，环比为较上一季度的变动。", figure.Note);
        Assert.Contains(model.Methods.Lines, m => m.Contains("瑞士医药出口、瑞士医药进口为季度数据：同比 = 当季值 ÷ 上年同季值 − 1，环比 = 当季值 ÷ 上一季度值 − 1", StringComparison.Ordinal));

        var english = ReportPipeline.BuildModel(_ws.Root, null, null, language: ReportLanguage.En).Value.Model.Table("series-latest");
        Assert.Equal("Period", english.Columns[1].Header);
        Assert.Equal("QoQ/MoM", english.Columns[5].Header);
    }

    [Fact]
    public void A_monthly_series_keeps_its_month_column_and_note()
    {
        _ws.Write("series.csv", """
            date,series,value,unit
            2023-12-31,测试数据,90,亿元
            2024-01-31,测试数据,100,亿元
            2024-02-29,测试数据,110,亿元
            """);

        var model = ReportPipeline.BuildModel(_ws.Root, null, null).Value.Model;

        var table = model.Table("series-latest");
        Assert.Equal("月份", table.Columns[1].Header);
        Assert.Equal(["测试数据", "2024-02", "110", "亿元", "—", "10.0%"], table.Rows[0].Select(c => c.Text));
        Assert.Null(model.Figures.Single(f => f.Caption.StartsWith("测试数据", StringComparison.Ordinal)).Note);
        Assert.Contains("行业数据同比 = 当月值 ÷ 上年同月值 − 1，环比 = 当月值 ÷ 上月值 − 1；比较月份缺失时留空，不记为 0。", model.Methods.Lines);
    }

    [Fact]
    public void The_fact_check_reads_a_quarterly_change_against_its_quarter()
    {
        _ws.Write("series.csv", File.ReadAllText(Path.Combine(Fixture, "series.csv")));
        _ws.Write("narrative/industry.md", """
            2011年二季度瑞士医药出口环比下降3.9%，同比下降2.9%。

            瑞士医药进口环比增长1.6%。

            2011年一季度瑞士医药出口环比增长9.2%。

            2011年二季度瑞士医药进口环比增长5.0%。
            """);

        var findings = ReportPipeline.BuildModel(_ws.Root, null, null).Value.Model.FactCheck!.Findings;

        Assert.Equal(
        [
            (FactVerdict.Agrees, "-3.9%"), (FactVerdict.Agrees, "-2.9%"), (FactVerdict.Agrees, "1.6%"),
            (FactVerdict.Unchecked, null), (FactVerdict.Mismatch, "1.6%"),
        ], findings.Select(f => (f.Verdict, f.Computed)));
        Assert.Equal("句中所述为2011年一季度，该序列最新数据为2011-04至2011-06，未核对", findings[3].Note);
    }

    [Fact]
    public void The_english_fact_check_checks_quarter_on_quarter_and_never_reads_month_on_month_as_it()
    {
        _ws.Write("series.csv", File.ReadAllText(Path.Combine(Fixture, "series.csv")));
        _ws.Write("narrative/en/industry.md", """
            瑞士医药出口 fell 3.9% quarter on quarter.

            瑞士医药出口 fell 3.9% month on month.
            """);

        var findings = ReportPipeline.BuildModel(_ws.Root, null, null, language: ReportLanguage.En).Value.Model.FactCheck!.Findings;

        Assert.Equal([(FactVerdict.Agrees, "-3.9%"), (FactVerdict.Unchecked, null)], findings.Select(f => (f.Verdict, f.Computed)));
        Assert.Equal("the sentence states a monthly change; the series is quarterly, so it is not checked", findings[1].Note);
    }

    [Fact]
    public void Valuations_before_the_index_inception_are_named_in_a_notice()
    {
        _ws.Write("valuations.csv", """
            date,code,pe_ttm
            2023-12-28,HKI,12
            2023-12-29,HKI,11
            2024-01-31,HKI,10
            2024-02-29,HKI,9
            2024-03-01,HKI,9.5
            """);

        var model = ReportPipeline.BuildModel(_ws.Root, null, null).Value.Model;

        Assert.Equal(["未用于报告 valuations.csv：港股测试指数（HKI）有 2 个 PE-TTM 观测早于 indices.csv 中的基日 2024-01-01（2023-12-28 至 2023-12-29），估值分位自基日起计算"], model.Notices!.Where(n => n.StartsWith("未用于报告", StringComparison.Ordinal)));
        Assert.Equal(3, model.Valuation.Observations);
    }

    private static string Invariant(double v) => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
