using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SectorScope.Rendering.Docx;

/// <summary>Small builders for paragraphs and runs; text from the model is written as is (no markup is interpreted).</summary>
internal static class Blocks
{
    public static Paragraph Paragraph(string styleId, params OpenXmlElement[] content)
    {
        var p = new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } });
        p.Append(content);
        return p;
    }

    public static Paragraph Paragraph(string styleId, string text) => Paragraph(styleId, Run(text));

    /// <summary>
    /// A run of text; line breaks in the text become Word line breaks. A run with Chinese text is hinted
    /// as East Asian, so characters shared with Latin text (“”、…) take the Chinese font as Word does.
    /// </summary>
    public static Run Run(string text, string? characterStyleId = null)
    {
        var run = new Run();
        bool chinese = text.EnumerateRunes().Any(r => r.Value is >= 0x3000 and <= 0x9FFF or >= 0xFF00 and <= 0xFFEF);
        if (characterStyleId is not null || chinese)
        {
            run.RunProperties = new RunProperties
            {
                RunStyle = characterStyleId is null ? null : new RunStyle { Val = characterStyleId },
                RunFonts = chinese ? new RunFonts { Hint = FontTypeHintValues.EastAsia } : null,
            };
        }

        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    /// <summary>A run that never breaks at its hyphens (a date such as 2024-11-11 stays on one line).</summary>
    public static Run Unbroken(string text)
    {
        var run = new Run();
        var parts = text.Split('-');
        for (int i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new NoBreakHyphen());
            }

            if (parts[i].Length > 0)
            {
                run.Append(new Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
            }
        }

        return run;
    }

    public static Run Tab() => new(new TabChar());

    public static Paragraph WithJustification(this Paragraph p, JustificationValues value)
    {
        p.ParagraphProperties!.Justification = new Justification { Val = value };
        return p;
    }

    public static Paragraph KeepWithNext(this Paragraph p)
    {
        p.ParagraphProperties!.KeepNext = new KeepNext();
        return p;
    }

    public static Paragraph BreakPageBefore(this Paragraph p)
    {
        p.ParagraphProperties!.PageBreakBefore = new PageBreakBefore();
        return p;
    }

    /// <summary>A right-aligned tab stop at <paramref name="position"/> twips, for text set flush right on the same line.</summary>
    public static Paragraph WithRightTab(this Paragraph p, int position)
    {
        p.ParagraphProperties!.Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = position });
        return p;
    }

    /// <summary>
    /// An invisible table that places blocks side by side (front page columns, figure pairs): fixed
    /// column widths, no borders except an optional rule across the top, no cell margins.
    /// </summary>
    public static Table LayoutTable(int[] widths, TopBorder? top = null) => new(
        new TableProperties
        {
            TableWidth = new TableWidth { Width = Twips(widths.Sum()), Type = TableWidthUnitValues.Dxa },
            TableBorders = new TableBorders(
                top ?? new TopBorder { Val = BorderValues.Nil },
                new LeftBorder { Val = BorderValues.Nil },
                new BottomBorder { Val = BorderValues.Nil },
                new RightBorder { Val = BorderValues.Nil },
                new InsideHorizontalBorder { Val = BorderValues.Nil },
                new InsideVerticalBorder { Val = BorderValues.Nil }),
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableCellMarginDefault = new TableCellMarginDefault(
                new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa }),
            TableLook = new TableLook { Val = "0600" },
        },
        new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));

    public static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
