using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SectorScope.Reporting.Model;
using static SectorScope.Rendering.Docx.Blocks;

namespace SectorScope.Rendering.Docx;

/// <summary>
/// The header (firm, report type) and footer (the footer line, page number) of every page. A template's
/// own header or footer wins; the built-in one is added only where the template has none.
/// </summary>
internal static class PageFurniture
{
    public static void EnsureHeaderAndFooter(MainDocumentPart main, SectionProperties section, ReportHeader header, StyleMap styles, PageGeometry page)
    {
        if (!section.Elements<FooterReference>().Any())
        {
            var part = main.AddNewPart<FooterPart>("rIdFooter");
            part.Footer = new Footer(Footer(header, styles, page));
            section.PrependChild(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
        }

        if (!section.Elements<HeaderReference>().Any())
        {
            var part = main.AddNewPart<HeaderPart>("rIdHeader");
            part.Header = new Header(Header(header, styles, page));
            section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
        }
    }

    private static Paragraph Header(ReportHeader header, StyleMap styles, PageGeometry page) =>
        Paragraph(styles[DocxStyle.Header], Run(header.Firm, styles[DocxStyle.Strong]), Tab(), Run(header.ReportType))
            .WithRightTab(page.TextWidth);

    private static Paragraph Footer(ReportHeader header, StyleMap styles, PageGeometry page) =>
        Paragraph(styles[DocxStyle.Footer], Run(header.PageFooter), Tab(), new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " })
            .WithRightTab(page.TextWidth);
}
