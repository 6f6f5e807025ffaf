using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using SectorScope.Rendering.Layout;
using static SectorScope.Rendering.Docx.Blocks;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;

namespace SectorScope.Rendering.Docx;

/// <summary>
/// Numbered figures: "图N：caption" above the picture, the note and the source line below. Consecutive
/// figures that read well at half width sit side by side, as on a broker's page; long histories and
/// crowded bar charts take the full width.
/// </summary>
internal sealed class FigureWriter(StyleMap styles, PageGeometry page, InlinePicture pictures, IReadOnlyDictionary<string, byte[]> charts)
{
    /// <summary>Gap between two figures set side by side, in twips.</summary>
    private const int Gutter = 340;

    public IEnumerable<OpenXmlElement> Write(IReadOnlyList<FigureBlock> figures)
    {
        for (int i = 0; i < figures.Count; i++)
        {
            if (i + 1 < figures.Count && figures[i].HalfWidth && figures[i + 1].HalfWidth)
            {
                yield return Pair(figures[i], figures[i + 1]);
                i++;
                continue;
            }

            foreach (var element in Single(figures[i]))
            {
                yield return element;
            }
        }
    }

    private IEnumerable<OpenXmlElement> Single(FigureBlock f)
    {
        yield return Caption(f);
        yield return Picture(f, page.TextWidth, maxHeight: 5100);
        foreach (var p in Notes(f))
        {
            yield return p;
        }
    }

    /// <summary>Two figures in a borderless table: captions, pictures and sources each on their own row so they line up.</summary>
    private Table Pair(FigureBlock left, FigureBlock right)
    {
        int half = (page.TextWidth - Gutter) / 2;
        int[] widths = [half + (Gutter / 2), page.TextWidth - half - (Gutter / 2)];
        var table = LayoutTable(widths);
        table.Append(Row(widths, TableVerticalAlignmentValues.Bottom, [Caption(left)], [Caption(right)]));
        table.Append(Row(widths, TableVerticalAlignmentValues.Top, [Picture(left, half, maxHeight: 3700)], [Picture(right, half, maxHeight: 3700)]));
        table.Append(Row(widths, TableVerticalAlignmentValues.Top, Notes(left), Notes(right)));
        return table;
    }

    private static TableRow Row(int[] widths, TableVerticalAlignmentValues align, IEnumerable<Paragraph> left, IEnumerable<Paragraph> right)
    {
        var row = new TableRow(new TableRowProperties(new CantSplit()));
        row.Append(Cell(widths[0], align, left, rightMargin: Gutter / 2));
        row.Append(Cell(widths[1], align, right, leftMargin: Gutter / 2));
        return row;
    }

    private static TableCell Cell(int width, TableVerticalAlignmentValues align, IEnumerable<Paragraph> content, int leftMargin = 0, int rightMargin = 0)
    {
        var cell = new TableCell(new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa },
            TableCellMargin = new TableCellMargin(
                new LeftMargin { Width = Twips(leftMargin), Type = TableWidthUnitValues.Dxa },
                new RightMargin { Width = Twips(rightMargin), Type = TableWidthUnitValues.Dxa }),
            TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = align },
        });
        cell.Append(content);
        return cell;
    }

    private Paragraph Caption(FigureBlock f) => Paragraph(styles[DocxStyle.Caption], f.Caption);

    private Paragraph Picture(FigureBlock f, int width, int maxHeight) =>
        charts.TryGetValue(f.FigureId, out var png)
            ? Paragraph(styles[DocxStyle.Figure], pictures.Add(png, f.FileStem, f.Caption, width, maxHeight))
            : Paragraph(styles[DocxStyle.Note], f.Missing).KeepWithNext();

    private List<Paragraph> Notes(FigureBlock f)
    {
        var notes = new List<Paragraph>();
        if (f.Note is not null)
        {
            notes.Add(Paragraph(styles[DocxStyle.Note], f.Note).KeepWithNext());
        }

        notes.Add(Paragraph(styles[DocxStyle.SourceLine], f.Source));
        return notes;
    }
}
