using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SectorScope.Workspace;

namespace SectorScope.Pipeline;

/// <summary>Reads the prose of a Word report the analyst edited, for the fact-check.</summary>
public static class EditedDocx
{
    /// <summary>Shorter text in a table cell is a label or a figure of a data table, not prose.</summary>
    public const int MinCellProse = 12;

    /// <summary>
    /// The text of every paragraph of the document body in reading order; ¶N in findings is the N-th of these.
    /// Table cells count (the front page lays its key points out in a table), but a cell paragraph shorter
    /// than <see cref="MinCellProse"/> characters reads as empty: a data cell has no sentence to check.
    /// </summary>
    public static IReadOnlyList<string> BodyParagraphs(string path)
    {
        try
        {
            using var document = WordprocessingDocument.Open(path, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body;
            return body is null ? [] : [.. body.Descendants<Paragraph>().Select(Prose)];
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException
            or InvalidOperationException /* a relationship to a part the package lacks */)
        {
            throw new InputRejectedException([new Diagnostic(Path.GetFileName(path), 0, "docx", $"not a Word file: {e.Message}")]);
        }
    }

    private static string Prose(Paragraph paragraph)
    {
        var text = paragraph.InnerText;
        return paragraph.Ancestors<TableCell>().Any() && text.Trim().Length < MinCellProse ? "" : text;
    }
}
