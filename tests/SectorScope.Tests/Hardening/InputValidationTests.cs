using SectorScope.Pipeline;
using SectorScope.Reporting;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Hardening;

/// <summary>
/// One validation for check and report: whatever report could not write (a character Word cannot hold, a
/// number no column can print, a date outside 1900–2100, an as-of date past the data) check reports first,
/// at its file and line, and report refuses it before writing anything.
/// </summary>
public sealed class InputValidationTests : IDisposable
{
    private readonly TestWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    /// <summary>check's errors; report must refuse with the same ones and leave no output folder.</summary>
    private IReadOnlyList<string> CheckAndReport()
    {
        var check = ReportPipeline.BuildModel(_ws.Root, null, null).Refused();
        var report = ReportPipeline.Run(_ws.Root, null, null, _ws.OutputFolder, OutputFormats.All).Refused();
        Assert.Equal(check.Diagnostics, report.Diagnostics);
        Assert.False(Directory.Exists(_ws.OutputFolder));
        return [.. check.Diagnostics.Select(d => d.ToString())];
    }

    private void News(string json) => _ws.Write("news/2024-02.jsonl", json);

    [Fact]
    public void Control_character_in_a_news_title_is_refused_at_its_line()
    {
        News("""{"date":"2024-02-10","source":"来源","title":"甲公司\u0001发布","body":"正文","companies":["0001.HK"]}""");
        Assert.Equal(["news/2024-02.jsonl:1: title: 含有控制字符 U+0001，Word、Excel、HTML 报告都无法容纳"], CheckAndReport());
    }

    [Fact]
    public void Lone_surrogate_in_a_news_title_is_refused_at_its_line()
    {
        News("""{"date":"2024-02-10","source":"来源","title":"甲公司\ud800发布","body":"正文"}""");
        Assert.Equal(["news/2024-02.jsonl:1: title: 含有缺另一半的 UTF-16 代理字符，报告文档无法容纳"], CheckAndReport());
    }

    [Fact]
    public void Lone_surrogate_in_a_news_key_is_refused_at_its_line()
    {
        News("""{"date":"2024-02-10","source":"来源","title":"标题","\udfff":"x"}""");
        Assert.Equal(["news/2024-02.jsonl:1: json: 含有缺另一半的 UTF-16 代理字符，报告文档无法容纳"], CheckAndReport());
    }

    [Fact]
    public void Control_character_from_a_feed_entity_is_refused()
    {
        _ws.Write("news/feed.rss", """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>来源</title>
            <item><title>标题&amp;#1;尾</title><pubDate>2024-02-10</pubDate><description>正文</description></item>
            </channel></rss>
            """);
        Assert.Equal(["news/feed.rss:3: title: 含有控制字符 U+0001，Word、Excel、HTML 报告都无法容纳"], CheckAndReport());
    }

    [Fact]
    public void Control_character_in_a_security_name_is_refused_at_its_line()
    {
        _ws.Write("securities.csv", "code,name,market,currency,sub_sector,name_en,shares_mn\n0001.HK,甲\u0001公司,HK,HKD,游戏,A Co,100\n0002.HK,乙公司,HK,HKD,电商,,\nAAA.US,丙公司,US,USD,电商,,50");
        Assert.Equal(["securities.csv:2: text: 含有控制字符 U+0001，Word、Excel、HTML 报告都无法容纳"], CheckAndReport());
    }

    [Fact]
    public void Escaped_control_character_in_the_title_setting_is_refused()
    {
        _ws.Write("sectorscope.yaml", File.ReadAllText(_ws.Path("sectorscope.yaml")).Replace("title: 测试行业2024年3月投资策略", "title: \"测试\\x01行业\""));
        Assert.Equal(["sectorscope.yaml:1: yaml: 含有控制字符 U+0001，Word、Excel、HTML 报告都无法容纳"], CheckAndReport());
    }

    [Fact]
    public void Control_character_in_the_narrative_is_refused_at_its_line()
    {
        _ws.Write("narrative/risks.md", "风险一。\n风险\u0002二。");
        Assert.Equal(["narrative/risks.md:2: text: 含有控制字符 U+0002，Word、Excel、HTML 报告都无法容纳"], CheckAndReport());
    }

    [Fact]
    public void As_of_date_past_the_data_is_refused_by_report_as_by_check()
    {
        _ws.Write("sectorscope.yaml", File.ReadAllText(_ws.Path("sectorscope.yaml")).Replace("as_of: 2024-03-01", "as_of: 2099-12-31"));
        Assert.Equal(["sectorscope.yaml:4: as_of: 截止日 2099-12-31 晚于数据：HKI 的最后收盘价在 2024-02-29，早 27699 天（最多允许 7 天）"], CheckAndReport());
    }

    [Fact]
    public void Close_beyond_the_printable_range_is_refused_at_its_line()
    {
        _ws.Append("prices/hk.csv", "2024-03-01,0002.HK,3.4e38");
        Assert.Equal(["prices/hk.csv:9: close: 「3.4E+38」超出可接受的范围（0，或绝对值在 1e-6 至 1e15 之间）"], CheckAndReport());
    }

    [Fact]
    public void Tiny_profit_is_refused_at_its_line()
    {
        _ws.Write("forecasts.csv", "code,year,eps,currency,adj_net_profit_mn\n0001.HK,2024,1.2,CNY,1e-300\n0001.HK,2025,-1,CNY,");
        Assert.Equal(["forecasts.csv:2: adj_net_profit_mn: 「1E-300」超出可接受的范围（0，或绝对值在 1e-6 至 1e15 之间）"], CheckAndReport());
    }

    [Fact]
    public void Huge_share_count_is_refused_at_its_line()
    {
        _ws.Write("securities.csv", "code,name,market,currency,sub_sector,name_en,shares_mn\n0001.HK,甲公司,HK,HKD,游戏,A Co,1e30\n0002.HK,乙公司,HK,HKD,电商,,\nAAA.US,丙公司,US,USD,电商,,50");
        Assert.Equal(["securities.csv:2: shares_mn: 「1E+30」超出可接受的范围（0，或绝对值在 1e-6 至 1e15 之间）"], CheckAndReport());
    }

    [Fact]
    public void Series_date_outside_1900_to_2100_is_refused()
    {
        _ws.Write("series.csv", "date,series,value,unit\n9999-12-31,游戏收入,100,亿元");
        Assert.Equal(["series.csv:2: date: 「9999-12-31」 超出可接受的日期 1900-01-01 至 2100-12-31"], CheckAndReport());
    }

    [Fact]
    public void Display_format_prints_values_beyond_decimal_instead_of_crashing()
    {
        Assert.Equal("3.4E+38", DisplayFormat.Number(3.4e38, 2));
        Assert.Equal("-7.9E+28", DisplayFormat.Grouped(-7.9e28, 0));
        Assert.Equal("NM", DisplayFormat.Number(double.PositiveInfinity, 1));
        Assert.Equal("0.00", DisplayFormat.Number(1e-300, 2));
        Assert.Equal(decimal.MaxValue, DisplayFormat.Round(1e300, 1));
        Assert.Equal("12,345.68", DisplayFormat.Grouped(12345.675, 2));
    }

    [Fact]
    public void Yaml_nested_100000_levels_is_a_diagnostic_not_a_stack_overflow()
    {
        _ws.Write("sectorscope.yaml", "x: " + new string('[', 100_000));
        var e = WorkspaceReader.Open(_ws.Root).Refused();
        Assert.Equal(["sectorscope.yaml:1: yaml: 嵌套超过 64 层"], e.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Yaml_nested_block_sequences_are_limited_too()
    {
        _ws.Write("taxonomy.yaml", "sections:\n" + string.Concat(Enumerable.Repeat("- ", 50_000)) + "x");
        _ws.Append("sectorscope.yaml", "news_taxonomy: taxonomy.yaml");
        var e = WorkspaceReader.Open(_ws.Root).Refused();
        Assert.Equal(["taxonomy.yaml:2: yaml: 嵌套超过 64 层"], e.Diagnostics.Select(d => d.ToString()));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void News_body_of_60_MiB_is_refused_by_the_field_limit()
    {
        News($$"""{"date":"2024-02-10","source":"来源","title":"长文","body":"{{new string('a', 60 * 1024 * 1024)}}"}""");
        Assert.Equal(["news/2024-02.jsonl:1: body: 62,914,560 个字符，超过 200,000 的上限"], CheckAndReport());
    }
}
