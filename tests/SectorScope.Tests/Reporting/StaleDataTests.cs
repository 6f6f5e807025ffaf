using SectorScope.Cli;
using SectorScope.Pipeline;
using SectorScope.Tests.Hardening;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Reporting;

/// <summary>Nothing stale in print: old index closes and valuations stop the run, old security closes are left out with their reason.</summary>
public sealed class StaleDataTests : IDisposable
{
    private readonly TestWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    [Fact]
    [Trait("Category", "Slow")]
    public void Prices_that_end_a_month_before_the_period_stop_the_run_naming_the_file_and_the_last_date()
    {
        var run = CliProcess.Run("report", "--workspace", _ws.Root, "--period", "2024-04", "--out", _ws.OutputFolder, "--format", "md");

        Assert.Equal(ExitCodes.InputErrors, run.ExitCode);
        Assert.Contains("prices/hk.csv:7: close: 行业指数、HK 市场基准、估值指数 HKI 已过期：最后收盘价在 2024-02-29，比截止日 2024-04-30 早 61 天（stale_after_days 为 7）", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("prices/us.csv:5: close: 对比指数、US 市场基准 USI 已过期：最后收盘价在 2024-02-28", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_ws.OutputFolder));
        Assert.False(Directory.Exists(_ws.Path("history")));
    }

    [Fact]
    public void Valuations_that_stop_before_the_as_of_date_are_refused_at_their_last_row()
    {
        _ws.Write("valuations.csv", """
            date,code,pe_ttm
            2024-01-31,HKI,10
            2024-02-20,HKI,9
            """);

        var e = ReportPipeline.BuildModel(_ws.Root, null, null).Refused();

        Assert.Equal(["valuations.csv:3: pe_ttm: 估值指数 HKI 的估值已过期：最后估值在 2024-02-20，比截止日 2024-03-01 早 10 天（stale_after_days 为 7）"],
            e.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_longer_stale_after_days_lets_the_same_data_through()
    {
        _ws.Write("valuations.csv", "date,code,pe_ttm\n2024-01-31,HKI,10\n2024-02-20,HKI,9");
        _ws.Append("sectorscope.yaml", "stale_after_days: 10");
        Assert.Equal("2024-02", ReportPipeline.BuildModel(_ws.Root, null, null).Value.Model.Header.Period);
    }

    [Fact]
    public void A_security_whose_last_close_is_stale_is_left_out_with_its_date_and_shows_no_close_in_the_forecast_table()
    {
        // 0001.HK last closed on 2024-03-01; an as-of of 2024-03-10 with fresh index data leaves it 9 days old.
        _ws.Append("prices/hk.csv", "2024-03-08,HKI,97").Append("prices/hk.csv", "2024-03-08,0002.HK,19.5")
            .Append("prices/us.csv", "2024-03-08,USI,211").Append("prices/us.csv", "2024-03-08,AAA.US,5.6")
            .Append("valuations.csv", "2024-03-08,HKI,9.4");

        var model = ReportPipeline.BuildModel(_ws.Root, null, new DateOnly(2024, 3, 10)).Value.Model;

        var excluded = model.DataTables.Single(t => t.Name == "excluded");
        Assert.Equal([["0001.HK", "甲公司", "最后收盘价为2024年3月1日，早于截止日2024年3月10日逾7天"]], excluded.Rows.Select(r => r.Select(c => c?.ToString()).ToArray()));
        var forecasts = model.Table("forecasts");
        Assert.Equal("—", forecasts.Rows.Single(r => r[0].Text == "0001.HK")[3].Text);
        Assert.Equal("截至2024年3月10日无可用收盘价；EPS 为预测值，PE 按收盘日汇率折算。", forecasts.Note);
    }

    [Fact]
    public void The_forecast_table_states_the_date_of_its_closes()
    {
        var model = ReportPipeline.BuildModel(_ws.Root, null, null).Value.Model;
        Assert.Equal("收盘价为2024年3月1日收盘价；EPS 为预测值，PE 按收盘日汇率折算。", model.Table("forecasts").Note);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("367")]
    [InlineData("a week")]
    public void Stale_after_days_out_of_range_is_a_settings_error(string value)
    {
        _ws.Append("sectorscope.yaml", $"stale_after_days: {value}");
        var e = ReportPipeline.BuildModel(_ws.Root, null, null).Refused();
        Assert.Contains(e.Diagnostics, d => d.File == "sectorscope.yaml" && d.Column == "stale_after_days");
    }
}
