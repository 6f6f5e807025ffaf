using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SectorScope.Rendering.Docx;

/// <summary>
/// The style IDs to write for each <see cref="DocxStyle"/> in one document: the template's own style
/// when it has one (matched by name, then by ID), else the built-in definition added to the styles part.
/// </summary>
internal sealed class StyleMap
{
    private readonly Dictionary<DocxStyle, string> _ids = [];
    private readonly Dictionary<DocxStyle, Style> _definitions = [];

    private StyleMap()
    {
    }

    public string this[DocxStyle style] => _ids[style];

    /// <summary>The style element the ID stands for, the template's or the built-in one.</summary>
    public Style Definition(DocxStyle style) => _definitions[style];

    /// <summary>Styles that came from the built-in definitions rather than the template.</summary>
    public IReadOnlyList<DocxStyle> AddedFromBuiltIn { get; private set; } = [];

    public static StyleMap Resolve(MainDocumentPart main)
    {
        var part = main.StyleDefinitionsPart ?? main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
        part.Styles ??= new Styles();
        var styles = part.Styles;
        if (styles.DocDefaults is null)
        {
            styles.PrependChild(BuiltInStyles.DocDefaults());
        }

        EnsureChineseLanguage(styles.DocDefaults!);
        var map = new StyleMap();
        var added = new List<DocxStyle>();
        var existing = styles.Elements<Style>().ToList();
        foreach (var wanted in DocxStyle.All)
        {
            var found = existing.FirstOrDefault(s => s.Type?.Value == wanted.Type && string.Equals(s.StyleName?.Val?.Value, wanted.Name, StringComparison.OrdinalIgnoreCase))
                ?? existing.FirstOrDefault(s => s.Type?.Value == wanted.Type && s.StyleId?.Value == wanted.Id);
            if (found?.StyleId?.Value is { } id)
            {
                map._ids[wanted] = id;
                map._definitions[wanted] = found;
                continue;
            }

            var fresh = FreeId(wanted.Id, existing);
            map._ids[wanted] = fresh;
            var definition = BuiltInStyles.Definition(wanted, s => map._ids.TryGetValue(s, out var v) ? v : s.Id);
            definition.StyleId = fresh;
            if (wanted == DocxStyle.Normal && existing.Any(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true))
            {
                definition.Default = null;
            }

            styles.Append(definition);
            existing.Add(definition);
            map._definitions[wanted] = definition;
            added.Add(wanted);
        }

        // A built-in definition may name a style resolved after it (Title → Subtitle): point it at the resolved ID.
        foreach (var style in added.Select(a => existing.First(s => s.StyleId?.Value == map._ids[a])))
        {
            Repoint(style.BasedOn, map);
            Repoint(style.NextParagraphStyle, map);
        }

        map.AddedFromBuiltIn = added;
        return map;
    }

    private static void Repoint(DocumentFormat.OpenXml.Wordprocessing.String253Type? reference, StyleMap map)
    {
        if (reference?.Val?.Value is { } id && DocxStyle.All.FirstOrDefault(s => s.Id == id) is { } style)
        {
            reference.Val = map._ids[style];
        }
    }

    private static string FreeId(string id, List<Style> existing)
    {
        var candidate = id;
        for (int n = 2; existing.Any(s => s.StyleId?.Value == candidate); n++)
        {
            candidate = id + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    /// <summary>Chinese line breaking and font choice need zh-CN as the East Asian language of the document defaults.</summary>
    private static void EnsureChineseLanguage(DocDefaults defaults)
    {
        defaults.RunPropertiesDefault ??= new RunPropertiesDefault();
        var run = defaults.RunPropertiesDefault.RunPropertiesBaseStyle ??= new RunPropertiesBaseStyle();
        run.Languages ??= BuiltInStyles.ChineseLanguage();
        run.Languages.EastAsia ??= "zh-CN";
    }
}
