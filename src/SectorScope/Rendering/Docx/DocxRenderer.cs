using SectorScope.Rendering.Output;
using SectorScope.Reporting.Model;

namespace SectorScope.Rendering.Docx;

/// <summary>
/// Renders the report model as a Word document (A4 by default): a broker-style front page, every
/// section in the model's order, numbered tables and figures with their source lines, and a header
/// and footer on every page. Every number is written as the model displays it.
/// </summary>
/// <remarks>
/// A firm's Word template (.docx or .dotx) works as pandoc's reference document: its styles, theme,
/// page setup, header, footer and logo are kept and only the body is written. The styles the body uses
/// are listed in <see cref="DocxStyle.All"/> (see README.md in this folder); any the template lacks
/// come from the built-in definitions.
/// </remarks>
public static class DocxRenderer
{
    /// <param name="model">The report.</param>
    /// <param name="chartPngsByFigureId">PNG bytes by <see cref="ReportFigure.Id"/>; a figure without one shows its caption, a note and its source line.</param>
    /// <param name="template">The firm's .docx/.dotx template, or null for the built-in look.</param>
    /// <returns>The .docx bytes; the same inputs give the same bytes.</returns>
    public static byte[] Render(ReportModel model, IReadOnlyDictionary<string, byte[]> chartPngsByFigureId, byte[]? template) =>
        Render(Layout.DocumentLayout.Lay(model), chartPngsByFigureId, template);

    /// <summary>The Word file of a laid-out document; charts and template as above.</summary>
    public static byte[] Render(Layout.ReportDocument document, IReadOnlyDictionary<string, byte[]> chartPngsByFigureId, byte[]? template)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(chartPngsByFigureId);
        using var stream = new MemoryStream();
        WordTemplate.Load(stream, template);
        using (var doc = WordTemplate.Open(stream))
        {
            var main = doc.MainDocumentPart ?? throw new InvalidDataException("the Word template (word_template) has no main document part");
            var section = WordTemplate.ClearBody(main);
            var styles = StyleMap.Resolve(main);
            var page = PageGeometry.Of(section);
            PageFurniture.EnsureHeaderAndFooter(main, section, document.Header, styles, page);

            var pictures = new InlinePicture(main, WordTemplate.FirstFreeDrawingId(main));
            var writer = new BodyWriter(styles, page, new TableWriter(styles, page), new FigureWriter(styles, page, pictures, chartPngsByFigureId));
            var body = main.Document!.Body!;
            body.Append(writer.Write(document));
            body.Append(section);
            CoreProperties.Write(doc, document.Header, document.LanguageTag);
        }

        return DeterministicZip.Normalise(stream.ToArray());
    }
}
