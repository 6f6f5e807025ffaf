using SectorScope.Import;

namespace SectorScope.Tests.Import;

/// <summary>Valuations, FX and series go into their one file; --universe all and --map; what is written passes the workspace's checks.</summary>
public sealed class ImportKindsTests : IDisposable
{
    private readonly ImportWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private string Text(string relative) => File.ReadAllText(Path.Combine(_ws.Root, relative));

    [Fact]
    public void Valuations_from_a_long_table_with_chinese_names_append_to_valuations_csv()
    {
        var file = _ws.Write("pe.csv", "证券代码,交易日期,市盈率(TTM)\nHSTECH,2024/11/28,21.5\nHSTECH,2024/11/29,\"1,021.25\"\n");
        var result = _ws.Import(ImportKind.Valuations, [file]);
        Assert.Empty(result.Problems);
        Assert.Equal("date,code,pe_ttm\n2024-11-28,HSTECH,21.5\n2024-11-29,HSTECH,1021.25\n", Text("valuations.csv"));
    }

    [Fact]
    public void Fx_from_a_wide_sheet_of_pairs_writes_from_and_to()
    {
        var file = _ws.Write("fx.csv", "日期,USDCNY,港元兑人民币\n20241129,7.2450,0.9310\n");
        var result = _ws.Import(ImportKind.Fx, [file]);
        Assert.Empty(result.Problems);
        Assert.Equal("date,from,to,rate\n2024-11-29,HKD,CNY,0.931\n2024-11-29,USD,CNY,7.245\n", Text("fx.csv"));
    }

    [Fact]
    public void Series_take_their_unit_from_the_unit_row_and_a_percent_sign()
    {
        var file = _ws.Write("macro.csv", "指标名称,社会融资规模,CPI同比\n单位,亿元,\n2024年10月31日,\"1,400\",0.3%\n");
        var result = _ws.Import(ImportKind.Series, [file]);
        Assert.Empty(result.Problems);
        Assert.Equal("date,series,value,unit\n2024-10-31,CPI同比,0.3,%\n2024-10-31,社会融资规模,1400,亿元\n", Text("series.csv"));
    }

    [Fact]
    public void Universe_all_adds_new_codes_with_the_file_name_market_and_currency()
    {
        var file = _ws.Write("new.csv", "名称,新公司,腾讯控股\n代码,02020.HK,00700.HK\n2024-11-29,80.5,385\n");
        var result = _ws.Import(ImportKind.Prices, [file], universeAll: true);
        Assert.Empty(result.Problems);
        Assert.EndsWith("\n2020.HK,新公司,HK,HKD,,,\n", Text("securities.csv"), StringComparison.Ordinal);
        Assert.Equal(80.5, ImportWorkspace.Prices(_ws.Root)[(new DateOnly(2024, 11, 29), "2020.HK")]);
    }

    [Fact]
    public void Universe_all_refuses_a_code_of_a_market_the_settings_lack()
    {
        var file = _ws.Write("a.csv", "代码,SH600519\n2024-11-29,1500\n");
        var result = _ws.Import(ImportKind.Prices, [file], universeAll: true);
        Assert.Equal([$"{file}:1: B 列: 600519.SH 属于市场 CN，但 sectorscope.yaml 的 markets 中没有它，无法加入 securities.csv（1 行）"], result.Problems);
    }

    [Fact]
    public void Map_names_columns_no_alias_knows()
    {
        var file = _ws.Write("odd.csv", "dt,sym,px,other\n2024-11-29,0700.HK,385,x\n");
        Assert.Single(_ws.Import(ImportKind.Prices, [file]).Problems);
        var result = _ws.Import(ImportKind.Prices, [file], map: new Dictionary<string, string> { ["dt"] = "date", ["sym"] = "code", ["px"] = "close" });
        Assert.Empty(result.Problems);
        Assert.Contains("长表，表头在第 1 行：dt→date，sym→code，px→close", result.Info[0]);
    }

    [Fact]
    public void Dry_run_says_what_would_change_and_writes_nothing()
    {
        var file = _ws.Write("one.csv", "代码,0700.HK\n2024-11-29,385\n");
        var before = ImportWorkspace.Snapshot(_ws.Root);
        var result = _ws.Import(ImportKind.Prices, [file], dryRun: true);
        Assert.Equal([$"新建 prices/one-20241129-20241129.csv：1 行（来自 {file}）"], result.Changes);
        Assert.False(result.Written);
        Assert.Equal(before, ImportWorkspace.Snapshot(_ws.Root));
    }

    [Fact]
    public void Importing_the_same_file_twice_adds_nothing_the_second_time()
    {
        var file = _ws.Write("one.csv", "代码,0700.HK\n2024-11-28,380\n2024-11-29,385\n");
        Assert.True(_ws.Import(ImportKind.Prices, [file]).Written);
        var before = ImportWorkspace.Snapshot(_ws.Root);
        var again = _ws.Import(ImportKind.Prices, [file]);
        Assert.Contains("新增 0 行，与工作区相同而跳过 2 行", again.Summary[0]);
        Assert.Equal(before, ImportWorkspace.Snapshot(_ws.Root));
    }
}
