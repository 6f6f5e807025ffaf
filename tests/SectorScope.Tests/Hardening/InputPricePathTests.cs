using System.Globalization;
using DuckDB.NET.Data;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SectorScope.Store;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Hardening;

/// <summary>
/// The bulk price path (DuckDB's CSV reader) and the line parser accept exactly the same files, store the same
/// rows and give the same messages; on a fresh store and on an incremental ingest alike.
/// </summary>
public sealed class InputPricePathTests
{
    private const string Header = "date,code,close";

    /// <summary>Line parser's verdict: its diagnostics, or its rows as "line date code close".</summary>
    private static (IReadOnlyList<string> Errors, IReadOnlyList<string> Rows) LineParser(string text, Universe universe)
    {
        var diagnostics = new DiagnosticBag();
        var rows = InputParsers.Prices("prices/gen.csv", text, universe, diagnostics);
        return ([.. diagnostics.Sorted().Select(d => d.ToString())], diagnostics.HasErrors ? [] : [.. rows.Select(r => Row(r.Source.Line, r.Date, r.Code, r.Close))]);
    }

    /// <summary>The store's verdict after ingesting <paramref name="text"/> as the workspace's only price file.</summary>
    private static (IReadOnlyList<string> Errors, IReadOnlyList<string> Rows, bool Bulk) Ingested(TestWorkspace ws, string text)
    {
        File.WriteAllText(ws.Path("prices/gen.csv"), text);
        var ingested = StoreIngester.Ingest(WorkspaceReader.Open(ws.Root).Value);
        if (ingested.Rejected is { } rejected)
        {
            return (rejected.Lines(), [], false);
        }

        var (store, result) = ingested.Value;
        store.Dispose();
        return ([], StoredRows(ws.Root), result.BulkLoaded?.Contains("prices/gen.csv") == true);
    }

    private static TestWorkspace PricesOnly()
    {
        var ws = new TestWorkspace();
        File.Delete(ws.Path("prices/hk.csv"));
        File.Delete(ws.Path("prices/us.csv"));
        return ws;
    }

    private static IReadOnlyList<string> StoredRows(string root)
    {
        using var db = new DuckDBConnection($"Data Source={WorkspaceStore.PathFor(root)}");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = "SELECT line, date, code, close FROM prices ORDER BY line";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(Row(reader.GetInt32(0), DateOnly.FromDateTime(reader.GetDateTime(1)), reader.GetString(2), reader.GetDouble(3)));
        }

        return rows;
    }

    private static string Row(int line, DateOnly date, string code, double close) =>
        string.Create(CultureInfo.InvariantCulture, $"{line} {InputDates.Format(date)} {code} {close:R}");

    [Theory]
    [InlineData("0000-01-01", "prices/gen.csv:2: date: 「0000-01-01」 不是日期（应为 YYYY-MM-DD）")]
    [InlineData("2024-11-9 ", "prices/gen.csv:2: date: 「2024-11-9」 不是日期（应为 YYYY-MM-DD）")]
    [InlineData("1-11-29   ", "prices/gen.csv:2: date: 「1-11-29」 不是日期（应为 YYYY-MM-DD）")]
    [InlineData("1899-12-31", "prices/gen.csv:2: date: 「1899-12-31」 超出可接受的日期 1900-01-01 至 2100-12-31")]
    public void Dates_the_bulk_reader_once_took_are_refused_on_fresh_and_incremental_ingests(string date, string expected)
    {
        using var ws = PricesOnly();
        var text = $"{Header}\n{date},0001.HK,10\n";
        Assert.Equal([expected], Ingested(ws, text).Errors);
        // Incremental: a valid file is stored first, then replaced by the bad one (this crashed in MonthEndTable).
        Assert.Empty(Ingested(ws, $"{Header}\n2024-01-31,0001.HK,10\n").Errors);
        Assert.Equal([expected], Ingested(ws, text).Errors);
        Assert.Equal([expected], LineParser(text, WorkspaceReader.Open(ws.Root).Value.Universe).Errors);
    }

    [Fact]
    public void A_plain_valid_file_goes_the_bulk_path_and_stores_the_line_parser_rows()
    {
        using var ws = PricesOnly();
        var text = $"{Header}\n2024-01-31,0001.HK,10\n2024-02-29,0001.HK,1e-6\n2024-02-29,HKI,1e15\n";
        var (errors, rows, bulk) = Ingested(ws, text);
        Assert.Empty(errors);
        Assert.True(bulk);
        Assert.Equal(["2 2024-01-31 0001.HK 10", "3 2024-02-29 0001.HK 1E-06", "4 2024-02-29 HKI 1000000000000000"], rows);
        Assert.Equal(rows, LineParser(text, WorkspaceReader.Open(ws.Root).Value.Universe).Rows);
    }

    private static readonly string[] Dates =
        ["2024-01-31", "2024-02-29", "2024-02-30", "0000-01-01", "2024-11-9 ", "1-11-29   ", "9999-12-31", "1899-12-31", "2100-12-31", " 2024-01-31", "2024-01-31 ", "2024/01/31", "", "20240131", "2024-1-31"];

    private static readonly string[] Codes = ["0001.HK", "0002.HK", "HKI", "9999.HK", " 0001.HK", "", "hki"];

    private static readonly string[] Closes =
        ["10", "10.5", "0", "-1", "1e-7", "1e-6", "3.4e38", "1e15", "1.0000001e15", "abc", "", "nan", "inf", "-inf", "1_000", "0x10", " 5", "5 ", "+5", ".5", "5.", "1e400", "1E+2", "1e", "٣"];

    private static Arbitrary<string> PriceFiles() =>
        Gen.Elements(Dates).SelectMany(d => Gen.Elements(Codes).SelectMany(c => Gen.Elements(Closes).Select(v => $"{d},{c},{v}")))
            .ArrayOf().Where(rows => rows.Length is >= 1 and <= 6)
            .Select(rows => Header + "\n" + string.Join("\n", rows) + "\n")
            .ToArbitrary();

    private static readonly string[] Volumes = ["", "0", "100", "-1", "1e-7", "1e-6", "1e15", "1e16", "nan", "inf", "abc"];

    private static readonly string[] Caps = ["", "512.5", "0", "-3", "1e-7", "1e15", "1e16", "nan", "-inf"];

    /// <summary>Files with a volume and a market value besides the close, each checked as the line parser checks it.</summary>
    private static Arbitrary<string> WidePriceFiles() =>
        Gen.Elements("2024-01-31", "2024-02-29", "2024-02-30").SelectMany(d => Gen.Elements("0001.HK", "HKI", "9999.HK").SelectMany(c =>
                Gen.Elements("10", "0", "1e16", "nan").SelectMany(v => Gen.Elements(Volumes).SelectMany(vol => Gen.Elements(Caps).Select(cap => $"{d},{c},{v},{vol},{cap}")))))
            .ArrayOf().Where(rows => rows.Length is >= 1 and <= 5)
            .Select(rows => "date,code,close,volume,market_cap_mn\n" + string.Join("\n", rows) + "\n")
            .ToArbitrary();

    [Trait("Category", "Slow")]
    [Property(MaxTest = 40, Replay = "(20261130,4211)")]
    public Property Bulk_and_line_parser_agree_on_volumes_and_market_values() => Prop.ForAll(WidePriceFiles(), text =>
    {
        using var ws = PricesOnly();
        var expected = LineParser(text, WorkspaceReader.Open(ws.Root).Value.Universe);
        var fresh = Ingested(ws, text);
        return (expected.Errors.SequenceEqual(fresh.Errors) && expected.Rows.SequenceEqual(fresh.Rows))
            .Label($"file:\n{text}\nline parser: {string.Join(" | ", expected.Errors.Concat(expected.Rows))}\nfresh: {string.Join(" | ", fresh.Errors.Concat(fresh.Rows))}");
    });

    /// <summary>Same accept/reject, same messages, same rows, for generated files both fresh and incremental.</summary>
    [Trait("Category", "Slow")]
    [Property(MaxTest = 60, Replay = "(20261130,7919)")]
    public Property Bulk_and_line_parser_agree_on_generated_files() => Prop.ForAll(PriceFiles(), text =>
    {
        using var ws = PricesOnly();
        var expected = LineParser(text, WorkspaceReader.Open(ws.Root).Value.Universe);
        var fresh = Ingested(ws, text);
        Ingested(ws, $"{Header}\n2024-01-31,0001.HK,10\n");
        var incremental = Ingested(ws, text);
        return (expected.Errors.SequenceEqual(fresh.Errors) && expected.Rows.SequenceEqual(fresh.Rows)
                && expected.Errors.SequenceEqual(incremental.Errors) && expected.Rows.SequenceEqual(incremental.Rows))
            .Label($"file:\n{text}\nline parser: {string.Join(" | ", expected.Errors.Concat(expected.Rows))}\nfresh: {string.Join(" | ", fresh.Errors.Concat(fresh.Rows))}\nincremental: {string.Join(" | ", incremental.Errors.Concat(incremental.Rows))}");
    });
}
