using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SectorScope.Tests.Rendering.Docx;

/// <summary>Reads a rendered document back: blocks of the body, their styles and text, the style definitions.</summary>
internal static class WordQuery
{
    public static Body Body(this WordprocessingDocument doc) => doc.MainDocumentPart!.Document!.Body!;

    public static string? StyleId(this Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    /// <summary>Paragraph text with tabs as \t.</summary>
    public static string PlainText(this OpenXmlElement e) =>
        string.Concat(e.Descendants().Select(d => d switch { Text t => t.Text, TabChar => "\t", NoBreakHyphen => "-", _ => "" }));

    public static Style Style(this WordprocessingDocument doc, string id) =>
        doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId?.Value == id);

    public static Style StyleNamed(this WordprocessingDocument doc, string name) =>
        doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => string.Equals(s.StyleName?.Val?.Value, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The paragraph and table blocks of the body (not the final section properties).</summary>
    public static List<OpenXmlElement> Blocks(this WordprocessingDocument doc) => [.. doc.Body().ChildElements.Where(e => e is Paragraph or Table)];

    /// <summary>The table right after the caption paragraph with this exact text.</summary>
    public static Table TableAfter(this WordprocessingDocument doc, string caption)
    {
        var blocks = doc.Blocks();
        int i = blocks.FindIndex(b => b is Paragraph p && p.PlainText() == caption);
        Assert.True(i >= 0, $"no caption {caption}");
        return Assert.IsType<Table>(blocks[i + 1]);
    }

    public static List<List<string>> Cells(this Table table) =>
        [.. table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.PlainText()).ToList())];

    public static List<string> SchemaErrors(this WordprocessingDocument doc) =>
        [.. new[] { FileFormatVersions.Office2007, FileFormatVersions.Microsoft365 }
            .SelectMany(v => new OpenXmlValidator(v).Validate(doc).Select(e => $"[{v}] {e.Part?.Uri} {e.Path?.XPath}: {e.Description}"))];
}
