using SectorScope.Cli;
using SectorScope.Import;

namespace SectorScope.Tests.Import;

/// <summary>Bad input: one clear message per cause with file and row, a failed result, and the workspace folder byte for byte as before.</summary>
public sealed class ImportRejectionTests : IDisposable
{
    private readonly ImportWorkspace _ws = new();

    public ImportRejectionTests()
    {
        Directory.CreateDirectory(Path.Combine(_ws.Root, "prices"));
        File.WriteAllText(Path.Combine(_ws.Root, "prices", "hand.csv"),
            "date,code,close\n2024-11-28,0700.HK,380.2\n2024-11-29,0700.HK,385.5\n2024-11-29,3690.HK,160\n");
    }

    public void Dispose() => _ws.Dispose();

    [Fact]
    public void A_different_value_for_a_date_and_code_is_a_conflict_naming_both_values_and_nothing_is_written()
    {
        var file = _ws.Write("wind.csv", "证券代码,00700.HK,03690.HK\n2024-11-28,380.2,158\n2024-11-29,386,160\n");
        var before = ImportWorkspace.Snapshot(_ws.Root);
        var result = _ws.Import(ImportKind.Prices, [file]);
        Assert.Equal([$"{file}:3: 0700.HK 2024-11-29: 工作区为 385.5（prices/hand.csv:3），文件为 386"], result.Problems);
        Assert.Contains("新增 1 行，与工作区相同而跳过 2 行，冲突 1 行", result.Summary[0]);
        Assert.Equal(before, ImportWorkspace.Snapshot(_ws.Root));
    }

    [Fact]
    public void With_replace_the_file_wins_and_the_old_row_leaves_its_file()
    {
        var file = _ws.Write("wind.csv", "证券代码,00700.HK\n2024-11-29,386\n");
        var result = _ws.Import(ImportKind.Prices, [file], replace: true);
        Assert.Empty(result.Problems);
        Assert.Equal("date,code,close\n2024-11-28,0700.HK,380.2\n2024-11-29,3690.HK,160\n", File.ReadAllText(Path.Combine(_ws.Root, "prices", "hand.csv")));
        Assert.Equal(386, ImportWorkspace.Prices(_ws.Root)[(new DateOnly(2024, 11, 29), "0700.HK")]);
    }

    [Fact]
    public void Unknown_codes_are_listed_once_each_with_their_row_count()
    {
        var rows = string.Join("", Enumerable.Range(1, 20).Select(d => $"2024-10-{d:00},{d},{d + 1},{d + 2}\n"));
        var file = _ws.Write("extra.csv", "日期,0700.HK,ZZZZ.US,9999999.HK\n" + rows);
        var before = ImportWorkspace.Snapshot(_ws.Root);
        var result = _ws.Import(ImportKind.Prices, [file]);
        Assert.Equal(2, result.Problems.Count);
        Assert.Contains($"{file}:1: C 列: 代码「ZZZZ.US」不在 securities.csv 或 indices.csv 中，20 行未导入；可在 code_map.csv 中映射（code 写 - 表示舍弃），或加 --universe all 加入 securities.csv", result.Problems);
        Assert.Contains(result.Problems, p => p.StartsWith($"{file}:1: D 列: 代码「9999999.HK」", StringComparison.Ordinal) && p.Contains("20 行未导入", StringComparison.Ordinal));
        Assert.Equal(before, ImportWorkspace.Snapshot(_ws.Root));
    }

    [Fact]
    public void A_code_mapped_to_a_dash_is_dropped_on_purpose()
    {
        File.AppendAllText(Path.Combine(_ws.Root, Importer.CodeMapFile), "ZZZZ.US,-\n");
        var file = _ws.Write("extra.csv", "日期,0700.HK,ZZZZ.US\n2024-10-02,1,2\n");
        var result = _ws.Import(ImportKind.Prices, [file]);
        Assert.Empty(result.Problems);
        Assert.Contains("新增 1 行，与工作区相同而跳过 0 行，冲突 0 行，保留代码 1 个，舍弃代码 1 个", result.Summary[0]);
    }

    [Fact]
    public void A_bad_date_inside_the_data_is_reported_with_its_row_but_a_trailing_vendor_note_is_not()
    {
        var file = _ws.Write("dates.csv", "代码,0700.HK\n2024-10-02,1\n2024-13-45,2\n2024-10-04,3\n\n数据来源：Wind\n");
        var before = ImportWorkspace.Snapshot(_ws.Root);
        var result = _ws.Import(ImportKind.Prices, [file]);
        Assert.Equal([$"{file}:3: A 列: 「2024-13-45」不是日期（可用 2024-11-29、2024/11/29、20241129、2024年11月29日、Nov 29 2024 或 Excel 日期）"], result.Problems);
        Assert.Contains($"{file}：忽略表尾注释 1 行（「数据来源：Wind」）", result.Info);
        Assert.Equal(before, ImportWorkspace.Snapshot(_ws.Root));
    }

    [Fact]
    public void A_truncated_workbook_and_a_missing_sheet_are_one_message_each()
    {
        var bytes = File.ReadAllBytes(ImportWorkspace.Fixture("hk-2020-2022.xlsx"));
        var truncated = _ws.WriteBytes("broken.xlsx", bytes[..(bytes.Length / 2)]);
        var before = ImportWorkspace.Snapshot(_ws.Root);
        var result = _ws.Import(ImportKind.Prices, [truncated]);
        var problem = Assert.Single(result.Problems);
        Assert.StartsWith($"{truncated}: 文件: 不是可读取的 Excel 工作簿（", problem, StringComparison.Ordinal);

        var sheet = _ws.Import(ImportKind.Prices, [ImportWorkspace.Fixture("hk-2023-2024.xls")], sheet: "Sheet9");
        Assert.Equal([$"{ImportWorkspace.Fixture("hk-2023-2024.xls")}: 文件: 没有名为「Sheet9」的工作表（有：收盘价）"], sheet.Problems);
        Assert.Equal(before, ImportWorkspace.Snapshot(_ws.Root));
    }

    [Fact]
    public void Every_cause_at_once_exits_1_through_the_command_line_and_changes_nothing()
    {
        var conflict = _ws.Write("conflict.csv", "证券代码,0700.HK\n2024-11-29,999\n");
        var unknown = _ws.Write("unknown.csv", "证券代码,0700.HK,QQQQ.US\n2024-10-02,1,2\n2024-10-03,1,2\n");
        var dates = _ws.Write("dates.csv", "证券代码,0700.HK\n2024-10-07,1\n31/31/2024,1\n2024-10-09,1\n");
        var truncated = _ws.WriteBytes("broken.xlsx", File.ReadAllBytes(ImportWorkspace.Fixture("hk-2020-2022.xlsx"))[..5000]);
        var before = ImportWorkspace.Snapshot(_ws.Root);
        var problems = _ws.Import(ImportKind.Prices, [conflict, unknown, dates, truncated]).Problems;
        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.StartsWith($"{conflict}:2: 0700.HK 2024-11-29: 工作区为 385.5", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith($"{unknown}:1: C 列: 代码「QQQQ.US」", StringComparison.Ordinal) && p.Contains("2 行未导入", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith($"{dates}:3: A 列: 「31/31/2024」不是日期", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith($"{truncated}: 文件: 不是可读取的 Excel 工作簿", StringComparison.Ordinal));

        var exit = SectorScopeCli.Run(["import", "--workspace", _ws.Root, "--kind", "prices", conflict, unknown, dates, truncated]);
        Assert.Equal(ExitCodes.InputErrors, exit);
        Assert.Equal(before, ImportWorkspace.Snapshot(_ws.Root));
    }

    [Fact]
    public void Repeated_problems_of_one_cause_are_summarised_after_the_first_five()
    {
        var rows = string.Join("", Enumerable.Range(1, 30).Select(d => $"2024-10-{d:00},停牌,1\n"));
        var file = _ws.Write("halted.csv", "代码,0700.HK,3690.HK\n" + rows);
        var result = _ws.Import(ImportKind.Prices, [file]);
        Assert.Equal(6, result.Problems.Count);
        Assert.Equal($"{file}:2: B 列: 0700.HK：「停牌」不是数值", result.Problems[0]);
        Assert.Equal($"{file}: 数值无法识别：另有 25 处同类问题，第 7–31 行", result.Problems[5]);
    }
}
