using SectorScope.Analytics;
using SectorScope.Pipeline;
using SectorScope.Reporting.FactCheck;
using SectorScope.Reporting.Wordings;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Reporting;

/// <summary>
/// Companies whose fiscal year ends in another month than December (securities.csv fy_end): forecasts labelled FY, the
/// years shown chosen by when each fiscal year ends, PE computed from that fiscal year's EPS.
/// </summary>
public sealed class FiscalYearTests : IDisposable
{
    private readonly TestWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    [Theory]
    [InlineData("2024-03-01", 6, new[] { 2024, 2025 })] // FY2024 ends 2024-06-30, after the as-of date
    [InlineData("2024-06-29", 6, new[] { 2024, 2025 })]
    [InlineData("2024-06-30", 6, new[] { 2025, 2026 })] // a year that ends on the as-of date is no longer forecast
    [InlineData("2024-12-02", 6, new[] { 2025, 2026 })]
    [InlineData("2024-12-02", 12, new[] { 2024, 2025 })]
    [InlineData("2024-12-31", 12, new[] { 2025, 2026 })]
    [InlineData("2025-01-15", 3, new[] { 2025, 2026 })] // FY2025 of a March year end: April 2024 – March 2025
    [InlineData("2024-02-29", 2, new[] { 2025, 2026 })]
    [InlineData("2024-02-28", 2, new[] { 2024, 2025 })]
    [InlineData("2024-01-15", 1, new[] { 2024, 2025 })]
    public void The_years_shown_are_the_first_two_fiscal_years_ending_after_the_as_of_date(string asOf, int fyEnd, int[] expected) =>
        Assert.Equal(expected, FiscalYears.EndingAfter(DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture), fyEnd, 2));

    [Fact]
    public void A_fiscal_year_ends_on_the_last_day_of_its_month()
    {
        Assert.Equal(new DateOnly(2025, 6, 30), FiscalYears.End(2025, 6));
        Assert.Equal(new DateOnly(2024, 2, 29), FiscalYears.End(2024, 2));
        Assert.Equal(new DateOnly(2024, 12, 31), FiscalYears.End(2024, 12));
    }

    [Fact]
    public void Bad_fy_end_values_are_all_reported_in_chinese_with_file_line_and_column()
    {
        var diagnostics = new DiagnosticBag();
        var rows = InputParsers.Securities("securities.csv", """
            code,name,market,currency,sub_sector,fy_end
            0001.HK,甲公司,HK,HKD,游戏,6
            0002.HK,乙公司,HK,HKD,电商,13
            0003.HK,丙公司,HK,HKD,电商,六
            0004.HK,丁公司,HK,HKD,电商,0
            0005.HK,戊公司,HK,HKD,电商,6.5
            0006.HK,己公司,HK,HKD,电商,-3
            0007.HK,庚公司,HK,HKD,电商,
            0008.HK,辛公司,HK,HKD,电商,03
            """, new HashSet<string> { "HK" }, diagnostics);

        Assert.Equal(
        [
            "securities.csv:3: fy_end: 财年结束月份「13」不是 1 至 12 的整数（如 6 表示财年截至6月；留空为自然年度）",
            "securities.csv:4: fy_end: 财年结束月份「六」不是 1 至 12 的整数（如 6 表示财年截至6月；留空为自然年度）",
            "securities.csv:5: fy_end: 财年结束月份「0」不是 1 至 12 的整数（如 6 表示财年截至6月；留空为自然年度）",
            "securities.csv:6: fy_end: 财年结束月份「6.5」不是 1 至 12 的整数（如 6 表示财年截至6月；留空为自然年度）",
            "securities.csv:7: fy_end: 财年结束月份「-3」不是 1 至 12 的整数（如 6 表示财年截至6月；留空为自然年度）",
        ], diagnostics.Items.Select(d => d.ToString()));
        Assert.Equal([("0001.HK", 6), ("0007.HK", 12), ("0008.HK", 3)], rows.Select(s => (s.Code, s.FyEnd)));
    }

    [Fact]
    public void Check_refuses_a_bad_fy_end_naming_the_file_line_and_column()
    {
        _ws.Write("securities.csv", File.ReadAllText(_ws.Path("securities.csv")).Replace("sub_sector,name_en,shares_mn", "sub_sector,name_en,shares_mn,fy_end", StringComparison.Ordinal)
            .Replace("A Co,100", "A Co,100,13", StringComparison.Ordinal));

        var result = ReportPipeline.BuildModel(_ws.Root, null, null);

        Assert.Contains("securities.csv:2: fy_end: 财年结束月份「13」不是 1 至 12 的整数（如 6 表示财年截至6月；留空为自然年度）", result.Rejected!.Diagnostics.Select(d => d.ToString()));
    }

    /// <summary>
    /// As of 2024-03-01 a June year end's first fiscal year still forecast is FY2024 (July 2023 – June 2024), the calendar
    /// company's 2024: one label per column, headed FY2024E / FY2025E, and the note says when 乙公司's year ends.
    /// </summary>
    [Fact]
    public void A_june_fiscal_year_is_labelled_FY_and_its_pe_is_price_over_that_fiscal_year_eps()
    {
        JuneCompany();

        var model = ReportPipeline.BuildModel(_ws.Root, null, null).Value.Model;

        var table = model.Table("forecasts");
        Assert.Equal(["FY2024E", "FY2025E", "FY2024E", "FY2025E"], table.Columns.Skip(5).Select(c => c.Header));
        var june = table.Rows.Single(r => r[0].Text == "0002.HK");
        // Close 19.5 HKD on 2024-03-01, HKD→CNY 0.92 that day: 19.5 × 0.92 = 17.94 CNY.
        // FY2024 PE = 17.94 ÷ 0.69 = 26.0; FY2025 PE = 17.94 ÷ 0.78 = 23.0. FY2023 (ended June 2023) and FY2026 are not shown.
        Assert.Equal(["0.69", "0.78", "26", "23"], june.Skip(5).Select(c => c.Text));
        Assert.Equal(26.0, june[7].Value!.Value, 9);
        Assert.Equal(23.0, june[8].Value!.Value, 9);
        var calendar = table.Rows.Single(r => r[0].Text == "0001.HK");
        Assert.Equal(["1.20", "-1.00", "9", "NM"], calendar.Skip(5).Select(c => c.Text));
        Assert.EndsWith("乙公司财年截至6月，FY2024为2023年7月至2024年6月；其余公司为自然年度。", table.Note, StringComparison.Ordinal);

        var coverage = model.DataTables.Single(t => t.Name == "coverage").Rows.Single(r => (string)r[0]! == "0002.HK");
        Assert.Equal([2024, 0.69, 26.0, 2025, 0.78, 23.0], coverage.Skip(6).Select(v => v is double d ? Math.Round(d, 9) : v));
    }

    /// <summary>
    /// As of 2024-08-01 the June company's first fiscal year still forecast is FY2025 and the calendar company's 2024: one
    /// column holds two different years, so it is headed FY1 and the note says which year each company shows.
    /// </summary>
    [Fact]
    public void Mixed_fiscal_and_calendar_years_are_headed_FY1_FY2_and_the_note_says_which_year_each_shows()
    {
        JuneCompany();
        LaterAsOf();

        var model = ReportPipeline.BuildModel(_ws.Root, null, null).Value.Model;

        var table = model.Table("forecasts");
        Assert.Equal(["FY1", "FY2", "FY1", "FY2"], table.Columns.Skip(5).Select(c => c.Header));
        // Close 20.7 HKD on 2024-08-01 × HKD→CNY 0.9 = 18.63 CNY; FY2025 PE = 18.63 ÷ 0.78 = 23.9 → 24; FY2026 = 18.63 ÷ 0.9 = 20.7 → 21.
        Assert.Equal(["0.78", "0.90", "24", "21"], table.Rows.Single(r => r[0].Text == "0002.HK").Skip(5).Select(c => c.Text));
        // 0001.HK: 12 HKD × 0.9 = 10.8 CNY ÷ 2024's 1.2 = 9.0.
        Assert.Equal(["1.20", "-1.00", "9", "NM"], table.Rows.Single(r => r[0].Text == "0001.HK").Skip(5).Select(c => c.Text));
        Assert.EndsWith("FY1、FY2依次为各公司在2024年8月1日之后结束的财年：乙公司财年截至6月，为FY2025、FY2026（FY2025为2024年7月至2025年6月）；其余公司为2024年、2025年。", table.Note, StringComparison.Ordinal);

        var english = ReportPipeline.BuildModel(_ws.Root, null, null, language: ReportLanguage.En).Value.Model.Table("forecasts");
        Assert.EndsWith("FY1, FY2 are each company's fiscal years ending after 1 August 2024: 乙公司, years ending in June: FY2025, FY2026 (FY2025 runs from July 2024 to June 2025); other companies: 2024, 2025.", english.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Forecast_years_in_the_settings_are_the_fiscal_years_of_every_company()
    {
        JuneCompany();
        LaterAsOf();
        _ws.Write("sectorscope.yaml", File.ReadAllText(_ws.Path("sectorscope.yaml")) + "forecast_years: [2025, 2026]\n");

        var table = ReportPipeline.BuildModel(_ws.Root, null, null).Value.Model.Table("forecasts");

        Assert.Equal(["FY2025E", "FY2026E", "FY2025E", "FY2026E"], table.Columns.Skip(5).Select(c => c.Header));
        Assert.Equal(["0.78", "0.90", "24", "21"], table.Rows.Single(r => r[0].Text == "0002.HK").Skip(5).Select(c => c.Text));
        Assert.EndsWith("乙公司财年截至6月，FY2025为2024年7月至2025年6月；其余公司为自然年度。", table.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Calendar_year_companies_keep_their_labels_and_note()
    {
        var table = ReportPipeline.BuildModel(_ws.Root, null, null).Value.Model.Table("forecasts");

        Assert.Equal(["2024E", "2025E", "2024E", "2025E"], table.Columns.Skip(5).Select(c => c.Header));
        Assert.DoesNotContain("财年", table.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fact_check_reads_a_fiscal_year_pe()
    {
        JuneCompany();
        _ws.Write("narrative/valuation.md", "乙公司FY2024 PE为26倍，25财年PE为23倍。");

        var findings = ReportPipeline.BuildModel(_ws.Root, null, null).Value.Model.FactCheck!.Findings;

        Assert.Equal([(FactVerdict.Agrees, "26x"), (FactVerdict.Agrees, "23x")], findings.Select(f => (f.Verdict, f.Computed)));
    }

    [Fact]
    public void Revisions_name_a_fiscal_year_as_the_table_heads_it()
    {
        var summary = new ChangeSummary([], [], [], [], [], [("乙公司", 2025, 10.3m, 6), ("甲公司", 2024, 2.0m, 12)], [("乙公司", 2026, -1.5m, 6)], false, []);

        Assert.Equal("上调乙公司 FY25 EPS 10.3%、甲公司 24年EPS 2.0%；下调乙公司 FY26 EPS 1.5%。", Wording.For(ReportLanguage.ZhCn).ChangesSummary(summary));
        Assert.Equal("Raised 乙公司's FY25 (year to June) EPS by 10.3%, 甲公司's FY24 EPS by 2.0%; cut 乙公司's FY26 (year to June) EPS by 1.5%.",
            Wording.For(ReportLanguage.En).ChangesSummary(summary));
    }

    /// <summary>乙公司 (0002.HK) closes its year in June; its forecasts run FY2023 (already ended) to FY2026.</summary>
    private void JuneCompany()
    {
        _ws.Write("sectorscope.yaml", File.ReadAllText(_ws.Path("sectorscope.yaml")).Replace("forecast_years: [2024, 2025]\n", "", StringComparison.Ordinal));
        _ws.Write("securities.csv", """
            code,name,market,currency,sub_sector,name_en,shares_mn,fy_end
            0001.HK,甲公司,HK,HKD,游戏,A Co,100,
            0002.HK,乙公司,HK,HKD,电商,,,6
            AAA.US,丙公司,US,USD,电商,,50,12
            """);
        _ws.Append("prices/hk.csv", "2024-03-01,0002.HK,19.5");
        _ws.Write("coverage.csv", """
            code,rating
            0001.HK,买入
            0002.HK,买入
            """);
        _ws.Append("forecasts.csv", "0002.HK,2023,0.5,CNY,").Append("forecasts.csv", "0002.HK,2024,0.69,CNY,")
            .Append("forecasts.csv", "0002.HK,2025,0.78,CNY,").Append("forecasts.csv", "0002.HK,2026,0.9,CNY,");
    }

    /// <summary>The report for July 2024, as of 2024-08-01.</summary>
    private void LaterAsOf()
    {
        _ws.Write("sectorscope.yaml", File.ReadAllText(_ws.Path("sectorscope.yaml"))
            .Replace("period: 2024-02", "period: 2024-07", StringComparison.Ordinal).Replace("as_of: 2024-03-01", "as_of: 2024-08-01", StringComparison.Ordinal));
        _ws.Write("prices/hk.csv", """
            date,code,close
            2024-06-28,0001.HK,10
            2024-06-28,0002.HK,20
            2024-06-28,HKI,100
            2024-07-31,0001.HK,11
            2024-07-31,0002.HK,21
            2024-07-31,HKI,98
            2024-08-01,0001.HK,12
            2024-08-01,0002.HK,20.7
            2024-08-01,HKI,99
            """);
        _ws.Write("prices/us.csv", """
            date,code,close
            2024-06-28,AAA.US,5
            2024-06-28,USI,200
            2024-07-31,AAA.US,5.5
            2024-07-31,USI,210
            """);
        _ws.Write("valuations.csv", """
            date,code,pe_ttm
            2024-06-28,HKI,10
            2024-07-31,HKI,9
            2024-08-01,HKI,9.5
            """);
        _ws.Write("fx.csv", """
            date,from,to,rate
            2024-08-01,HKD,CNY,0.9
            """);
    }
}
