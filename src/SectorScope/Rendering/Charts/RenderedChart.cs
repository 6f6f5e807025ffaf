namespace SectorScope.Rendering.Charts;

/// <summary>One figure drawn as PNG bytes and SVG text; <see cref="FileStem"/> is the figure's file stem (fig01-index-monthly-returns).</summary>
public sealed record RenderedChart(string FileStem, byte[] Png, string Svg);
