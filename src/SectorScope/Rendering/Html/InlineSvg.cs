using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace SectorScope.Rendering.Html;

/// <summary>
/// Turns a chart's SVG document into markup that can sit inside the page: no XML declaration or
/// DOCTYPE, ids made unique to the figure (several charts share one document), a viewBox so it
/// scales, and nothing that runs or loads: scripts, event handlers, foreign objects and links or
/// url() references to anything but the SVG itself or an embedded image are dropped. Text is
/// re-serialised by the XML writer, so it leaves here encoded whatever the SVG held.
/// </summary>
internal static partial class InlineSvg
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static string Prepare(string document, string idPrefix)
    {
        var root = Parse(document).Root;
        if (root is null || root.Name != Svg + "svg")
        {
            throw new ArgumentException("the chart is not an SVG document", nameof(document));
        }

        foreach (var node in root.DescendantNodesAndSelf().Where(n => n is XComment or XProcessingInstruction).ToList())
        {
            node.Remove();
        }

        foreach (var element in root.Descendants().Where(IsActive).ToList())
        {
            element.Remove();
        }

        var ids = root.DescendantsAndSelf().Select(e => (string?)e.Attribute("id")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var element in root.DescendantsAndSelf())
        {
            Clean(element, ids, idPrefix);
        }

        AddViewBox(root);
        return root.ToString(SaveOptions.DisableFormatting);
    }

    private static XDocument Parse(string document)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true };
        using var reader = XmlReader.Create(new StringReader(document), settings);
        return XDocument.Load(reader);
    }

    private static bool IsActive(XElement e) =>
        e.Name.Namespace != Svg || e.Name.LocalName is "script" or "foreignObject" or "a" or "iframe" or "audio" or "video" or "animate" or "set" or "animateMotion" or "animateTransform" or "discard";

    private static void Clean(XElement element, HashSet<string> ids, string prefix)
    {
        foreach (var attribute in element.Attributes().ToList())
        {
            var name = attribute.Name.LocalName;
            if (attribute.IsNamespaceDeclaration)
            {
                continue;
            }

            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                attribute.Remove();
            }
            else if (name == "id")
            {
                attribute.Value = $"{prefix}-{attribute.Value}";
            }
            else if (name == "href")
            {
                var value = attribute.Value.Trim();
                if (value.StartsWith('#') && ids.Contains(value[1..]))
                {
                    attribute.Value = $"#{prefix}-{value[1..]}";
                }
                else if (!value.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase))
                {
                    attribute.Remove();
                }
            }
            else if (attribute.Value.Contains("url(", StringComparison.OrdinalIgnoreCase) || attribute.Value.Contains("@import", StringComparison.OrdinalIgnoreCase))
            {
                var rewritten = RewriteUrls(attribute.Value, ids, prefix);
                if (rewritten is null)
                {
                    attribute.Remove();
                }
                else
                {
                    attribute.Value = rewritten;
                }
            }
        }

        if (element.Name.LocalName == "style")
        {
            var rewritten = RewriteUrls(element.Value, ids, prefix);
            if (rewritten is null)
            {
                element.RemoveNodes();
            }
            else if (rewritten != element.Value)
            {
                element.Value = rewritten;
            }
        }
    }

    /// <summary>Points url(#id) at the renamed id; null when the text refers to anything outside the SVG.</summary>
    private static string? RewriteUrls(string text, HashSet<string> ids, string prefix)
    {
        if (text.Contains("@import", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        bool external = false;
        var result = UrlReference().Replace(text, m =>
        {
            var target = m.Groups["target"].Value;
            if (target.StartsWith('#') && ids.Contains(target[1..]))
            {
                return $"url(#{prefix}-{target[1..]})";
            }

            external = true;
            return m.Value;
        });
        return external || UrlReference().Count(text) != CountUrls(text) ? null : result;
    }

    private static int CountUrls(string text)
    {
        int count = 0;
        for (int i = text.IndexOf("url(", StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf("url(", i + 4, StringComparison.OrdinalIgnoreCase))
        {
            count++;
        }

        return count;
    }

    private static void AddViewBox(XElement root)
    {
        if (root.Attribute("viewBox") is not null)
        {
            return;
        }

        if (Length(root.Attribute("width")) is { } width && Length(root.Attribute("height")) is { } height)
        {
            root.SetAttributeValue("viewBox", string.Create(CultureInfo.InvariantCulture, $"0 0 {width} {height}"));
        }
    }

    private static double? Length(XAttribute? attribute)
    {
        var text = attribute?.Value.Trim();
        if (text is null)
        {
            return null;
        }

        text = text.EndsWith("px", StringComparison.Ordinal) ? text[..^2] : text;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
    }

    [GeneratedRegex("""url\(\s*(?<q>['"]?)(?<target>[^'")\s]*)\k<q>\s*\)""", RegexOptions.IgnoreCase)]
    private static partial Regex UrlReference();
}
