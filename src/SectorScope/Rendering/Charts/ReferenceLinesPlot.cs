using ScottPlot;
using SkiaSharp;

namespace SectorScope.Rendering.Charts;

/// <summary>
/// Horizontal reference lines (mean, ±1σ) dashed across the data area, each labelled just right of it.
/// The dashes are drawn as separate segments rather than with a dash effect, which Skia's SVG output
/// cannot express (it would print a warning and draw the line solid); labels are pushed apart when
/// their lines lie close together.
/// </summary>
internal sealed class ReferenceLinesPlot(IReadOnlyList<(double Value, string Label, Color Color)> lines, string family, float fontSize) : IPlottable, IRenderLast
{
    private const float Dash = 8;
    private const float DashGap = 5;
    private const float LineWidth = 1.5f;

    /// <summary>Pixels between the data area's right edge and a label.</summary>
    public const float LabelGap = 6;

    public bool IsVisible { get; set; } = true;

    public IAxes Axes { get; set; } = new Axes();

    public IEnumerable<LegendItem> LegendItems => [];

    public AxisLimits GetAxisLimits() =>
        lines.Count == 0 ? AxisLimits.NoLimits : AxisLimits.VerticalOnly(lines.Min(l => l.Value), lines.Max(l => l.Value));

    public void Render(RenderPack rp)
    {
        var area = rp.DataRect;
        foreach (var line in lines)
        {
            var y = Axes.GetPixelY(line.Value);
            using var path = new SKPath();
            for (var x = area.Left; x < area.Right; x += Dash + DashGap)
            {
                path.MoveTo(x, y);
                path.LineTo(Math.Min(x + Dash, area.Right), y);
            }

            using var paint = new SKPaint { Color = line.Color.ToSKColor(), Style = SKPaintStyle.Stroke, StrokeWidth = LineWidth, IsAntialias = true };
            rp.Canvas.DrawPath(path, paint);
        }
    }

    public void RenderLast(RenderPack rp)
    {
        var style = new LabelStyle { FontName = family, FontSize = fontSize, Alignment = Alignment.MiddleLeft };
        var height = style.Measure("均值", rp.Paint).Height + 2;
        var placed = new List<float>();
        foreach (var line in lines.OrderBy(l => Axes.GetPixelY(l.Value)))
        {
            var y = Axes.GetPixelY(line.Value);
            if (placed.Count > 0 && y < placed[^1] + height)
            {
                y = placed[^1] + height;
            }

            placed.Add(y);
            style.ForeColor = line.Color;
            style.Render(rp.Canvas, new Pixel(rp.DataRect.Right + LabelGap, y), rp.Paint, line.Label);
        }
    }
}
