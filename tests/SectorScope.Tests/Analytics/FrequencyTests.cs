using SectorScope.Analytics;
using SectorScope.Pipeline;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Analytics;

public sealed class FrequencyTests
{
    private static DateOnly[] Every(int days, int count, DateOnly from) => [.. Enumerable.Range(0, count).Select(i => from.AddDays(i * days))];

    [Fact]
    public void Trading_days_with_weekends_and_a_holiday_are_daily()
    {
        var weekdays = Enumerable.Range(0, 60).Select(i => new DateOnly(2024, 1, 1).AddDays(i)).Where(d => d.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday && d != new DateOnly(2024, 1, 15));
        Assert.Equal(Frequency.Daily, FrequencyDetector.Detect(weekdays));
    }

    [Fact]
    public void Month_ends_with_one_month_missing_are_monthly()
    {
        var ends = Enumerable.Range(1, 24).Select(m => new DateOnly(2022, 1, 1).AddMonths(m).AddDays(-1)).Where(d => d.Month != 6);
        Assert.Equal(Frequency.Monthly, FrequencyDetector.Detect(ends));
    }

    [Fact]
    public void Quarter_ends_are_quarterly_and_weeks_weekly()
    {
        Assert.Equal(Frequency.Quarterly, FrequencyDetector.Detect([new(2023, 3, 31), new(2023, 6, 30), new(2023, 9, 30), new(2023, 12, 31), new(2024, 3, 31)]));
        Assert.Equal(Frequency.Weekly, FrequencyDetector.Detect(Every(7, 10, new DateOnly(2024, 1, 5))));
        Assert.Equal(Frequency.Annual, FrequencyDetector.Detect(Every(365, 4, new DateOnly(2020, 12, 31))));
        Assert.Equal(Frequency.Daily, FrequencyDetector.Detect([new(2024, 1, 5)]));
    }

    [Fact]
    public void A_monthly_pe_series_is_named_monthly_in_the_methods_note()
    {
        using var ws = new TestWorkspace();
        // The test workspace's valuations are month ends (and one early-March value): monthly, not daily.
        ws.Write("valuations.csv", "date,code,pe_ttm\n2023-10-31,HKI,11\n2023-11-30,HKI,10.5\n2023-12-29,HKI,10.2\n2024-01-31,HKI,10\n2024-02-29,HKI,9\n2024-03-01,HKI,9.5");
        ws.Write("indices.csv", File.ReadAllText(ws.Path("indices.csv")).Replace("HKI,港股测试指数,HK,HKD,2024-01-01", "HKI,港股测试指数,HK,HKD,2023-10-01", StringComparison.Ordinal));

        var methods = ReportPipeline.BuildModel(ws.Root, null, null).Value.Model.Methods.Lines;

        Assert.Contains(methods, m => m.Contains("成立以来至估值日的每月 PE-TTM", StringComparison.Ordinal));
    }
}
