using SectorScope.Reporting.Model;

namespace SectorScope.Rendering.Layout;

/// <summary>
/// The report laid out once, for every format: the front page and the sections in reading order, each a
/// list of blocks whose every visible word, number, 图N/表N label and caption is already decided. A renderer
/// maps blocks to its format and adds no words of its own (see <see cref="DocumentLayout"/>).
/// </summary>
/// <param name="LanguageTag">BCP 47 tag for HTML's lang and Word's w:lang: zh-CN, en-US.</param>
/// <param name="PageTitle">The browser title: title and thesis.</param>
/// <param name="PageFooter">The line at the foot of every page: firm and reminder.</param>
public sealed record ReportDocument(
    string LanguageTag,
    string BodyFont,
    string HeadingFont,
    string PageTitle,
    string PageFooter,
    ReportHeader Header,
    FrontPageBlock FrontPage,
    IReadOnlyList<SectionBlock> Sections);

/// <summary>The base of every block.</summary>
public abstract record Block;

public enum TextWeight
{
    Plain,
    Strong,
}

/// <summary>A stretch of text in one style.</summary>
public sealed record TextRun(string Text, TextWeight Style = TextWeight.Plain);

/// <summary>A label and its value: 报告期 / 2024-11; <see cref="Text"/> is both as one line reads them.</summary>
public sealed record LabelledText(string Label, string Value, string Text);

/// <summary>An analyst and the licence line under the name; null when the settings give no licence (no blank line).</summary>
public sealed record AnalystLine(string Name, string? Licence);

/// <summary>A related report: its title as quoted, the dash before its date, and the date.</summary>
public sealed record RelatedLine(string Title, string Dash, string Date);

/// <summary>A front-page key point: its label with the separator (11月行情回顾：) and its paragraph.</summary>
public sealed record KeyPointLine(string Label, string Text);

/// <summary>
/// The front page: report type, firm, title and thesis; the rating panel (the rating, then sector, period
/// and as-of date); analysts; related research; key points and the risk
/// warning; then the key-company forecast table. A part the workspace leaves empty (no rating, no covered company) is null and not shown.
/// </summary>
public sealed record FrontPageBlock(
    string ReportType,
    string Firm,
    string Title,
    string? Subtitle,
    LabelledText? Rating,
    LabelledText Sector,
    LabelledText Period,
    LabelledText AsOf,
    string FactGap,
    string Separator,
    string AnalystsHeading,
    IReadOnlyList<AnalystLine> Analysts,
    string RelatedHeading,
    IReadOnlyList<RelatedLine> Related,
    string KeyPointsHeading,
    IReadOnlyList<KeyPointLine> KeyPoints,
    KeyPointLine RiskWarning,
    TableBlock? ForecastTable) : Block
{
    /// <summary>The rating panel's facts under the rating, in order.</summary>
    public IReadOnlyList<LabelledText> Facts => [Sector, Period, AsOf];
}

public enum SectionKind
{
    /// <summary>A numbered chapter of the body.</summary>
    Chapter,

    /// <summary>The methods note after the chapters.</summary>
    Methods,

    /// <summary>The disclaimer, last.</summary>
    Disclaimer,
}

/// <summary>A section: its number (null for the appendices), heading and blocks; a major one starts a new printed page.</summary>
public sealed record SectionBlock(SectionKind Kind, int? Number, string NumberText, string Heading, bool Major, IReadOnlyList<Block> Blocks) : Block;

public enum ParagraphRole
{
    Body,
    Disclaimer,
}

public sealed record ParagraphBlock(IReadOnlyList<TextRun> Runs, ParagraphRole Role = ParagraphRole.Body) : Block
{
    public string Text => string.Concat(Runs.Select(r => r.Text));
}

/// <summary>A bulleted list (the methods note).</summary>
public sealed record ListBlock(IReadOnlyList<string> Items) : Block;

/// <summary>A note standing for missing content: a section without news, a report without a previous one.</summary>
public sealed record NoteBlock(string Text) : Block;

/// <summary>One line of a news group: its number (1.), title, date and sources, and text.</summary>
public sealed record NewsLine(string Number, string Title, string Meta, string Body);

/// <summary>A news group under its heading; <see cref="Tier"/> is set on the first group of a tier (重点公司新闻).</summary>
public sealed record NewsGroupBlock(string? Tier, string Heading, IReadOnlyList<NewsLine> Items) : Block;

/// <summary>A header cell: its text and how many columns and header rows it spans.</summary>
/// <param name="Column">The first column it covers.</param>
public sealed record HeaderCell(string Text, ColumnAlign Align, int Column, int ColumnSpan = 1, int RowSpan = 1, bool IsGroup = false);

/// <summary>
/// A numbered table: <see cref="Caption"/> is the whole caption line (表1：…); one or two header rows
/// (a group such as EPS spans its year columns); <see cref="FlatHeaders"/> names each column alone
/// (EPS 2024E) for formats without spanning cells; the note with its prefix and the source line.
/// </summary>
public sealed record TableBlock(
    int Number,
    string Label,
    string Caption,
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<IReadOnlyList<HeaderCell>> HeaderRows,
    IReadOnlyList<string> FlatHeaders,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    string? Note,
    string Source) : Block;

/// <summary>
/// A numbered figure: <see cref="Caption"/> is the whole caption line (图1：…); the chart is found by
/// <see cref="FigureId"/>; <see cref="Missing"/> shows when no chart was drawn; the note with its prefix and the source.
/// </summary>
/// <param name="HalfWidth">Reads well at half the text width, so two such figures may sit side by side.</param>
public sealed record FigureBlock(
    string FigureId,
    int Number,
    string Label,
    string Caption,
    string FileStem,
    bool HalfWidth,
    string Missing,
    string? Note,
    string Source) : Block;
