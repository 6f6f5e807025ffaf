using System.Text.Json;
using System.Text.RegularExpressions;
using SectorScope.Import;
using SectorScope.Pipeline;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Import;

/// <summary>The six daily fixtures imported once into an empty workspace, shared by the tests below.</summary>
public sealed class ImportedFixtures : IDisposable
{
    public ImportedFixtures()
    {
        Result = Workspace.Import(ImportKind.Prices, ImportWorkspace.DailyFixtures.Select(ImportWorkspace.Fixture));
    }

    public ImportWorkspace Workspace { get; } = new();

    public ImportResult Result { get; }

    public void Dispose() => Workspace.Dispose();
}

/// <summary>
/// The fixtures in tests/.../Import/Fixtures were made by other programs from the demo's price CSVs
/// (tools/import-fixtures/make_fixtures.py: openpyxl, LibreOffice Calc, Python's GBK codec), so together
/// they hold exactly the demo's price rows.
/// </summary>
[Trait("Category", "Slow")]
public sealed partial class FixtureImportTests(ImportedFixtures imported) : IClassFixture<ImportedFixtures>
{
    [Fact]
    public void Each_layout_is_recognised_and_named()
    {
        Assert.Empty(imported.Result.Problems);
        var info = string.Join("\n", imported.Result.Info);
        Assert.Contains("hk-2020-2022.xlsx：Excel .xlsx（工作表「收盘价」）；宽表，日期在第 A 列（每行一个日期），30 列数据，代码在第 3 行，名称在第 2 行，单位在第 4 行，数据自第 6 行起", info);
        Assert.Contains("hk-2023-2024.xls：Excel .xls（工作表「收盘价」）；宽表", info);
        Assert.Contains("hk-2023-2024.xls：忽略表尾注释 2 行（「数据来源：Wind」）", info);
        Assert.Contains("us-2020-2022-gbk.csv：文本表格（GB18030，逗号分隔）；宽表", info);
        Assert.Contains("us-long-tushare.csv：文本表格（UTF-8，逗号分隔）；长表，表头在第 1 行：ts_code→code，trade_date→date，name→name，close→close", info);
        Assert.Contains("hstech-chart.json：行情图表 JSON，HSTECH.HK（HKD），时区 Asia/Hong_Kong", info);
        Assert.Contains("ixic-chart.json：行情图表 JSON，^IXIC（USD），时区 America/New_York", info);
    }

    [Fact]
    public void Imported_prices_equal_the_values_the_fixtures_were_made_from()
    {
        var demo = ImportWorkspace.Prices(Repository.DemoWorkspace);
        var workspace = ImportWorkspace.Prices(imported.Workspace.Root);
        Assert.Equal(55621, demo.Count);
        Assert.Equal(demo.Count, workspace.Count);
        foreach (var (key, close) in demo)
        {
            Assert.True(workspace.TryGetValue(key, out var got), $"{key} missing");
            Assert.Equal(close, got);
        }
    }

    [Fact]
    public void Chart_bars_are_dated_in_the_exchange_zone_and_equal_the_json_adjusted_closes()
    {
        // Read independently: every timestamp to the Hong Kong calendar day, with its adjusted close.
        using var doc = JsonDocument.Parse(File.ReadAllBytes(ImportWorkspace.Fixture("hstech-chart.json")));
        var result = doc.RootElement.GetProperty("chart").GetProperty("result")[0];
        var stamps = result.GetProperty("timestamp").EnumerateArray().Select(t => t.GetInt64()).ToArray();
        var closes = result.GetProperty("indicators").GetProperty("adjclose")[0].GetProperty("adjclose").EnumerateArray().Select(c => c.GetDouble()).ToArray();
        var hongKong = TimeZoneInfo.FindSystemTimeZoneById("Asia/Hong_Kong");
        var workspace = ImportWorkspace.Prices(imported.Workspace.Root);
        for (int i = 0; i < stamps.Length; i++)
        {
            var instant = DateTimeOffset.FromUnixTimeSeconds(stamps[i]);
            var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, hongKong).DateTime);
            Assert.Equal(closes[i], workspace[(day, "HSTECH")]);
            // The bars are stamped at local midnight: read in UTC every one would fall on the day before.
            Assert.Equal(day.AddDays(-1), DateOnly.FromDateTime(instant.UtcDateTime));
        }
    }

    [Fact]
    public void The_monthly_file_is_detected_and_with_month_end_matches_the_daily_closes()
    {
        var file = ImportWorkspace.Fixture("monthly-2024.csv");
        var plain = imported.Workspace.Import(ImportKind.Prices, [file], dryRun: true);
        Assert.Contains(plain.Info, l => l.Contains("月度数据（日期都是每月 1 日，11 个月），按原日期导入；若是月末值，加 --month-end", StringComparison.Ordinal));
        // Dated on the 1st, a month-end close lands on a real trading day of the next month: conflicts.
        Assert.Contains(plain.Problems, p => p.Contains("monthly-2024.csv:3: 0700.HK 2024-02-01: 工作区为 217.7739", StringComparison.Ordinal));

        var moved = imported.Workspace.Import(ImportKind.Prices, [file], monthEnd: true);
        Assert.Empty(moved.Problems);
        Assert.Contains("prices：新增 0 行，与工作区相同而跳过 33 行，冲突 0 行", moved.Summary[0]);
    }

    [Fact]
    public void A_report_on_the_imported_workspace_has_the_numbers_of_one_on_hand_written_csvs()
    {
        using var written = new ImportWorkspace();
        Directory.CreateDirectory(Path.Combine(written.Root, "prices"));
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.DemoWorkspace, "prices")))
        {
            File.Copy(file, Path.Combine(written.Root, "prices", Path.GetFileName(file)));
        }

        var outImported = imported.Workspace.Root + "-out";
        var outWritten = written.Root + "-out";
        try
        {
            _ = ReportPipeline.Run(imported.Workspace.Root, null, null, outImported, OutputFormats.Text, recordHistory: false).Value;
            _ = ReportPipeline.Run(written.Root, null, null, outWritten, OutputFormats.Text, recordHistory: false).Value;
            Assert.Equal(File.ReadAllText(Path.Combine(outWritten, "report.md")), File.ReadAllText(Path.Combine(outImported, "report.md")));
            foreach (var table in Directory.GetFiles(Path.Combine(outWritten, "tables")))
            {
                Assert.Equal(File.ReadAllText(table), File.ReadAllText(Path.Combine(outImported, "tables", Path.GetFileName(table))));
            }

            // report.json differs only where it cites the price file and line a number came from.
            string Numbers(string folder) => PriceSource().Replace(File.ReadAllText(Path.Combine(folder, "report.json")), "prices/…");
            Assert.Equal(Numbers(outWritten), Numbers(outImported));
            Assert.Contains("\"stock_returns\"", File.ReadAllText(Path.Combine(outImported, "report.json")), StringComparison.Ordinal);
        }
        finally
        {
            foreach (var dir in (string[])[outImported, outWritten])
            {
                if (Directory.Exists(dir))
                {
                    Directory.Delete(dir, recursive: true);
                }
            }
        }
    }

    [GeneratedRegex(@"prices/[^""]+?\.csv:\d+")]
    private static partial Regex PriceSource();
}
