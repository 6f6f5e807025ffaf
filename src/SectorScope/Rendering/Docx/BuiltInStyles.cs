using DocumentFormat.OpenXml.Wordprocessing;

namespace SectorScope.Rendering.Docx;

/// <summary>
/// The built-in look: 宋体 body and 黑体 headings (Arial for Latin text), zh-CN, a navy accent. These
/// definitions make the default template and fill in any style a firm template lacks.
/// </summary>
internal static class BuiltInStyles
{
    public const string Accent = "1F4E79";
    public const string AccentLight = "DCE6F1";
    public const string Grey = "595959";
    public const string RuleGrey = "BFBFBF";
    public const string BodyFont = "宋体";
    public const string HeadingFont = "黑体";
    public const string LatinFont = "Arial";

    /// <summary>Left and right indent of the report-type bar, so its shading lines up with the text edges.</summary>
    public const int ReportTypeInset = 96;

    public static DocDefaults DocDefaults() => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle
        {
            RunFonts = Fonts(BodyFont),
            FontSize = new FontSize { Val = "21" },
            FontSizeComplexScript = new FontSizeComplexScript { Val = "21" },
            Languages = ChineseLanguage(),
        }),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
        {
            SpacingBetweenLines = new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
        }));

    public static Languages ChineseLanguage() => new() { Val = "en-US", EastAsia = "zh-CN", Bidi = "ar-SA" };

    public static RunFonts Fonts(string eastAsia) => new() { Ascii = LatinFont, HighAnsi = LatinFont, EastAsia = eastAsia, ComplexScript = LatinFont };

    /// <summary>The built-in definition of <paramref name="style"/>; <paramref name="idOf"/> gives the IDs of styles it is based on.</summary>
    public static Style Definition(DocxStyle style, Func<DocxStyle, string> idOf)
    {
        string normal = style == DocxStyle.Normal ? "" : idOf(DocxStyle.Normal);
        return style switch
        {
            _ when style == DocxStyle.Normal => Paragraph(style, null, null,
                new StyleParagraphProperties
                {
                    WidowControl = new WidowControl(),
                    OverflowPunctuation = new OverflowPunctuation { Val = false },
                    Justification = new Justification { Val = JustificationValues.Left },
                },
                Run(BodyFont, 21), isDefault: true),
            _ when style == DocxStyle.Title => Paragraph(style, normal, idOf(DocxStyle.Subtitle),
                new StyleParagraphProperties { KeepNext = new KeepNext(), SpacingBetweenLines = Spacing(120, 80), Justification = Left() },
                Run(HeadingFont, 40, bold: true, color: Accent)),
            _ when style == DocxStyle.Subtitle => Paragraph(style, normal, normal,
                new StyleParagraphProperties { SpacingBetweenLines = Spacing(0, 200), Justification = Left() },
                Run(HeadingFont, 28, bold: true, color: "262626")),
            _ when style == DocxStyle.ReportType => Paragraph(style, normal, normal,
                new StyleParagraphProperties
                {
                    ParagraphBorders = new ParagraphBorders(
                        new TopBorder { Val = BorderValues.Single, Size = 4, Space = 1, Color = Accent },
                        new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 4, Color = Accent },
                        new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 1, Color = Accent },
                        new RightBorder { Val = BorderValues.Single, Size = 4, Space = 4, Color = Accent }),
                    Shading = Fill(Accent),
                    SpacingBetweenLines = Spacing(0, 200),
                    Indentation = new Indentation { Left = Blocks.Twips(ReportTypeInset), Right = Blocks.Twips(ReportTypeInset) },
                    Justification = Left(),
                },
                Run(HeadingFont, 20, bold: true, color: "FFFFFF")),
            _ when style == DocxStyle.Heading1 => Paragraph(style, normal, idOf(DocxStyle.BodyText),
                new StyleParagraphProperties
                {
                    KeepNext = new KeepNext(),
                    KeepLines = new KeepLines(),
                    ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 8, Space = 2, Color = Accent }),
                    SpacingBetweenLines = Spacing(360, 160),
                    Justification = Left(),
                    OutlineLevel = new OutlineLevel { Val = 0 },
                },
                Run(HeadingFont, 28, bold: true, color: Accent)),
            _ when style == DocxStyle.Heading2 => Paragraph(style, normal, idOf(DocxStyle.ListItem),
                new StyleParagraphProperties { KeepNext = new KeepNext(), KeepLines = new KeepLines(), SpacingBetweenLines = Spacing(200, 80), Justification = Left(), OutlineLevel = new OutlineLevel { Val = 1 } },
                Run(HeadingFont, 22, bold: true, color: "262626")),
            _ when style == DocxStyle.BodyText => Paragraph(style, normal, null,
                new StyleParagraphProperties { SpacingBetweenLines = Spacing(0, 120, line: 312) }, null),
            _ when style == DocxStyle.KeyPoint => Paragraph(style, normal, null,
                new StyleParagraphProperties { SpacingBetweenLines = Spacing(0, 60, line: 260) }, Run(null, 19)),
            _ when style == DocxStyle.PanelHeading => Paragraph(style, normal, idOf(DocxStyle.PanelText),
                new StyleParagraphProperties
                {
                    KeepNext = new KeepNext(),
                    ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = Accent }),
                    SpacingBetweenLines = Spacing(160, 100),
                    Justification = Left(),
                },
                Run(HeadingFont, 20, bold: true, color: Accent)),
            _ when style == DocxStyle.PanelText => Paragraph(style, normal, null,
                new StyleParagraphProperties { SpacingBetweenLines = Spacing(0, 60, line: 264), Justification = Left() },
                Run(null, 18)),
            _ when style == DocxStyle.Caption => Paragraph(style, normal, idOf(DocxStyle.Figure),
                new StyleParagraphProperties { KeepNext = new KeepNext(), KeepLines = new KeepLines(), SpacingBetweenLines = Spacing(200, 80), Justification = Left() },
                Run(HeadingFont, 18, bold: true, color: Accent)),
            _ when style == DocxStyle.Figure => Paragraph(style, normal, null,
                new StyleParagraphProperties { KeepNext = new KeepNext(), SpacingBetweenLines = Spacing(0, 0), Justification = new Justification { Val = JustificationValues.Center } }, null),
            _ when style == DocxStyle.SourceLine => Paragraph(style, normal, idOf(DocxStyle.BodyText),
                new StyleParagraphProperties { SpacingBetweenLines = Spacing(40, 200), Justification = Left() },
                Run(null, 16, color: Grey)),
            _ when style == DocxStyle.Note => Paragraph(style, normal, null,
                new StyleParagraphProperties { SpacingBetweenLines = Spacing(40, 80), Justification = Left() },
                Run(null, 18, color: Grey)),
            _ when style == DocxStyle.TableText => Paragraph(style, normal, null,
                new StyleParagraphProperties { WidowControl = new WidowControl { Val = false }, SpacingBetweenLines = Spacing(0, 0), Justification = Left() },
                Run(null, 17)),
            _ when style == DocxStyle.TableHeading => Paragraph(style, idOf(DocxStyle.TableText), null,
                new StyleParagraphProperties { KeepNext = new KeepNext(), Justification = new Justification { Val = JustificationValues.Center } },
                Run(HeadingFont, 17, bold: true, color: Accent)),
            _ when style == DocxStyle.ListItem => Paragraph(style, normal, null,
                new StyleParagraphProperties { SpacingBetweenLines = Spacing(0, 100, line: 300), Indentation = new Indentation { Left = "357", Hanging = "357" } }, null),
            _ when style == DocxStyle.Disclaimer => Paragraph(style, normal, null,
                new StyleParagraphProperties { SpacingBetweenLines = Spacing(0, 100, line: 276) },
                Run(null, 16, color: Grey)),
            _ when style == DocxStyle.Header => Paragraph(style, normal, null,
                new StyleParagraphProperties
                {
                    ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 8, Space = 2, Color = Accent }),
                    Justification = Left(),
                },
                Run(null, 17, color: Accent)),
            _ when style == DocxStyle.Footer => Paragraph(style, normal, null,
                new StyleParagraphProperties
                {
                    ParagraphBorders = new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 4, Space = 2, Color = RuleGrey }),
                    Justification = Left(),
                },
                Run(null, 16, color: Grey)),
            _ when style == DocxStyle.Strong => Character(style, new StyleRunProperties { Bold = new Bold(), BoldComplexScript = new BoldComplexScript() }),
            _ when style == DocxStyle.ReportTable => ReportTable(style),
            _ => throw new ArgumentOutOfRangeException(nameof(style), style.Id, "no built-in definition"),
        };
    }

    private static Style ReportTable(DocxStyle style)
    {
        var table = new Style
        {
            Type = StyleValues.Table,
            StyleId = style.Id,
            StyleName = new StyleName { Val = style.Name },
            UIPriority = new UIPriority { Val = 59 },
            StyleParagraphProperties = new StyleParagraphProperties { SpacingBetweenLines = Spacing(0, 0) },
            StyleTableProperties = new StyleTableProperties
            {
                TableBorders = new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 12, Space = 0, Color = Accent },
                    new BottomBorder { Val = BorderValues.Single, Size = 12, Space = 0, Color = Accent },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = RuleGrey }),
                TableCellMarginDefault = new TableCellMarginDefault(
                    new TopMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 68, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 68, Type = TableWidthValues.Dxa }),
            },
            StyleTableCellProperties = new StyleTableCellProperties { TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center } },
        };
        table.Append(new TableStyleProperties
        {
            Type = TableStyleOverrideValues.FirstRow,
            RunPropertiesBaseStyle = new RunPropertiesBaseStyle { Bold = new Bold(), Color = new Color { Val = Accent } },
            TableStyleConditionalFormattingTableCellProperties = new TableStyleConditionalFormattingTableCellProperties(
                new TableCellBorders(new BottomBorder { Val = BorderValues.Single, Size = 8, Space = 0, Color = Accent }),
                new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = AccentLight }),
        });
        return table;
    }

    private static Style Paragraph(DocxStyle style, string? basedOn, string? next, StyleParagraphProperties? p, StyleRunProperties? r, bool isDefault = false)
    {
        var s = new Style
        {
            Type = StyleValues.Paragraph,
            StyleId = style.Id,
            StyleName = new StyleName { Val = style.Name },
            BasedOn = basedOn is null ? null : new BasedOn { Val = basedOn },
            NextParagraphStyle = next is null ? null : new NextParagraphStyle { Val = next },
            PrimaryStyle = new PrimaryStyle(),
            StyleParagraphProperties = p,
            StyleRunProperties = r,
        };
        if (isDefault)
        {
            s.Default = true;
            s.StyleRunProperties!.Languages = ChineseLanguage();
        }

        return s;
    }

    private static Style Character(DocxStyle style, StyleRunProperties r) => new()
    {
        Type = StyleValues.Character,
        StyleId = style.Id,
        StyleName = new StyleName { Val = style.Name },
        PrimaryStyle = new PrimaryStyle(),
        StyleRunProperties = r,
    };

    private static StyleRunProperties Run(string? eastAsia, int halfPoints, bool bold = false, string? color = null) => new()
    {
        RunFonts = eastAsia is null ? null : Fonts(eastAsia),
        Bold = bold ? new Bold() : null,
        BoldComplexScript = bold ? new BoldComplexScript() : null,
        Color = color is null ? null : new Color { Val = color },
        FontSize = new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        FontSizeComplexScript = new FontSizeComplexScript { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        Languages = eastAsia is null ? null : ChineseLanguage(),
    };

    private static SpacingBetweenLines Spacing(int before, int after, int line = 240) => new()
    {
        Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture),
        After = after.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Line = line.ToString(System.Globalization.CultureInfo.InvariantCulture),
        LineRule = LineSpacingRuleValues.Auto,
    };

    private static Justification Left() => new() { Val = JustificationValues.Left };

    private static Shading Fill(string color) => new() { Val = ShadingPatternValues.Clear, Color = "auto", Fill = color };
}
