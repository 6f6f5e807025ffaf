using SectorScope.Analytics;
using SectorScope.Reporting;
using SectorScope.Workspace;

namespace SectorScope.Tests.Analytics;

public sealed class AnalyticsFactsTests
{
    private static readonly SourceRef Src = new("prices/x.csv", 1);

    private static MonthEndPanel Panel(params (string Code, string Date, double Close)[] closes)
    {
        var dates = closes.Select(c => DateOnly.Parse(c.Date, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToArray();
        return new MonthEndPanel(new Dictionary<string, IReadOnlyList<DateOnly>> { ["HK"] = dates },
            closes.Select(c => (c.Code, new ClosePoint(DateOnly.Parse(c.Date, System.Globalization.CultureInfo.InvariantCulture), c.Close, Src))));
    }

    [Fact]
    public void MonthlyReturn_is_compounded_not_summed()
    {
        var panel = Panel(("A", "2024-01-31", 100), ("A", "2024-02-29", 110), ("A", "2024-03-28", 121));
        var feb = PeriodReturns.Compute(panel, "A", "HK", new ReportPeriod(2024, 2)).Return!;
        var mar = PeriodReturns.Compute(panel, "A", "HK", new ReportPeriod(2024, 3)).Return!;
        Assert.Equal(0.21, PeriodReturns.Compound([feb.Value, mar.Value]), 12);
        Assert.NotEqual(0.20, PeriodReturns.Compound([feb.Value, mar.Value]), 6);
    }

    [Fact]
    public void Security_without_a_close_at_the_period_end_is_excluded_and_says_why()
    {
        var panel = Panel(("A", "2024-01-31", 100), ("B", "2024-01-31", 50), ("A", "2024-02-29", 110));
        var (r, excluded) = PeriodReturns.Compute(panel, "B", "HK", new ReportPeriod(2024, 2));
        Assert.Null(r);
        Assert.Equal("no close on 2024-02-29", excluded!.Reason);
    }

    [Fact]
    public void Last_trading_day_of_the_market_is_used_not_the_calendar_month_end()
    {
        var panel = Panel(("A", "2024-01-30", 100), ("A", "2024-02-28", 90));
        var r = PeriodReturns.Compute(panel, "A", "HK", new ReportPeriod(2024, 2)).Return!;
        Assert.Equal(new DateOnly(2024, 1, 30), r.Start.Date);
        Assert.Equal(new DateOnly(2024, 2, 28), r.End.Date);
        Assert.Equal(-10.0, r.Pct, 12);
    }

    [Fact]
    public void Excess_return_rounds_after_subtraction()
    {
        // 16.74% − (−3.24%) = 19.98pct → 20.0pct, whereas rounding first gives 16.7 + 3.2 = 19.9.
        var excess = new ExcessReturn(16.74, -3.24);
        Assert.Equal("20.0pct", SectorScope.Reporting.Wordings.Wording.ZhCn.Points(excess.Pct));
    }

    [Theory]
    [InlineData(6.10, 6.2143, false, "跑输0.1pct")]
    [InlineData(21.01, 6.2143, true, "跑赢14.8pct")]
    [InlineData(6.19, 6.2143, true, "跑赢0.0pct")]
    public void Wording_is_judged_on_the_displayed_excess(double stock, double benchmark, bool outperformed, string _)
    {
        Assert.Equal(outperformed, new ExcessReturn(stock, benchmark).Outperformed(1));
    }

    [Theory]
    [InlineData(PercentileMethod.Inc, 40.0)]
    [InlineData(PercentileMethod.Rank, 58.333333333333336)]
    [InlineData(PercentileMethod.Strict, 33.333333333333336)]
    public void Percentile_methods_follow_their_definitions(PercentileMethod method, double expected)
    {
        // Sorted: 1 2 3 3 4 5 → two below 3, two equal to 3, n = 6.
        double[] window = [3, 1, 4, 3, 5, 2];
        Assert.Equal(expected, ValuationPercentile.Compute(window, 3, method)!.Value, 12);
    }

    [Fact]
    public void Forward_pe_converts_the_price_into_the_eps_currency()
    {
        Assert.Equal(398.0 * 0.925 / 24.1, Multiples.ForwardPe(398.0, 0.925, 24.1)!.Value, 12);
        Assert.Equal("15", DisplayFormat.Number(Multiples.ForwardPe(398.0, 0.925, 24.1)!.Value, 0));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.2)]
    [InlineData(null)]
    public void Forward_pe_is_NM_for_missing_or_non_positive_eps(double? eps) => Assert.Null(Multiples.ForwardPe(100, 1, eps));

    [Fact]
    public void Yoy_and_mom_are_blank_when_the_comparison_month_is_missing()
    {
        var rows = new[]
        {
            new SeriesRow(new DateOnly(2023, 10, 31), "S", 100, null, Src),
            new SeriesRow(new DateOnly(2024, 9, 30), "S", 120, null, Src),
            new SeriesRow(new DateOnly(2024, 10, 31), "S", 110, null, Src),
            new SeriesRow(new DateOnly(2024, 12, 31), "S", 90, null, Src),
        };
        var points = SeriesChanges.Compute(rows);
        var oct = points.Single(p => p.Date.Month == 10 && p.Date.Year == 2024);
        Assert.Equal(10.0, oct.YoyPct!.Value, 12);
        Assert.Equal((110.0 / 120.0 - 1) * 100, oct.MomPct!.Value, 12);
        var dec = points.Single(p => p.Date.Month == 12);
        Assert.Null(dec.YoyPct);
        Assert.Null(dec.MomPct);
    }

    [Theory]
    [InlineData(-0.04, "0.0%")]
    [InlineData(2.675, "2.7%")]
    [InlineData(-3.25, "-3.3%")]
    [InlineData(16.738, "16.7%")]
    public void Display_rounds_half_away_from_zero_and_never_prints_minus_zero(double pct, string expected) =>
        Assert.Equal(expected, DisplayFormat.Percent(pct));
}
