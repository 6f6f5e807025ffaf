using ScottPlot;
using SectorScope.Reporting.Model;

namespace SectorScope.Rendering.Charts;

public static partial class ChartRenderer
{
    /// <summary>
    /// Bars of the left-axis series (values in the figure's unit) and, on the right axis, a line with dots for
    /// each <see cref="FigureSeries.SecondaryAxis"/> series (their YoY change); legend above.
    /// </summary>
    private static void DrawBarsWithChangeLine(Plot plot, ChartText text, ReportFigure figure)
    {
        var primary = figure.Series.Where(s => !s.SecondaryAxis).ToArray();
        var secondary = figure.Series.Where(s => s.SecondaryAxis).ToArray();
        AddGroupedBars(plot, primary, figure.Categories.Count);
        for (int k = 0; k < secondary.Length; k++)
        {
            AddLine(plot, secondary[k].Values, ChartStyle.Series(primary.Length + k), secondary[k].Name, width: 2.5f, plot.Axes.Right, markerSize: 7);
        }

        if (secondary.Length == 1)
        {
            plot.Axes.Right.Label.Text = secondary[0].Name;
        }

        plot.Axes.Right.MajorTickStyle.Color = ChartStyle.AxisInk;
        FinishBars(plot, text, figure.Categories, primary, ChartStyle.DataWidth(rightAxis: true));
        ChartStyle.ShowLegendAbove(plot, text.Family);
    }
}
