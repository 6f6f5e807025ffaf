using SectorScope.Reporting.Model;
using SectorScope.Rendering.Charts;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Rendering.Charts;

/// <summary>
/// Every figure of the demo report draws. The PNGs go to a temporary folder, or to SECTORSCOPE_CHARTS_DIR
/// when it is set, to look at them.
/// </summary>
[Collection(DemoModelCollection.Name)]
public sealed class DemoChartsTests(DemoModelFixture demo)
{
    [Fact]
    public void Every_demo_figure_renders_to_a_png_and_svg_named_by_its_file_stem()
    {
        var keep = Environment.GetEnvironmentVariable("SECTORSCOPE_CHARTS_DIR");
        var folder = keep ?? Path.Combine(Path.GetTempPath(), "sectorscope-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var model = demo.Model;
            Directory.CreateDirectory(folder);
            foreach (var figure in model.Figures)
            {
                var chart = ChartRenderer.Render(figure, model.Header, ChartSamples.Font);
                File.WriteAllBytes(Path.Combine(folder, chart.FileStem + ".png"), chart.Png);
                File.WriteAllText(Path.Combine(folder, chart.FileStem + ".svg"), chart.Svg);
                Assert.Equal((1000, 560), ChartSamples.PngSize(chart.Png));
            }

            Assert.Equal(model.Figures.Select(f => f.FileStem + ".png").Order(StringComparer.Ordinal),
                Directory.EnumerateFiles(folder, "*.png").Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Equal(
                [FigureKind.GroupedBars, FigureKind.Lines, FigureKind.SignedBars, FigureKind.BandedHistory, FigureKind.BarsWithChangeLine],
                model.Figures.Select(f => f.Kind).Distinct().Order());
        }
        finally
        {
            if (keep is null && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
