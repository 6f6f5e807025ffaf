using SectorScope.Reporting.Model;

namespace SectorScope.Tests.Support;

/// <summary>
/// Stand-in chart pictures for renderer tests: each figure's first series drawn plainly with ScottPlot
/// (bars or a line), in a CJK font, at the size a chart renderer would use.
/// </summary>
public static class ChartPngs
{
    private const string Font = "WenQuanYi Zen Hei";

    private static readonly Lock Gate = new();

    static ChartPngs()
    {
        const string path = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{path} is missing: install the Debian package fonts-wqy-zenhei");
        }

        ScottPlot.Fonts.AddFontFile(Font, path, bold: false, italic: false);
        ScottPlot.Fonts.AddFontFile(Font, path, bold: true, italic: false);
    }

    public static IReadOnlyDictionary<string, byte[]> Draw(ReportModel model)
    {
        lock (Gate)
        {
            return model.Figures.ToDictionary(f => f.Id, Draw);
        }
    }

    /// <summary>A tiny valid PNG (a 4 × 3 grey picture) for tests that only need some picture.</summary>
    public static byte[] Tiny()
    {
        var plot = new ScottPlot.Plot();
        return plot.GetImage(4, 3).GetImageBytes(ScottPlot.ImageFormat.Png);
    }

    private static byte[] Draw(ReportFigure figure)
    {
        var plot = new ScottPlot.Plot();
        plot.Font.Set(Font);
        var series = figure.Series[0];
        var values = series.Values.Select(v => v ?? double.NaN).ToArray();
        var xs = Enumerable.Range(0, values.Length).Select(i => (double)i).ToArray();
        if (figure.Kind is FigureKind.Lines or FigureKind.BandedHistory)
        {
            var line = plot.Add.ScatterLine(xs, values);
            line.LegendText = series.Name;
        }
        else
        {
            var bars = plot.Add.Bars(xs, values);
            bars.LegendText = series.Name;
        }

        int step = Math.Max(1, figure.Categories.Count / 8);
        var ticks = xs.Where((_, i) => i % step == 0).ToArray();
        plot.Axes.Bottom.SetTicks(ticks, [.. ticks.Select(t => figure.Categories[(int)t])]);
        plot.YLabel(figure.YLabel);
        plot.ShowLegend(ScottPlot.Alignment.UpperRight);
        plot.ScaleFactor = 1.4;
        return plot.GetImage(900, 560).GetImageBytes(ScottPlot.ImageFormat.Png);
    }
}
