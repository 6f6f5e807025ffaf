using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SectorScope.Rendering.Docx;

/// <summary>
/// The document a report is poured into, as pandoc uses a reference document: the template's styles,
/// theme, settings, page setup, header and footer are kept and its body is replaced. Without a firm
/// template the built-in one is an empty A4 document whose styles and header/footer are then filled
/// in from the built-in definitions.
/// </summary>
internal static class WordTemplate
{
    /// <summary>Writes the template (or the built-in default) into <paramref name="stream"/> as an editable package.</summary>
    public static void Load(MemoryStream stream, byte[]? template)
    {
        if (template is null)
        {
            WriteDefault(stream);
        }
        else
        {
            stream.Write(template);
        }

        stream.Position = 0;
    }

    /// <summary>Opens the package as a document (a .dotx becomes a .docx), or explains why it is not a Word file.</summary>
    public static WordprocessingDocument Open(MemoryStream stream)
    {
        WordprocessingDocument doc;
        try
        {
            doc = WordprocessingDocument.Open(stream, isEditable: true);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            throw new InvalidDataException("the Word template (word_template) is not a .docx or .dotx file: " + e.Message, e);
        }

        if (doc.DocumentType != WordprocessingDocumentType.Document)
        {
            doc.ChangeDocumentType(WordprocessingDocumentType.Document);
        }

        return doc;
    }

    /// <summary>
    /// Empties the template's body and returns its last section's properties (page size, margins,
    /// header and footer references), detached, for the caller to append after the new body.
    /// </summary>
    public static SectionProperties ClearBody(MainDocumentPart main)
    {
        main.Document ??= new Document();
        var body = main.Document.Body ??= new Body();
        var section = (SectionProperties?)body.Elements<SectionProperties>().LastOrDefault()?.CloneNode(true) ?? PageGeometry.A4.ToSection();
        body.RemoveAllChildren();

        var kept = section.Elements<HeaderFooterReferenceType>().Select(r => r.Id?.Value).ToHashSet();
        foreach (var part in main.HeaderParts.Cast<OpenXmlPart>().Concat(main.FooterParts).Where(p => !kept.Contains(main.GetIdOfPart(p))).ToList())
        {
            main.DeletePart(part);
        }

        foreach (var image in main.ImageParts.ToList())
        {
            main.DeletePart(image);
        }

        return section;
    }

    /// <summary>Drawing IDs already used by the kept header and footer (a logo), so body pictures do not reuse them.</summary>
    public static uint FirstFreeDrawingId(MainDocumentPart main) =>
        1 + main.HeaderParts.Select(p => (OpenXmlElement?)p.Header).Concat(main.FooterParts.Select(p => (OpenXmlElement?)p.Footer))
            .SelectMany(root => root?.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>() ?? [])
            .Select(d => d.Id?.Value ?? 0U)
            .DefaultIfEmpty(0U)
            .Max();

    private static void WriteDefault(MemoryStream stream)
    {
        using var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = doc.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdMain");
        main.Document = new Document(new Body(PageGeometry.A4.ToSection()));
        var settings = main.AddNewPart<DocumentSettingsPart>("rIdSettings");
        settings.Settings = new Settings(
            new DefaultTabStop { Val = 420 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation },
            new Compatibility(new CompatibilitySetting
            {
                Name = CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new ThemeFontLanguages { Val = "en-US", EastAsia = "zh-CN" });
    }
}
