using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using SectorScope.Rendering.Csv;
using SectorScope.Rendering.Xlsx;
using SectorScope.Workspace;
using SectorScope.Tests.Demo;

namespace SectorScope.Tests.Rendering.Xlsx;

/// <summary>
/// The demo workbook read back by LibreOffice Calc equals the CSV tables; figures' sheets hold the
/// plotted data. LibreOffice prints 15 significant digits, so numbers are compared to a relative
/// 1e-12 there, and the stored cell text is checked separately to round-trip the exact double.
/// </summary>
[Collection(DemoReportCollection.Name)]
[Trait("Category", "Slow")]
public sealed class XlsxRendererTests(DemoReportFixture demo)
{
    private DemoWorkbook book => demo.Workbook;

    private const double Relative = 1e-12;

    [Fact]
    public void Every_data_table_read_back_by_LibreOffice_equals_its_csv_by_value()
    {
        foreach (var table in book.Model.DataTables)
        {
            Assert.True(book.CsvBySheet.TryGetValue(table.Name, out var path), $"no sheet {table.Name}; sheets: {string.Join(", ", book.CsvBySheet.Keys)}");
            var (expectedHeader, expectedRows) = CsvTable.Parse(CsvTableWriter.Write(table));
            var (actualHeader, actualRows) = CsvTable.Parse(File.ReadAllText(path));
            Assert.Equal(expectedHeader, actualHeader);
            Assert.True(expectedRows.Count == actualRows.Count, $"{table.Name}: {expectedRows.Count} rows in the CSV, {actualRows.Count} in the sheet");
            for (int r = 0; r < expectedRows.Count; r++)
            {
                var expected = expectedRows[r].Fields;
                var actual = Pad(actualRows[r].Fields, expected.Count);
                for (int c = 0; c < expected.Count; c++)
                {
                    AssertSameCell(expected[c], actual[c], $"{table.Name} row {r + 2} column {expectedHeader[c]}");
                }
            }
        }
    }

    [Fact]
    public void Every_figure_has_a_sheet_with_its_categories_series_and_reference_lines()
    {
        foreach (var figure in book.Model.Figures)
        {
            Assert.True(book.CsvBySheet.TryGetValue(figure.FileStem, out var path), $"no sheet {figure.FileStem}");
            var (header, rows) = CsvTable.Parse(File.ReadAllText(path));
            Assert.Equal([header[0], .. figure.Series.Select(s => s.Name), .. figure.ReferenceLines.Select(l => l.Label)], header);
            Assert.Equal(figure.Categories, rows.Select(r => r.Fields[0]));
            for (int i = 0; i < figure.Categories.Count; i++)
            {
                var fields = Pad(rows[i].Fields, header.Count);
                for (int s = 0; s < figure.Series.Count; s++)
                {
                    var value = figure.Series[s].Values[i];
                    AssertSameCell(value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "", fields[1 + s], $"{figure.FileStem} {figure.Categories[i]} {figure.Series[s].Name}");
                }

                for (int l = 0; l < figure.ReferenceLines.Count; l++)
                {
                    AssertSameCell(figure.ReferenceLines[l].Value.ToString("R", CultureInfo.InvariantCulture), fields[1 + figure.Series.Count + l], $"{figure.FileStem} {figure.ReferenceLines[l].Label}");
                }
            }
        }
    }

    [Fact]
    public void Numeric_cells_store_the_unrounded_double_exactly()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(book.Bytes), false);
        var table = book.Model.DataTables.Single(t => t.Name == "stock_returns");
        var rows = Sheet(document, table.Name).Descendants<Row>().Skip(1).ToList();
        int checkedCells = 0;
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var cells = rows[r].Elements<Cell>().ToDictionary(c => c.CellReference!.Value!);
            for (int c = 0; c < table.Columns.Count; c++)
            {
                if (table.Rows[r][c] is double expected)
                {
                    var cell = cells[WorksheetWriter.Reference(c, (uint)(r + 2))];
                    Assert.Null(cell.DataType);
                    Assert.Equal(expected, double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture));
                    checkedCells++;
                }
            }
        }

        Assert.True(checkedCells >= table.Rows.Count * 3, $"only {checkedCells} numeric cells checked");
    }

    [Fact]
    public void Sheets_have_unique_names_and_a_bold_frozen_header()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(book.Bytes), false);
        var workbook = document.WorkbookPart!;
        var names = workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
        Assert.Equal([.. book.Model.DataTables.Select(t => t.Name), .. book.Model.Figures.Select(f => f.FileStem)], names);
        Assert.All(names, n => Assert.InRange(n.Length, 1, 31));
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var fonts = workbook.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ToList();
        var formats = workbook.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        foreach (var name in names)
        {
            var worksheet = Sheet(document, name);
            var pane = worksheet.Descendants<Pane>().Single();
            Assert.Equal((PaneStateValues.Frozen, 1.0, "A2"), (pane.State!.Value, pane.VerticalSplit!.Value, pane.TopLeftCell!.Value));
            foreach (var cell in worksheet.Descendants<Row>().First().Elements<Cell>())
            {
                var font = fonts[(int)formats[(int)cell.StyleIndex!.Value].FontId!.Value];
                Assert.NotNull(font.Bold);
            }

            Assert.All(worksheet.Descendants<Column>(), c => Assert.InRange(c.Width!.Value, 8, 60));
        }
    }

    [Fact]
    public void Workbook_is_valid_Open_XML()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(book.Bytes), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public void Same_model_gives_the_same_bytes()
    {
        Assert.Equal(book.Bytes, XlsxRenderer.Render(book.Model));
    }

    [Theory]
    [InlineData(new[] { "fig01-a-name-that-is-far-too-long-for-excel" }, new[] { "fig01-a-name-that-is-far-too-lo" })]
    [InlineData(new[] { "coverage", "Coverage", "coverage" }, new[] { "coverage", "Coverage~2", "coverage~3" })]
    [InlineData(new[] { "a/b[c]*?:d", "History" }, new[] { "a_b_c____d", "sheet" })]
    public void Sheet_names_are_cut_to_31_characters_cleaned_and_made_unique(string[] wanted, string[] expected)
    {
        Assert.Equal(expected, WorksheetNames.Assign(wanted));
    }

    private static Worksheet Sheet(SpreadsheetDocument document, string name)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet;
    }

    /// <summary>LibreOffice drops trailing empty fields of a row.</summary>
    private static IReadOnlyList<string> Pad(IReadOnlyList<string> fields, int count) =>
        fields.Count >= count ? fields : [.. fields, .. Enumerable.Repeat("", count - fields.Count)];

    private static void AssertSameCell(string expected, string actual, string context)
    {
        if (double.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var x))
        {
            Assert.True(double.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var y), $"{context}: expected the number {expected}, got '{actual}'");
            Assert.True(Math.Abs(x - y) <= Relative * Math.Max(1.0, Math.Abs(x)), $"{context}: expected {expected}, got {actual}");
        }
        else
        {
            Assert.True(expected == actual, $"{context}: expected '{expected}', got '{actual}'");
        }
    }
}
