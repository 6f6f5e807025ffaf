using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SectorScope.Reporting.Model;

namespace SectorScope.Rendering.Xlsx;

/// <summary>The document properties: the report's title, the firm, and the as-of date as created and modified.</summary>
internal sealed record WorkbookProperties(string Title, string Creator, string AsOf);

/// <summary>
/// Builds the workbook package with the Open XML SDK: shared strings, a bold style for header rows,
/// one worksheet per table with a frozen header and column widths from the content.
/// Relationship ids are given explicitly so that no generated id varies between runs.
/// </summary>
internal static class XlsxWorkbookWriter
{
    /// <summary>Style 0 is the default; style 1 is bold, for header rows.</summary>
    public const uint HeaderStyle = 1;

    private const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    public static byte[] Write(IReadOnlyList<DataTable> sheets, WorkbookProperties properties)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddNewPart<WorkbookPart>(WorkbookContentType, "rIdWorkbook");
            var strings = new SharedStrings();
            var sheetList = new Sheets();
            for (int i = 0; i < sheets.Count; i++)
            {
                var id = "rIdSheet" + (i + 1).ToString(CultureInfo.InvariantCulture);
                var part = workbookPart.AddNewPart<WorksheetPart>(id);
                part.Worksheet = WorksheetWriter.Build(sheets[i], strings, selected: i == 0);
                sheetList.Append(new Sheet { Name = sheets[i].Name, SheetId = (uint)(i + 1), Id = id });
            }

            workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0U }), sheetList);
            workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = Styles();
            workbookPart.AddNewPart<SharedStringTablePart>("rIdStrings").SharedStringTable = strings.ToTable();
            WriteCoreProperties(document, properties);
        }

        return stream.ToArray();
    }

    private static Stylesheet Styles() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true })
        { Count = 2 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    /// <summary>docProps/core.xml, written by hand so that nothing in it comes from the clock.</summary>
    private static void WriteCoreProperties(SpreadsheetDocument document, WorkbookProperties properties)
    {
        XNamespace cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        XNamespace dcterms = "http://purl.org/dc/terms/";
        XNamespace xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var root = new XElement(cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", cp),
            new XAttribute(XNamespace.Xmlns + "dc", dc),
            new XAttribute(XNamespace.Xmlns + "dcterms", dcterms),
            new XAttribute(XNamespace.Xmlns + "xsi", xsi),
            new XElement(dc + "title", properties.Title),
            new XElement(dc + "creator", properties.Creator),
            new XElement(dc + "language", "zh-CN"));
        if (DateOnly.TryParseExact(properties.AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf))
        {
            var stamp = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
            root.Add(
                new XElement(dcterms + "created", new XAttribute(xsi + "type", "dcterms:W3CDTF"), stamp),
                new XElement(dcterms + "modified", new XAttribute(xsi + "type", "dcterms:W3CDTF"), stamp));
        }

        using var stream = document.AddNewPart<CoreFilePropertiesPart>("rIdCore").GetStream(FileMode.Create);
        new XDocument(root).Save(stream);
    }
}
