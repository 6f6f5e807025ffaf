using SectorScope.Pipeline;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Reporting;

/// <summary>The decliners figure draws every decliner up to <c>decliners_max</c>, then the worst ones and says how many fell.</summary>
public sealed class DeclinersFigureTests
{
    [Fact]
    public void Beyond_decliners_max_the_figure_keeps_the_worst_and_its_note_counts_them_all()
    {
        using var demo = new DemoCopy();
        var all = ReportPipeline.BuildModel(demo.Root, null, null).Value.Model.Figures.Single(f => f.Id == "decliners");
        Assert.InRange(all.Categories.Count, 6, 40);
        Assert.Null(all.Note);

        File.AppendAllText(Path.Combine(demo.Root, "sectorscope.yaml"), "decliners_max: 5\n");
        var capped = ReportPipeline.BuildModel(demo.Root, null, null).Value.Model.Figures.Single(f => f.Id == "decliners");

        Assert.Equal(all.Categories.Take(5), capped.Categories);
        Assert.Equal(all.Series[0].Values.Take(5), capped.Series[0].Values);
        Assert.Contains("跌幅居前的5只股票", capped.Caption, StringComparison.Ordinal);
        Assert.Equal($"本月共{all.Categories.Count}只股票下跌，图中为跌幅最大的5只；全部股票的涨跌幅见 tables/stock_returns.csv。", capped.Note);
    }
}
