using System.Text.RegularExpressions;

namespace SectorScope.Rendering.Charts;

/// <summary>
/// Skia numbers the clip paths of an SVG with a counter that outlives one document (cl_4 in the first chart,
/// cl_3d later on, in hex). Renumbering every id by order of appearance makes the same figure give the same text.
/// </summary>
internal static partial class SvgIds
{
    public static string Normalize(string svg)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match match in IdAttribute().Matches(svg))
        {
            var (id, prefix) = (match.Groups["id"].Value, match.Groups["prefix"].Value);
            if (!renamed.ContainsKey(id))
            {
                var next = counts.GetValueOrDefault(prefix);
                counts[prefix] = next + 1;
                renamed[id] = $"{prefix}_{next.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            }
        }

        return renamed.Count == 0 ? svg : Reference().Replace(svg, m => renamed.TryGetValue(m.Groups["id"].Value, out var to) ? m.Groups["lead"].Value + to : m.Value);
    }

    [GeneratedRegex(@"\bid=""(?<id>(?<prefix>[A-Za-z]+)_[0-9A-Fa-f]+)""")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"(?<lead>[""#])(?<id>[A-Za-z]+_[0-9A-Fa-f]+)(?=["")])")]
    private static partial Regex Reference();
}
