using SectorScope.Pipeline;
using SectorScope.Store;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Store;

/// <summary>
/// Price files are bulk loaded by DuckDB when they are plain, and parsed in managed code otherwise or when
/// anything is wrong; both give the same rows. Unchanged files are recognised by size and time, not read.
/// </summary>
public sealed class PriceIngestTests : IDisposable
{
    private readonly TestWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private static IngestResult Ingest(string root) => IngestedStore.Update(root);

    private static List<string> StoredPrices(string root) =>
        IngestedStore.Rows(root, $"SELECT {IngestedStore.PriceRow} FROM prices p JOIN input_files f USING (file_id) ORDER BY f.path, p.line");

    [Fact]
    public void Bulk_load_and_managed_parser_store_the_same_rows_with_the_same_lines()
    {
        _ws.Write("prices/cap.csv", "date,code,close,volume,market_cap_mn\n2024-01-31,0003.HK,7.25,1000,512.5\n2024-02-29,0003.HK,7.5,,\n");
        _ws.Write("securities.csv", File.ReadAllText(_ws.Path("securities.csv")).TrimEnd() + "\n0003.HK,测试三,HK,HKD,游戏,,\n");
        var bulk = Ingest(_ws.Root);
        Assert.Equal(["prices/cap.csv", "prices/hk.csv", "prices/us.csv"], bulk.BulkLoaded!.Order(StringComparer.Ordinal));
        var bulkRows = StoredPrices(_ws.Root);

        // Carriage returns keep the same rows and lines but send every file to the managed parser.
        using var crlf = new TestWorkspace();
        foreach (var file in Directory.GetFiles(_ws.Root, "*", SearchOption.AllDirectories).Where(f => !f.Contains(".sectorscope", StringComparison.Ordinal)))
        {
            var relative = Path.GetRelativePath(_ws.Root, file);
            var text = File.ReadAllText(file);
            crlf.Write(relative, text);
            if (relative.StartsWith("prices", StringComparison.Ordinal))
            {
                File.WriteAllText(crlf.Path(relative), text.Replace("\n", "\r\n", StringComparison.Ordinal));
            }
        }

        var managed = Ingest(crlf.Root);
        Assert.Empty(managed.BulkLoaded!);
        Assert.Equal(bulkRows, StoredPrices(crlf.Root));
        Assert.Contains("prices/cap.csv:2 2024-01-31 0003.HK 7.25 512.5", bulkRows);
        Assert.Contains("prices/hk.csv:8 2024-03-01 0001.HK 11.5 -", bulkRows);
    }

    [Fact]
    public void A_changed_file_is_imported_again_and_unchanged_files_are_not_read()
    {
        Ingest(_ws.Root);
        _ws.Write("prices/us.csv", File.ReadAllText(_ws.Path("prices/us.csv")).Replace("5.5", "5.6", StringComparison.Ordinal));
        var inputs = WorkspaceReader.Open(_ws.Root).Value;
        var (store, result) = StoreIngester.Ingest(inputs).Value;
        store.Dispose();

        Assert.Equal(["prices/us.csv"], result.Refreshed);
        Assert.Contains("prices/us.csv:4 2024-02-28 AAA.US 5.6 -", StoredPrices(_ws.Root));
        // Small files are hashed on every run (see HashedFile.AlwaysHashedBytes); an unchanged one is read but not imported.
        Assert.Contains("prices/us.csv", result.Read);
        Assert.Contains("prices/hk.csv", result.Read);
    }

    [Theory]
    [InlineData("date,code,close\n2024-01-31,AAA.US,5\n2024-01-31,USI,200\n2024-02-28,AAA.US,5.75\n2024-02-28,USI,210\n")]
    [InlineData("date,code,close\n2024-01-31,AAA.US,5\n2024-01-30,USI,199\n2024-01-31,USI,200\n2024-02-28,AAA.US,5.5\n2024-02-28,USI,210\n")]
    [InlineData("date,code,close\n2024-01-31,USI,200\n2024-02-28,AAA.US,5.5\n2024-02-28,USI,210\n")]
    [InlineData("date,code,close,market_cap_mn\n2024-01-31,AAA.US,5,250\n2024-01-31,USI,200,\n2024-02-28,AAA.US,5.5,275\n2024-02-28,USI,210,\n")]
    [InlineData("date,code,close\n2024-02-28,AAA.US,5.5\n2024-02-28,USI,210\n")]
    public void A_corrected_file_replaced_in_place_leaves_exactly_the_rows_of_a_fresh_ingest(string corrected)
    {
        Ingest(_ws.Root);
        _ws.Write("prices/us.csv", corrected);
        var result = Ingest(_ws.Root);
        Assert.Equal(["prices/us.csv"], result.BulkLoaded);
        var replaced = StoredPrices(_ws.Root);

        Directory.Delete(Path.Combine(_ws.Root, ".sectorscope"), recursive: true);
        Ingest(_ws.Root);
        Assert.Equal(StoredPrices(_ws.Root), replaced);
    }

    [Fact]
    public void A_file_touched_without_a_change_is_hashed_once_and_not_imported()
    {
        Ingest(_ws.Root);
        var path = _ws.Path("prices/hk.csv");
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddMinutes(5));

        var touched = WorkspaceReader.Open(_ws.Root).Value;
        var (store, result) = StoreIngester.Ingest(touched).Value;
        store.Dispose();
        Assert.True(result.UpToDate);
        Assert.Contains("prices/hk.csv", result.Read);

        // The new time is recorded: the next run imports nothing (small files are hashed again, large ones not read; see InputOutputCellTests).
        var again = WorkspaceReader.Open(_ws.Root).Value;
        var (storeAgain, resultAgain) = StoreIngester.Ingest(again).Value;
        storeAgain.Dispose();
        Assert.True(resultAgain.UpToDate);
    }

    [Fact]
    public void A_bad_plain_price_file_lists_every_problem_and_leaves_the_store_unchanged()
    {
        _ = ReportPipeline.Ingest(_ws.Root).Value;
        var before = _ws.StoreFingerprint();
        var rows = StoredPrices(_ws.Root);
        _ws.Write("prices/bad.csv", "date,code,close\n2024-01-31,AAA.US,-5\n2024/02/29,AAA.US,5\n2024-1-31,USI,200\n2024-02-28,ZZZ.US,1\n");
        _ws.Write("prices/header.csv", "date,code,price\n2024-01-31,AAA.US,5\n");

        var e = ReportPipeline.Ingest(_ws.Root).Refused();
        Assert.Equal(
        [
            "prices/bad.csv:2: close: 应为正数，实为 「-5」",
            "prices/bad.csv:3: date: 「2024/02/29」 不是日期（应为 YYYY-MM-DD）",
            "prices/bad.csv:4: date: 「2024-1-31」 不是日期（应为 YYYY-MM-DD）",
            "prices/bad.csv:5: code: 未知代码 「ZZZ.US」（不在 securities.csv 或 indices.csv 中）",
            "prices/header.csv:1: close: 缺少此列（应为 date,code,close[,open,high,low,volume,market_cap_mn]）",
            "prices/header.csv:1: price: 不认识的列（应为 date,code,close[,open,high,low,volume,market_cap_mn]）",
        ], e.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(before, _ws.StoreFingerprint());
        Assert.Equal(rows, StoredPrices(_ws.Root));
    }

    /// <summary>A rebuild commits its rows before the cross-file checks: one that fails them must still leave the old store alone and no new one.</summary>
    [Fact]
    public void A_rebuild_refused_by_two_files_disagreeing_leaves_the_old_store_and_no_new_one()
    {
        _ = ReportPipeline.Ingest(_ws.Root).Value;
        var before = _ws.StoreFingerprint();
        var rows = StoredPrices(_ws.Root);
        _ws.Write("prices/hk-extra.csv", "date,code,close\n2024-02-29,0001.HK,12\n");

        var e = ReportPipeline.Ingest(_ws.Root, rebuild: true).Refused();
        Assert.Equal(["prices/hk.csv:5: close: （2024-02-29，0001.HK）重复出现且数值与 prices/hk-extra.csv:2 不同"], e.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(before, _ws.StoreFingerprint());
        Assert.Equal(rows, StoredPrices(_ws.Root));
        Assert.Equal(["store.duckdb"], Directory.GetFiles(Path.GetDirectoryName(WorkspaceStore.PathFor(_ws.Root))!, "store.duckdb*").Select(Path.GetFileName));
    }
}
