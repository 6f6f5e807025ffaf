using ScottPlot;
using SkiaSharp;

namespace SectorScope.Rendering.Charts;

/// <summary>Measures text in the chart font, to decide where labels fit before ScottPlot draws them.</summary>
internal sealed class ChartText(string family) : IDisposable
{
    // One font per size: a chart of a thousand labels measures each at several sizes.
    private readonly Dictionary<float, SKFont> _fonts = [];

    public string Family { get; } = family;

    public float Width(string text, float size)
    {
        if (!_fonts.TryGetValue(size, out var font))
        {
            _fonts[size] = font = new SKFont(Fonts.GetTypeface(Family, bold: false, italic: false), size);
        }

        return font.MeasureText(text);
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }
    }

    public float WidestOf(IEnumerable<string> texts, float size) => texts.Select(t => Width(t, size)).DefaultIfEmpty(0).Max();

    public float LineHeight(float size)
    {
        using var font = new SKFont(Fonts.GetTypeface(Family, bold: false, italic: false), size);
        return font.Metrics.Descent - font.Metrics.Ascent;
    }
}
