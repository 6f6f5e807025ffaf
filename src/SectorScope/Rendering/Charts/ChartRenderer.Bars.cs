using ScottPlot;
using SectorScope.Reporting;
using SectorScope.Reporting.Model;

namespace SectorScope.Rendering.Charts;

public static partial class ChartRenderer
{
    /// <summary>Share of a category's slot the bars of all series take together.</summary>
    private const double GroupWidth = 0.8;

    /// <summary>Share of a stock's slot its signed bar takes.</summary>
    private const double SignedBarWidth = 0.62;

    /// <summary>Months (or any categories) on x, one bar per series side by side, legend above.</summary>
    private static void DrawGroupedBars(Plot plot, ChartText text, ReportFigure figure)
    {
        AddGroupedBars(plot, figure.Series, figure.Categories.Count);
        FinishBars(plot, text, figure.Categories, figure.Series, ChartStyle.DataWidth(rightAxis: false));
        ChartStyle.ShowLegendAbove(plot, text.Family);
    }

    /// <summary>The first series, a bar per stock coloured by sign, its value written at the bar's end when it fits.</summary>
    private static void DrawSignedBars(Plot plot, ChartText text, ReportFigure figure, Color up, Color down)
    {
        var series = figure.Series[0];
        var labels = series.Values.Select(v => v is { } x ? DisplayFormat.Number(x, ChartStyle.BarValueDecimals) : "").ToArray();
        var dataWidth = ChartStyle.DataWidth(rightAxis: false);
        var labelSize = ValueLabelSize(text, labels, dataWidth / figure.Categories.Count);
        var bars = new List<Bar>();
        for (int i = 0; i < series.Values.Count; i++)
        {
            if (series.Values[i] is { } value)
            {
                var color = value >= 0 ? up : down;
                bars.Add(new Bar
                {
                    Position = i,
                    Value = value,
                    Size = SignedBarWidth,
                    FillColor = color,
                    LineWidth = 0,
                    Label = labelSize is null ? "" : labels[i],
                });
            }
        }

        var plottable = plot.Add.Bars(bars);
        plottable.LegendText = "";
        if (labelSize is { } size)
        {
            plottable.ValueLabelStyle.FontName = text.Family;
            plottable.ValueLabelStyle.FontSize = size;
            plottable.ValueLabelStyle.ForeColor = ChartStyle.Ink;
        }

        FinishBars(plot, text, figure.Categories, [series], dataWidth);
    }

    /// <summary>Bars of <paramref name="series"/> at x = 0, 1, …, side by side within each slot; nulls draw no bar.</summary>
    private static void AddGroupedBars(Plot plot, IReadOnlyList<FigureSeries> series, int categories, int firstColor = 0)
    {
        var width = GroupWidth / Math.Max(1, series.Count);
        for (int j = 0; j < series.Count; j++)
        {
            var color = ChartStyle.Series(firstColor + j);
            var bars = new List<Bar>();
            for (int i = 0; i < categories; i++)
            {
                if (series[j].Values[i] is { } value)
                {
                    bars.Add(new Bar
                    {
                        Position = i - (GroupWidth / 2) + (width * (j + 0.5)),
                        Value = value,
                        Size = width * 0.9,
                        FillColor = color,
                        LineWidth = 0,
                    });
                }
            }

            var plottable = plot.Add.Bars(bars);
            plottable.Color = color;
            plottable.LegendText = series[j].Name;
        }
    }

    /// <summary>Category labels; a zero line when bars go below it; bars standing on (or hanging from) the frame when all point one way.</summary>
    private static void FinishBars(Plot plot, ChartText text, IReadOnlyList<string> categories, IEnumerable<FigureSeries> series, float dataWidth)
    {
        CategoryAxis.Label(plot, text, categories, dataWidth);
        var values = series.SelectMany(s => s.Values).OfType<double>().ToArray();
        if (values.Any(v => v < 0))
        {
            var zero = plot.Add.HorizontalLine(0, 1, ChartStyle.AxisInk);
            zero.LegendText = "";
        }

        if (values.All(v => v >= 0))
        {
            plot.Axes.Rules.Add(new ScottPlot.AxisRules.LockedBottom(plot.Axes.Left, 0));
        }
        else if (values.All(v => v <= 0))
        {
            plot.Axes.Rules.Add(new ScottPlot.AxisRules.LockedTop(plot.Axes.Left, 0));
        }

        plot.Axes.SetLimitsX(-0.5, categories.Count - 0.5);
    }

    /// <summary>The largest type, down to a floor, at which every value label fits a bar's slot; null if none does.</summary>
    private static float? ValueLabelSize(ChartText text, IReadOnlyList<string> labels, float slot)
    {
        for (var size = ChartStyle.ValueLabelFontSize; size >= ChartStyle.SmallestValueLabelFontSize; size--)
        {
            if (text.WidestOf(labels, size) + 4 <= slot)
            {
                return size;
            }
        }

        return null;
    }
}
