using SectorScope.Pipeline;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Reporting;

/// <summary>A comparison index whose closes start inside the chart window is drawn from its first close, with a note.</summary>
public sealed class LateSeriesTests : IDisposable
{
    private readonly TestWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    [Fact]
    public void A_late_starting_comparison_index_is_drawn_from_its_first_close_level_with_the_headline_and_noted()
    {
        _ws.Append("indices.csv", "CMP,对比测试指数,US,USD,2024-02-28")
            .Append("prices/us.csv", "2024-02-28,CMP,50").Append("prices/us.csv", "2024-02-29,CMP,55");
        _ws.Write("sectorscope.yaml", File.ReadAllText(_ws.Path("sectorscope.yaml")).Replace("comparison_index: USI", "comparison_index: CMP", StringComparison.Ordinal));

        var figure = ReportPipeline.BuildModel(_ws.Root, null, null).Value.Model.Figure("index-rebased");

        // Days to the period's end: 01-31 (base), 02-28, 02-29. HKI: 100, 100 (carried), 98.
        Assert.Equal(["2024-01-31", "2024-02-28", "2024-02-29"], figure.Categories);
        Assert.Equal([100.0, 100.0, 98.0], figure.Series[0].Values.Select(v => Math.Round(v!.Value, 9)));
        // CMP starts on 02-28 at HKI's level that day (100), then moves with its own closes: 55 / 50 = +10%.
        Assert.Equal([null, 100.0, 110.0], figure.Series[1].Values.Select(v => v is { } x ? Math.Round(x, 9) : (double?)null));
        Assert.Equal("对比测试指数的收盘价始于2024年2月28日，图中自该日起绘制，起点取港股测试指数当日的点位。", figure.Note);
    }

    [Fact]
    public void Indices_with_closes_before_the_window_have_no_note()
    {
        var model = ReportPipeline.BuildModel(_ws.Root, null, null).Value.Model;
        var figure = model.Figure("index-rebased");
        Assert.Null(figure.Note);
        Assert.All(figure.Series, s => Assert.Equal(100.0, s.Values[0]));
        // Months before the indices' first closes have no bars either, and are not listed.
        Assert.Null(model.Figure("index-monthly-returns").Note);
    }

    [Fact]
    public void A_month_an_index_has_no_close_at_its_end_is_an_empty_bar_named_in_the_note()
    {
        // The US market trades on 2024-02-29 (AAA.US closes) but USI has no close that day, as the SPI has none on
        // 2008-09-30 in fPortfolio's SPISECTOR: USI has no February return.
        _ws.Append("prices/us.csv", "2024-02-29,AAA.US,5.6");

        var figure = ReportPipeline.BuildModel(_ws.Root, null, null).Value.Model.Figure("index-monthly-returns");

        Assert.Equal("2024-02", figure.Categories[^1]);
        Assert.Null(figure.Series[1].Values[^1]);
        Assert.Equal(-2.0, Math.Round(figure.Series[0].Values[^1]!.Value, 9));
        Assert.Equal("美股测试指数2024年2月无涨跌幅：2024年2月29日无收盘价。", figure.Note);
    }
}
