using DocumentFormat.OpenXml.Wordprocessing;

namespace SectorScope.Rendering.Docx;

/// <summary>
/// A style the renderer applies to the body. A firm template is matched by <see cref="Name"/> first
/// (Word writes the English built-in name even when the style ID is localised, e.g. "heading 1" with
/// ID "1" in Chinese Word), then by <see cref="Id"/>; a style the template lacks is added from
/// <see cref="BuiltInStyles"/>.
/// </summary>
internal sealed record DocxStyle(string Id, string Name, StyleValues Type, string Purpose)
{
    public static readonly DocxStyle Normal = new("Normal", "Normal", StyleValues.Paragraph, "default paragraph style; every other paragraph style is based on it");
    public static readonly DocxStyle Title = new("Title", "Title", StyleValues.Paragraph, "report title on the front page");
    public static readonly DocxStyle Subtitle = new("Subtitle", "Subtitle", StyleValues.Paragraph, "the thesis line under the title");
    public static readonly DocxStyle ReportType = new("ReportType", "Report Type", StyleValues.Paragraph, "the report-type bar above the title (证券研究报告 · 行业研究 · …)");
    public static readonly DocxStyle Heading1 = new("Heading1", "heading 1", StyleValues.Paragraph, "section headings (行情回顾, 估值, …, 免责声明)");
    public static readonly DocxStyle Heading2 = new("Heading2", "heading 2", StyleValues.Paragraph, "news group headlines");
    public static readonly DocxStyle BodyText = new("BodyText", "Body Text", StyleValues.Paragraph, "paragraphs of prose");
    public static readonly DocxStyle KeyPoint = new("KeyPoint", "Key Point", StyleValues.Paragraph, "front-page key points (核心观点)");
    public static readonly DocxStyle PanelHeading = new("PanelHeading", "Panel Heading", StyleValues.Paragraph, "small headings of the front page: 核心观点, 行业评级, 证券分析师, 相关研究报告");
    public static readonly DocxStyle PanelText = new("PanelText", "Panel Text", StyleValues.Paragraph, "text of the front page's side column");
    public static readonly DocxStyle Caption = new("Caption", "caption", StyleValues.Paragraph, "图N：… and 表N：… captions above figures and tables");
    public static readonly DocxStyle Figure = new("Figure", "Figure", StyleValues.Paragraph, "the paragraph holding a chart picture");
    public static readonly DocxStyle SourceLine = new("SourceLine", "Source Line", StyleValues.Paragraph, "资料来源 lines under figures and tables");
    public static readonly DocxStyle Note = new("Note", "Note", StyleValues.Paragraph, "notes under figures and tables, and the note of an empty section");
    public static readonly DocxStyle TableText = new("TableText", "Table Text", StyleValues.Paragraph, "body cells of report tables");
    public static readonly DocxStyle TableHeading = new("TableHeading", "Table Heading", StyleValues.Paragraph, "header cells of report tables (repeated on every page)");
    public static readonly DocxStyle ListItem = new("ListItem", "List Item", StyleValues.Paragraph, "numbered news items and the lines of the methods note");
    public static readonly DocxStyle Disclaimer = new("Disclaimer", "Disclaimer", StyleValues.Paragraph, "the disclaimer's paragraphs");
    public static readonly DocxStyle Header = new("Header", "header", StyleValues.Paragraph, "page header (used by the built-in header)");
    public static readonly DocxStyle Footer = new("Footer", "footer", StyleValues.Paragraph, "page footer (used by the built-in footer)");
    public static readonly DocxStyle Strong = new("Strong", "Strong", StyleValues.Character, "bold labels: key-point labels, news titles");
    public static readonly DocxStyle ReportTable = new("ReportTable", "Report Table", StyleValues.Table, "numbered report tables (表N): borders and header-row shading");

    /// <summary>Every style the renderer uses, in the order they are resolved (a style's base comes before it).</summary>
    public static IReadOnlyList<DocxStyle> All { get; } =
    [
        Normal, Title, Subtitle, ReportType, Heading1, Heading2, BodyText, KeyPoint, PanelHeading, PanelText,
        Caption, Figure, SourceLine, Note, TableText, TableHeading, ListItem, Disclaimer, Header, Footer, Strong, ReportTable,
    ];
}
