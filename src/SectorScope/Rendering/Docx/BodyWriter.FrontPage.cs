using DocumentFormat.OpenXml.Wordprocessing;
using SectorScope.Rendering.Layout;
using static SectorScope.Rendering.Docx.Blocks;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;

namespace SectorScope.Rendering.Docx;

internal sealed partial class BodyWriter
{
    /// <summary>Share of the text width given to the key points; the side column takes the rest.</summary>
    private const double MainColumnShare = 0.66;

    private const int ColumnGap = 284;

    private const string SideShading = "F2F5F9";

    /// <summary>
    /// The front page: the report-type bar with the as-of date, title and thesis; key points beside a side
    /// column with the rating, analysts and related research; then the key-company forecast table.
    /// </summary>
    private void FrontPage(FrontPageBlock f)
    {
        Add(Paragraph(styles[DocxStyle.ReportType], Run(f.ReportType), Tab(), Run(f.AsOf.Text)).WithRightTab(page.TextWidth - BuiltInStyles.ReportTypeInset));
        Add(Paragraph(styles[DocxStyle.Title], f.Title));
        if (f.Subtitle is not null)
        {
            Add(Paragraph(styles[DocxStyle.Subtitle], f.Subtitle));
        }

        int main = (int)(page.TextWidth * MainColumnShare);
        int side = page.TextWidth - main;
        var layout = LayoutTable([main, side], new TopBorder { Val = BorderValues.Single, Size = 12, Space = 0, Color = BuiltInStyles.Accent });
        var row = new TableRow();
        var points = f.KeyPoints.Append(f.RiskWarning).ToArray();
        row.Append(FrontCell(main, null, 0, ColumnGap, KeyPoints(f.KeyPointsHeading, points, KeyPointHalfPoints(points.Select(p => p.Label + p.Text), main - ColumnGap))));
        row.Append(FrontCell(side, SideShading, 170, 170, SideColumn(f)));
        layout.Append(row);
        Add(layout);

        if (f.ForecastTable is not null)
        {
            _body.AddRange(tables.Write(f.ForecastTable));
        }
    }

    /// <param name="halfPoints">A smaller size than the style's when the text would not fit; null keeps the style's.</param>
    private IEnumerable<Paragraph> KeyPoints(string heading, IEnumerable<KeyPointLine> points, int? halfPoints)
    {
        yield return Paragraph(styles[DocxStyle.PanelHeading], heading);
        foreach (var point in points)
        {
            yield return Paragraph(styles[DocxStyle.KeyPoint], Sized(Run(point.Label, styles[DocxStyle.Strong]), halfPoints), Sized(Run(point.Text), halfPoints));
        }
    }

    /// <summary>
    /// The key points' size in half-points: null (the style's 9.5 pt) while they fit beside the side column
    /// with the forecast table below on the front page, else the largest size down to 7.5 pt that fits.
    /// Fitting is estimated from the text (a CJK character one em, Latin half an em; a paragraph's last line
    /// and spacing ~1.3 lines) against the height the demo's key points take at 9.5 pt, which just fit.
    /// </summary>
    internal static int? KeyPointHalfPoints(IEnumerable<string> paragraphs, int columnTwips)
    {
        const int Style = 19, Smallest = 15;
        const double Budget = 555;
        var widths = paragraphs.Select(p => p.Sum(c => c < '\u2E80' ? 0.5 : 1.0)).ToArray();
        double Height(int halfPoints) => halfPoints * widths.Sum(w => Math.Ceiling(w * halfPoints * 10 / columnTwips) + 0.3);
        if (Height(Style) <= Budget)
        {
            return null;
        }

        for (int size = Style - 1; size > Smallest; size--)
        {
            if (Height(size) <= Budget)
            {
                return size;
            }
        }

        return Smallest;
    }

    private static Run Sized(Run run, int? halfPoints)
    {
        if (halfPoints is { } size)
        {
            var text = size.ToString(System.Globalization.CultureInfo.InvariantCulture);
            run.RunProperties ??= new RunProperties();
            run.RunProperties.FontSize = new FontSize { Val = text };
            run.RunProperties.FontSizeComplexScript = new FontSizeComplexScript { Val = text };
        }

        return run;
    }

    private IEnumerable<Paragraph> SideColumn(FrontPageBlock f)
    {
        string panel = styles[DocxStyle.PanelText];
        string strong = styles[DocxStyle.Strong];
        if (f.Rating is not null)
        {
            yield return Paragraph(styles[DocxStyle.PanelHeading], f.Rating.Label);
            yield return Paragraph(panel, Run(f.Rating.Value, strong));
        }

        yield return Paragraph(panel, Run(f.Sector.Text));
        yield return Paragraph(panel, Run(f.Period.Text));

        if (f.Analysts.Count > 0)
        {
            yield return Paragraph(styles[DocxStyle.PanelHeading], f.AnalystsHeading);
            foreach (var analyst in f.Analysts)
            {
                yield return Paragraph(panel, Run(analyst.Name, strong));
                if (analyst.Licence is not null)
                {
                    yield return Paragraph(panel, Run(analyst.Licence));
                }
            }
        }

        if (f.Related.Count > 0)
        {
            yield return Paragraph(styles[DocxStyle.PanelHeading], f.RelatedHeading);
            foreach (var r in f.Related)
            {
                yield return Paragraph(panel, Run(r.Title + r.Dash), Unbroken(r.Date));
            }
        }
    }

    private static TableCell FrontCell(int width, string? shading, int leftMargin, int rightMargin, IEnumerable<Paragraph> content)
    {
        var cell = new TableCell(new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa },
            Shading = shading is null ? null : new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = shading },
            TableCellMargin = new TableCellMargin(
                new TopMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
                new LeftMargin { Width = Twips(leftMargin), Type = TableWidthUnitValues.Dxa },
                new BottomMargin { Width = "113", Type = TableWidthUnitValues.Dxa },
                new RightMargin { Width = Twips(rightMargin), Type = TableWidthUnitValues.Dxa }),
            TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Top },
        });
        cell.Append(content);
        return cell;
    }
}
