using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SectorScope.Pipeline;
using SectorScope.Rendering.Csv;
using SectorScope.Reporting.Model;
using SectorScope.Store;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Hardening;

/// <summary>
/// Input text never becomes a live spreadsheet formula, and an edit of a small input file is seen even when
/// its size and modification time are put back.
/// </summary>
public sealed class InputOutputCellTests : IDisposable
{
    private readonly TestWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    [Fact]
    public void Csv_text_cells_that_start_a_formula_get_a_leading_quote_and_numbers_do_not()
    {
        var table = new DataTable("t", ["title"], [["=HYPERLINK(\"http://x\",\"y\")"], ["+1+cmd"], ["-2+3"], ["@SUM(A1)"], ["-5.2"], ["-3.1%"], ["-"], ["正常标题"]]);
        var lines = CsvTableWriter.Write(table).Split('\n');
        Assert.Equal(["title", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", "'+1+cmd", "'-2+3", "'@SUM(A1)", "-5.2", "-3.1%", "-", "正常标题", ""], lines);
    }

    [Fact]
    public void News_title_formula_is_written_as_text_in_news_csv_and_workbook()
    {
        _ws.Write("news/2024-02.jsonl", """
            {"date":"2024-02-10","source":"示例来源","title":"=HYPERLINK(\"http://evil\",\"点击\")","body":"正文","url":"https://example.com/1","companies":["0001.HK"],"tags":["游戏"]}
            """);
        _ = ReportPipeline.Run(_ws.Root, null, null, _ws.OutputFolder, OutputFormat.Xlsx, recordHistory: false).Value;
        var csv = File.ReadAllText(Path.Combine(_ws.OutputFolder, "tables", "news.csv"));
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"点击\"\")\"", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
        // The workbook keeps text as shared strings: no cell of it carries a formula.
        using var book = SpreadsheetDocument.Open(Path.Combine(_ws.OutputFolder, "tables.xlsx"), false);
        Assert.Empty(book.WorkbookPart!.WorksheetParts.SelectMany(w => w.Worksheet.Descendants<CellFormula>()));
        Assert.Contains(book.WorkbookPart.SharedStringTablePart!.SharedStringTable.Descendants<Text>(), t => t.Text.StartsWith("=HYPERLINK", StringComparison.Ordinal));
    }

    [Fact]
    public void Price_edit_keeping_size_and_restored_time_is_seen()
    {
        Ingest();
        var path = _ws.Path("prices/hk.csv");
        var time = File.GetLastWriteTimeUtc(path);
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text.Replace("2024-02-29,0001.HK,11\n", "2024-02-29,0001.HK,13\n", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, time);
        Assert.Equal(text.Length, new FileInfo(path).Length);
        Assert.Equal(["prices/hk.csv"], Ingest().Refreshed);
        using var store = WorkspaceStore.OpenExisting(_ws.Root)!;
        Assert.Equal(13, store.LastCloses(["0001.HK"], new DateOnly(2024, 2, 29))["0001.HK"].Close);
    }

    [Fact]
    public void A_large_unchanged_file_is_trusted_by_size_and_time_and_not_read()
    {
        // Over HashedFile.AlwaysHashedBytes: 18,000 days of three codes, about 1.2 MB.
        var rows = Enumerable.Range(0, 18_000).Select(i => new DateOnly(1960, 1, 1).AddDays(i))
            .SelectMany(d => new[] { "0001.HK", "0002.HK", "HKI" }.Select(c => $"{InputDates.Format(d)},{c},10"));
        _ws.Write("prices/old.csv", "date,code,close\n" + string.Join("\n", rows));
        Assert.True(new FileInfo(_ws.Path("prices/old.csv")).Length > HashedFile.AlwaysHashedBytes);
        Ingest();
        var inputs = WorkspaceReader.Open(_ws.Root).Value;
        var (store, result) = StoreIngester.Ingest(inputs).Value;
        store.Dispose();
        Assert.DoesNotContain("prices/old.csv", result.Read);
        Assert.Contains("prices/hk.csv", result.Read);
        // Its hash is the one recorded, taken without reading the file.
        Assert.Equal(WorkspaceReader.Hash(_ws.Path("prices/old.csv")), result.Hashes["prices/old.csv"]);
    }

    private IngestResult Ingest()
    {
        var (store, result) = StoreIngester.Ingest(WorkspaceReader.Open(_ws.Root).Value).Value;
        store.Dispose();
        return result;
    }
}
