using ScottPlot;
using SectorScope.Reporting;
using SectorScope.Reporting.Model;

namespace SectorScope.Rendering.Charts;

public static partial class ChartRenderer
{
    /// <summary>Lines over ISO dates (one point per category), gaps where a value is null, legend above.</summary>
    private static void DrawLines(Plot plot, ChartText text, ReportFigure figure)
    {
        for (int j = 0; j < figure.Series.Count; j++)
        {
            AddLine(plot, figure.Series[j].Values, ChartStyle.Series(j), figure.Series[j].Name, width: 2);
        }

        var count = figure.Categories.Count;
        LabelLineAxis(plot, text, figure.Categories, ChartStyle.DataWidth(rightAxis: false));
        plot.Axes.SetLimitsX(-Math.Max(0.5, 0.01 * count), count - 1 + Math.Max(0.5, 0.01 * count));
        ChartStyle.ShowLegendAbove(plot, text.Family);
    }

    /// <summary>
    /// A long daily line with its reference lines dashed and labelled at the right edge (the first, the mean,
    /// in red; the others grey), and the last value marked and written beside it.
    /// </summary>
    private static void DrawBandedHistory(Plot plot, ChartText text, ReportFigure figure)
    {
        var series = figure.Series[0];
        AddLine(plot, series.Values, ChartStyle.Series(0), "", width: 1.5f);

        var references = figure.ReferenceLines
            .Select((r, k) => (r.Value, $"{r.Label} {DisplayFormat.Number(r.Value, ChartStyle.BandValueDecimals)}", k == 0 ? ChartStyle.MeanInk : ChartStyle.BandInk))
            .ToArray();
        if (references.Length > 0)
        {
            plot.Add.Plottable(new ReferenceLinesPlot(references, text.Family, ChartStyle.TickFontSize));
            plot.Axes.Right.MinimumSize = text.WidestOf(references.Select(r => r.Item2), ChartStyle.TickFontSize) + ReferenceLinesPlot.LabelGap + 8;
        }

        var count = figure.Categories.Count;
        if (Enumerable.Range(0, count).LastOrDefault(i => series.Values[i] is not null, -1) is var last and >= 0 && series.Values[last] is { } current)
        {
            var marker = plot.Add.Marker(last, current, MarkerShape.FilledCircle, 9, ChartStyle.MeanInk);
            marker.LegendText = "";
            var label = plot.Add.Text(DisplayFormat.Number(current, ChartStyle.BandValueDecimals), last, current);
            label.LabelFontName = text.Family;
            label.LabelFontSize = ChartStyle.TickFontSize;
            label.LabelFontColor = ChartStyle.MeanInk;
            label.LabelBold = true;
            label.LabelAlignment = Alignment.MiddleLeft;
            label.LabelOffsetX = 8;
        }

        LabelLineAxis(plot, text, figure.Categories, ChartStyle.DataWidth(rightAxis: references.Length > 0));
        plot.Axes.SetLimitsX(-Math.Max(0.5, 0.01 * count), count - 1 + Math.Max(1, 0.09 * count));
    }

    private static void LabelLineAxis(Plot plot, ChartText text, IReadOnlyList<string> categories, float dataWidth)
    {
        if (!CategoryAxis.LabelDates(plot, text, categories, dataWidth))
        {
            CategoryAxis.LabelEvery(plot, text, categories, dataWidth);
        }
    }

    /// <summary>
    /// A line through the non-null values at x = index: one piece per run of values, so a null is a gap
    /// and never a zero; a lone value between gaps is a dot. Only the first piece carries the legend text.
    /// </summary>
    private static void AddLine(Plot plot, IReadOnlyList<double?> values, Color color, string legend, float width, IYAxis? yAxis = null, float markerSize = 0)
    {
        var first = true;
        for (int start = 0; start < values.Count;)
        {
            if (values[start] is null)
            {
                start++;
                continue;
            }

            var end = start;
            while (end + 1 < values.Count && values[end + 1] is not null)
            {
                end++;
            }

            double[] xs = [.. Enumerable.Range(start, end - start + 1).Select(i => (double)i)];
            double[] ys = [.. Enumerable.Range(start, end - start + 1).Select(i => values[i]!.Value)];
            var piece = plot.Add.Scatter(xs, ys, color);
            piece.LineWidth = width;
            piece.MarkerSize = xs.Length == 1 ? Math.Max(markerSize, width * 3) : markerSize;
            piece.MarkerShape = MarkerShape.FilledCircle;
            piece.LegendText = first ? legend : "";
            if (yAxis is not null)
            {
                piece.Axes.YAxis = yAxis;
            }

            first = false;
            start = end + 1;
        }
    }
}
