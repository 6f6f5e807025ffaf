using System.Globalization;
using System.Xml.Linq;

namespace SectorScope.Tests.Rendering.Charts;

/// <summary>A text element of a chart SVG: its string, type, and where it is drawn (an affine transform).</summary>
public sealed record SvgText(string Text, string FontFamily, double FontSize, double[] Matrix, double X, double Y, string? Fill)
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static IReadOnlyList<SvgText> All(string svg) =>
        [.. XDocument.Parse(svg).Descendants(Svg + "text").Select(e => new SvgText(
            e.Value.Trim(),
            (string?)e.Attribute("font-family") ?? "",
            Number((string?)e.Attribute("font-size") ?? "0"),
            Transform((string?)e.Attribute("transform")),
            First((string?)e.Attribute("x")),
            First((string?)e.Attribute("y")),
            (string?)e.Attribute("fill")))];

    /// <summary>Fill colours of every rectangle (bars) in the SVG, upper case.</summary>
    public static IReadOnlyList<string> RectFills(string svg) =>
        [.. XDocument.Parse(svg).Descendants(Svg + "rect").Select(e => ((string?)e.Attribute("fill") ?? "").ToUpperInvariant())];

    /// <summary>Maps a point of the text's own frame to the picture.</summary>
    public (double X, double Y) ToPicture(double x, double y) =>
        ((Matrix[0] * x) + (Matrix[2] * y) + Matrix[4], (Matrix[1] * x) + (Matrix[3] * y) + Matrix[5]);

    private static double Number(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private static double First(string? list) => list is null ? 0 : Number(list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)[0]);

    private static double[] Transform(string? transform)
    {
        if (transform is null)
        {
            return [1, 0, 0, 1, 0, 0];
        }

        var inside = transform[(transform.IndexOf('(', StringComparison.Ordinal) + 1)..transform.IndexOf(')', StringComparison.Ordinal)];
        var numbers = inside.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(Number).ToArray();
        return transform.StartsWith("translate", StringComparison.Ordinal) ? [1, 0, 0, 1, numbers[0], numbers.Length > 1 ? numbers[1] : 0]
            : transform.StartsWith("matrix", StringComparison.Ordinal) ? numbers
            : throw new FormatException($"unexpected transform {transform}");
    }
}
