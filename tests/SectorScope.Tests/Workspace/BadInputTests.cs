using SectorScope.Pipeline;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Workspace;

/// <summary>
/// Each kind of bad input is reported as file:line: column: reason, all problems of a file at once,
/// and neither the store nor the previous report is touched.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TestWorkspace _ws = new();

    public BadInputTests()
    {
        _ = ReportPipeline.Run(_ws.Root, null, null, _ws.OutputFolder, OutputFormats.Text).Value;
    }

    public void Dispose() => _ws.Dispose();

    private IReadOnlyList<string> Reject(Action<TestWorkspace> breakIt)
    {
        var store = _ws.StoreFingerprint();
        var report = File.ReadAllText(Path.Combine(_ws.OutputFolder, "report.json"));
        breakIt(_ws);
        var e = ReportPipeline.Run(_ws.Root, null, null, _ws.OutputFolder, OutputFormats.Text).Refused();
        Assert.Equal(store, _ws.StoreFingerprint());
        Assert.Equal(report, File.ReadAllText(Path.Combine(_ws.OutputFolder, "report.json")));
        Assert.Single(Directory.GetDirectories(Path.GetDirectoryName(Path.GetFullPath(_ws.OutputFolder))!, Path.GetFileName(_ws.OutputFolder) + "*"));
        return [.. e.Diagnostics.Select(d => d.ToString())];
    }

    [Fact]
    public void Unknown_code_in_prices_names_file_line_and_code()
    {
        var errors = Reject(ws => ws.Append("prices/hk.csv", "2024-03-01,9999.HK,5"));
        Assert.Equal(["prices/hk.csv:9: code: 未知代码 「9999.HK」（不在 securities.csv 或 indices.csv 中）"], errors);
    }

    [Fact]
    public void Unknown_yaml_key_is_named()
    {
        var errors = Reject(ws => ws.Append("sectorscope.yaml", "top_nn: 5"));
        var error = Assert.Single(errors);
        Assert.StartsWith("sectorscope.yaml:13: top_nn: 不认识的键", error);
    }

    [Fact]
    public void Duplicate_row_with_a_different_value_is_rejected_and_an_identical_one_accepted()
    {
        var errors = Reject(ws => ws.Append("prices/hk.csv", "2024-02-29,HKI,98").Append("prices/hk.csv", "2024-02-29,0001.HK,11.2"));
        Assert.Equal(["prices/hk.csv:10: close: （2024-02-29，0001.HK）重复出现且数值与第 5 行不同"], errors);
    }

    [Fact]
    public void Duplicate_across_two_price_files_is_rejected_with_both_places()
    {
        var errors = Reject(ws => ws.Write("prices/hk-extra.csv", "date,code,close\n2024-02-29,0001.HK,12"));
        Assert.Equal(["prices/hk-extra.csv:2: close: （2024-02-29，0001.HK）重复出现且数值与 prices/hk.csv:5 不同"], errors);
    }

    [Fact]
    public void Non_positive_price_and_fx_rate_are_rejected()
    {
        var errors = Reject(ws => ws.Append("prices/us.csv", "2024-03-01,AAA.US,0").Append("fx.csv", "2024-03-04,HKD,CNY,-0.9"));
        Assert.Equal(["fx.csv:3: rate: 应为正数，实为 「-0.9」", "prices/us.csv:6: close: 应为正数，实为 「0」"], errors);
    }

    [Fact]
    public void Date_that_does_not_parse_is_rejected()
    {
        var errors = Reject(ws => ws.Append("valuations.csv", "2024/03/04,HKI,9.1"));
        Assert.Equal(["valuations.csv:5: date: 「2024/03/04」 不是日期（应为 YYYY-MM-DD）"], errors);
    }

    [Fact]
    public void News_line_that_is_not_json_is_rejected()
    {
        var errors = Reject(ws => ws.Append("news/2024-02.jsonl", "{\"date\": \"2024-02-11\", \"title\": "));
        var error = Assert.Single(errors);
        Assert.StartsWith("news/2024-02.jsonl:2: json: 不是有效的 JSON（请检查引号、逗号与括号）", error);
    }

    [Fact]
    public void All_problems_of_a_file_are_reported_together()
    {
        var errors = Reject(ws => ws.Append("prices/hk.csv", "2024-13-01,0001.HK,5").Append("prices/hk.csv", "2024-03-04,0001.HK,abc").Append("prices/hk.csv", "2024-03-05,ZZZ,-1"));
        Assert.Equal(
        [
            "prices/hk.csv:9: date: 「2024-13-01」 不是日期（应为 YYYY-MM-DD）",
            "prices/hk.csv:10: close: 「abc」 不是数（小数点用「.」）",
            "prices/hk.csv:11: close: 应为正数，实为 「-1」",
            "prices/hk.csv:11: code: 未知代码 「ZZZ」（不在 securities.csv 或 indices.csv 中）",
        ], errors);
    }

    [Fact]
    public void Removing_a_security_that_unchanged_files_still_use_is_caught()
    {
        var errors = Reject(ws => ws.Write("securities.csv", "code,name,market,currency,sub_sector\n0001.HK,甲公司,HK,HKD,游戏\n0002.HK,乙公司,HK,HKD,电商"));
        Assert.Contains("prices/us.csv:2: code: 未知代码 「AAA.US」（不在 securities.csv 或 indices.csv 中）", errors);
    }

    [Fact]
    public void A_file_in_another_encoding_is_rejected_not_garbled()
    {
        var errors = Reject(ws => File.WriteAllBytes(ws.Path("prices/hk.csv"), [.. "date,code,close\n"u8, 0xC4, 0xE3, (byte)'\n']));
        Assert.Equal(["prices/hk.csv:2: encoding: 不是 UTF-8 编码（请另存为 UTF-8；GB18030/GBK 文件须先转换）"], errors);
    }

    [Fact]
    public void A_failed_first_ingest_leaves_no_store_behind()
    {
        using var fresh = new TestWorkspace();
        fresh.Append("prices/hk.csv", "2024-03-01,NOPE,1");
        _ = ReportPipeline.Run(fresh.Root, null, null, fresh.OutputFolder, OutputFormats.Text).Refused();
        Assert.Equal("absent", fresh.StoreFingerprint());
        Assert.False(Directory.Exists(fresh.OutputFolder));
    }
}
