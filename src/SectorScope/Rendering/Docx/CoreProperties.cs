using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using SectorScope.Reporting.Model;

namespace SectorScope.Rendering.Docx;

/// <summary>
/// The document's core properties (title, subject, author, language), written as docProps/core.xml with
/// no dates and no revision, replacing whatever the template carried, so output depends only on input.
/// </summary>
internal static class CoreProperties
{
    private static readonly XNamespace Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public static void Write(WordprocessingDocument doc, ReportHeader header, string languageTag)
    {
        var part = doc.CoreFilePropertiesPart ?? doc.AddNewPart<CoreFilePropertiesPart>("rIdCore");
        var xml = new XDocument(
            new XDeclaration("1.0", "UTF-8", "yes"),
            new XElement(Cp + "coreProperties",
                new XAttribute(XNamespace.Xmlns + "cp", Cp),
                new XAttribute(XNamespace.Xmlns + "dc", Dc),
                new XElement(Dc + "title", header.Title),
                header.Subtitle is null ? null : new XElement(Dc + "subject", header.Subtitle),
                new XElement(Dc + "creator", header.Firm),
                new XElement(Cp + "keywords", header.Sector),
                new XElement(Dc + "language", languageTag),
                new XElement(Cp + "category", header.ReportType)));
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        xml.Save(stream, SaveOptions.DisableFormatting);
    }
}
