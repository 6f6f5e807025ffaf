using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using SectorScope.Rendering.Layout;
using SectorScope.Reporting.Model;
using static SectorScope.Rendering.Docx.Blocks;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;

namespace SectorScope.Rendering.Docx;

/// <summary>
/// A numbered report table as a Word table: "表N：caption" above, header rows repeated on every page
/// (a grouped header such as EPS/PE spans its year columns), numbers aligned as the model says, the
/// note and the source line below.
/// </summary>
internal sealed class TableWriter(StyleMap styles, PageGeometry page)
{
    /// <summary>Left plus right cell margins of the built-in table style, in twips.</summary>
    private const int CellPadding = 136;

    /// <summary>Tables up to this many rows are kept on one page with their caption.</summary>
    private const int KeepTogetherRows = 30;

    public IEnumerable<OpenXmlElement> Write(TableBlock t)
    {
        yield return Paragraph(styles[DocxStyle.Caption], t.Caption);
        yield return Table(t);
        if (t.Note is not null)
        {
            yield return Paragraph(styles[DocxStyle.Note], t.Note);
        }

        yield return Paragraph(styles[DocxStyle.SourceLine], t.Source);
    }

    private Table Table(TableBlock t)
    {
        var widths = ColumnWidths.Fit(t.Columns, t.Rows, page.TextWidth, 8.5, CellPadding);
        var table = new Table(
            new TableProperties
            {
                TableStyle = new TableStyle { Val = styles[DocxStyle.ReportTable] },
                TableWidth = new TableWidth { Width = Twips(widths.Sum()), Type = TableWidthUnitValues.Dxa },
                TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
                TableLook = new TableLook { Val = "0620" },
            },
            new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));

        bool grouped = t.Columns.Any(c => c.Group is not null);
        table.Append(HeaderRow(t, widths, grouped, first: true));
        if (grouped)
        {
            var second = HeaderRow(t, widths, grouped, first: false);
            LikeFirstRow(second);
            table.Append(second);
        }

        bool keep = t.Rows.Count <= KeepTogetherRows;
        for (int r = 0; r < t.Rows.Count; r++)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            for (int c = 0; c < t.Columns.Count; c++)
            {
                var text = c < t.Rows[r].Count ? t.Rows[r][c] : "";
                var p = Paragraph(styles[DocxStyle.TableText], text).WithJustification(Justify(t.Columns[c].Align));
                if (keep && r < t.Rows.Count - 1)
                {
                    p.KeepWithNext();
                }

                row.Append(Cell(widths[c], p));
            }

            table.Append(row);
        }

        return table;
    }

    /// <summary>
    /// The first header row holds ungrouped headers (merged down over the second row when the table is
    /// grouped) and one spanning cell per group; the second row holds the grouped columns' own headers.
    /// </summary>
    private TableRow HeaderRow(TableBlock t, int[] widths, bool grouped, bool first)
    {
        var row = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (int c = 0; c < t.Columns.Count;)
        {
            var column = t.Columns[c];
            if (column.Group is null || !grouped)
            {
                var cell = Cell(widths[c], Heading(first ? column.Header : ""));
                if (grouped)
                {
                    cell.TableCellProperties!.VerticalMerge = new VerticalMerge { Val = first ? MergedCellValues.Restart : MergedCellValues.Continue };
                }

                row.Append(cell);
                c++;
                continue;
            }

            int span = 1;
            while (c + span < t.Columns.Count && t.Columns[c + span].Group == column.Group)
            {
                span++;
            }

            if (first)
            {
                var cell = Cell(widths.Skip(c).Take(span).Sum(), Heading(column.Group));
                cell.TableCellProperties!.GridSpan = new GridSpan { Val = span };
                cell.TableCellProperties.TableCellBorders = new TableCellBorders(new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = BuiltInStyles.RuleGrey });
                row.Append(cell);
            }
            else
            {
                for (int k = 0; k < span; k++)
                {
                    row.Append(Cell(widths[c + k], Heading(t.Columns[c + k].Header)));
                }
            }

            c += span;
        }

        return row;
    }

    /// <summary>
    /// Word applies a table style's header-row look to the first row only: give a second header row
    /// the same shading and bottom rule, taken from the table style in use (the template's or ours).
    /// </summary>
    private void LikeFirstRow(TableRow row)
    {
        var firstRow = styles.Definition(DocxStyle.ReportTable).Elements<TableStyleProperties>()
            .FirstOrDefault(p => p.Type?.Value == TableStyleOverrideValues.FirstRow)?.TableStyleConditionalFormattingTableCellProperties;
        var shading = firstRow?.GetFirstChild<Shading>();
        var bottom = firstRow?.GetFirstChild<TableCellBorders>()?.GetFirstChild<BottomBorder>();
        foreach (var properties in row.Elements<TableCell>().Select(c => c.TableCellProperties!))
        {
            if (bottom is not null)
            {
                properties.TableCellBorders = new TableCellBorders((BottomBorder)bottom.CloneNode(true));
            }

            if (shading is not null)
            {
                properties.Shading = (Shading)shading.CloneNode(true);
            }
        }
    }

    private Paragraph Heading(string text) => Paragraph(styles[DocxStyle.TableHeading], text);

    private static TableCell Cell(int width, Paragraph content) => new(
        new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa },
            TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center },
        },
        content);

    private static JustificationValues Justify(ColumnAlign align) => align switch
    {
        ColumnAlign.Right => JustificationValues.Right,
        ColumnAlign.Center => JustificationValues.Center,
        _ => JustificationValues.Left,
    };
}
