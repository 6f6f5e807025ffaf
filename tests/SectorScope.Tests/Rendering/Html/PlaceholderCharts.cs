using System.Globalization;
using System.Net;
using SectorScope.Reporting.Model;

namespace SectorScope.Tests.Rendering.Html;

/// <summary>
/// Small SVG documents standing in for the chart renderer: each carries an XML declaration, a
/// DOCTYPE, a clip path with the same id in every chart, and a marker text naming its figure.
/// </summary>
public static class PlaceholderCharts
{
    public static string Marker(ReportFigure figure) => $"placeholder-chart-{figure.Id}";

    public static IReadOnlyDictionary<string, string> For(IEnumerable<ReportFigure> figures) =>
        figures.ToDictionary(f => f.Id, Svg);

    public static string Svg(ReportFigure figure) => string.Create(CultureInfo.InvariantCulture, $"""
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
        <svg xmlns="http://www.w3.org/2000/svg" width="800" height="400">
        <defs><clipPath id="plot"><rect x="40" y="40" width="720" height="320"/></clipPath></defs>
        <rect width="800" height="400" fill="#f0f3f8"/>
        <g clip-path="url(#plot)"><polyline fill="none" stroke="#9b1c1f" stroke-width="3" points="40,300 200,220 360,260 520,120 760,160"/></g>
        <text x="400" y="32" text-anchor="middle" font-size="20">{WebUtility.HtmlEncode(figure.Label)} {Marker(figure)}</text>
        </svg>
        """);
}
