using ScottPlot;
using SectorScope.Reporting.Model;

namespace SectorScope.Rendering.Charts;

/// <summary>
/// Draws a <see cref="ReportFigure"/> as a PNG and an SVG of fixed size. It draws what the figure holds and
/// computes nothing: mean and ±1σ arrive as reference lines, colours of gains and losses from the header.
/// The caption (图N) and the source line are not drawn; documents set them around the picture.
/// </summary>
public static partial class ChartRenderer
{
    /// <exception cref="MissingFontException"><paramref name="font"/> cannot draw Chinese.</exception>
    /// <exception cref="ArgumentException">A series does not have one value per category.</exception>
    public static RenderedChart Render(ReportFigure figure, ReportHeader header, ChartFont font) =>
        new(figure.FileStem, Png(figure, header, font), Svg(figure, header, font));

    /// <summary>The chart as PNG; drawn from its own plot, so that PNG and SVG can be drawn at the same time.</summary>
    public static byte[] Png(ReportFigure figure, ReportHeader header, ChartFont font)
    {
        using var scope = FontScope.Enter(font.Family);
        using var text = new ChartText(font.Family);
        using var plot = Draw(figure, header, font, text);
        return plot.GetImageBytes(ChartStyle.Width, ChartStyle.Height, ImageFormat.Png);
    }

    public static string Svg(ReportFigure figure, ReportHeader header, ChartFont font)
    {
        using var scope = FontScope.Enter(font.Family);
        using var text = new ChartText(font.Family);
        using var plot = Draw(figure, header, font, text);
        return SvgIds.Normalize(plot.GetSvgXml(ChartStyle.Width, ChartStyle.Height));
    }

    private static Plot Draw(ReportFigure figure, ReportHeader header, ChartFont font, ChartText text)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(font);
        foreach (var series in figure.Series.Where(s => s.Values.Count != figure.Categories.Count))
        {
            throw new ArgumentException($"{figure.Id}: series '{series.Name}' has {series.Values.Count} values for {figure.Categories.Count} categories", nameof(figure));
        }

        ChartFontRegistry.Ensure(font);
        var plot = ChartStyle.NewPlot(font.Family);
        if (figure.Categories.Count == 0 || figure.Series.All(s => s.Values.All(v => v is null)))
        {
            DrawNote(plot, text, figure.Note ?? "暂无数据");
        }
        else
        {
            plot.Axes.Left.Label.Text = figure.YLabel;
            switch (figure.Kind)
            {
                case FigureKind.GroupedBars:
                    DrawGroupedBars(plot, text, figure);
                    break;
                case FigureKind.Lines:
                    DrawLines(plot, text, figure);
                    break;
                case FigureKind.SignedBars:
                    DrawSignedBars(plot, text, figure, ChartStyle.Parse(header.UpColor), ChartStyle.Parse(header.DownColor));
                    break;
                case FigureKind.BandedHistory:
                    DrawBandedHistory(plot, text, figure);
                    break;
                case FigureKind.BarsWithChangeLine:
                    DrawBarsWithChangeLine(plot, text, figure);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(figure), figure.Kind, "unknown figure kind");
            }
        }

        return plot;
    }

    /// <summary>No data: an empty frame with the figure's note in its middle.</summary>
    private static void DrawNote(Plot plot, ChartText text, string note)
    {
        plot.HideGrid();
        foreach (var axis in new IAxis[] { plot.Axes.Left, plot.Axes.Bottom })
        {
            axis.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
            axis.MajorTickStyle.Length = 0;
        }

        plot.Axes.Top.FrameLineStyle.Width = 1;
        plot.Axes.Right.FrameLineStyle.Width = 1;
        plot.Axes.Frame(true);
        var label = plot.Add.Text(note, 0, 0);
        label.LabelFontName = text.Family;
        label.LabelFontSize = ChartStyle.NoteFontSize;
        label.LabelFontColor = ChartStyle.NoteInk;
        label.LabelAlignment = Alignment.MiddleCenter;
        plot.Axes.SetLimits(-1, 1, -1, 1);
    }

    /// <summary>Values of a series as doubles, null as NaN (drawn as nothing).</summary>
    private static double[] Values(FigureSeries series) => [.. series.Values.Select(v => v ?? double.NaN)];
}
