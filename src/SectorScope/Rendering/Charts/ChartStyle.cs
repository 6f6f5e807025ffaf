using System.Globalization;
using ScottPlot;

namespace SectorScope.Rendering.Charts;

/// <summary>The look every chart shares: size, type sizes, colours, and the plot they start from.</summary>
internal static class ChartStyle
{
    /// <summary>Pixels of the PNG and the SVG canvas; about 16:9, wide enough for 30 stock names.</summary>
    public const int Width = 1000;

    public const int Height = 560;

    /// <summary>
    /// Width of the data area before layout, to decide how labels fit: the figure less the left axis
    /// (ticks and title) and the right margin, or the right axis when one is drawn.
    /// </summary>
    public static float DataWidth(bool rightAxis) => Width - (rightAxis ? 170f : 95f);

    public const float TickFontSize = 16;
    public const float SmallestTickFontSize = 14;
    public const float SmallestTurnedFontSize = 10;
    public const float AxisLabelFontSize = 16;
    public const float LegendFontSize = 16;
    public const float ValueLabelFontSize = 14;
    public const float SmallestValueLabelFontSize = 11;
    public const float NoteFontSize = 22;

    /// <summary>Decimals of values written on bars (returns in %).</summary>
    public const int BarValueDecimals = 1;

    /// <summary>Decimals of the reference and current values of a banded history (PE-TTM 20.59).</summary>
    public const int BandValueDecimals = 2;

    public static readonly Color Ink = Color.FromHex("#262626");
    public static readonly Color AxisInk = Color.FromHex("#595959");
    public static readonly Color GridInk = Color.FromHex("#E3E3E3");
    public static readonly Color NoteInk = Color.FromHex("#7F7F7F");
    public static readonly Color MeanInk = Color.FromHex("#C00000");
    public static readonly Color BandInk = Color.FromHex("#7F7F7F");

    /// <summary>Series colours in order; none of them reads as the red/green of gains and losses.</summary>
    private static readonly Color[] Palette =
        [Color.FromHex("#1F4E79"), Color.FromHex("#E8862A"), Color.FromHex("#8C8C8C"), Color.FromHex("#5B9BD5"), Color.FromHex("#B08A2E")];

    public static Color Series(int index) => Palette[index % Palette.Length];

    /// <summary>A #RRGGBB colour from the report header.</summary>
    public static Color Parse(string hex)
    {
        if (hex is not ['#', _, _, _, _, _, _] || !int.TryParse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out _))
        {
            throw new ArgumentException($"'{hex}' is not a colour like #D7263D", nameof(hex));
        }

        return Color.FromHex(hex);
    }

    /// <summary>A white plot with light horizontal grid lines, left and bottom axes only, all text in <paramref name="family"/>.</summary>
    public static Plot NewPlot(string family)
    {
        var plot = new Plot();
        plot.Font.Set(family);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Grid.XAxisStyle.IsVisible = false;
        plot.Grid.YAxisStyle.MajorLineStyle.Color = GridInk;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 1;
        plot.Grid.YAxisStyle.MinorLineStyle.Width = 0;

        foreach (var axis in new IAxis[] { plot.Axes.Left, plot.Axes.Right, plot.Axes.Bottom })
        {
            axis.TickLabelStyle.FontName = family;
            axis.TickLabelStyle.FontSize = TickFontSize;
            axis.TickLabelStyle.ForeColor = Ink;
            axis.Label.FontName = family;
            axis.Label.FontSize = AxisLabelFontSize;
            axis.Label.ForeColor = Ink;
            axis.Label.Bold = false;
            axis.MajorTickStyle.Color = AxisInk;
            axis.MinorTickStyle.Length = 0;
            axis.FrameLineStyle.Color = AxisInk;
        }

        plot.Axes.Top.FrameLineStyle.Color = AxisInk;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        return plot;
    }

    /// <summary>The legend in one row above the data, without a box.</summary>
    public static void ShowLegendAbove(Plot plot, string family)
    {
        var panel = plot.ShowLegend(Edge.Top);
        panel.Padding = new PixelPadding(left: 0, right: 0, bottom: 0, top: 6);
        plot.Legend.InterItemPadding = new PixelPadding(left: 14, right: 14, bottom: 2, top: 2);
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.Legend.FontName = family;
        plot.Legend.FontSize = LegendFontSize;
        plot.Legend.FontColor = Ink;
        plot.Legend.OutlineWidth = 0;
        plot.Legend.ShadowOffset = new PixelOffset(0, 0);
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.BackgroundColor = Colors.White;
    }
}
