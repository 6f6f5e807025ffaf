using DocumentFormat.OpenXml.Packaging;
using SectorScope.Cli;
using SectorScope.Pipeline;
using SectorScope.Tests.Hardening;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Reporting;

/// <summary>
/// A workspace with only what a report cannot do without: every empty part (rating, analysts, forecast table, a figure
/// with no bar, valuation, news, recommendation) is left out of every format, and check names each with the file or
/// setting that would fill it.
/// </summary>
public sealed class EmptyPartsTests : IDisposable
{
    private readonly TestWorkspace _ws = new();

    public EmptyPartsTests()
    {
        _ws.Write("sectorscope.yaml", """
            title: 测试行业2024年3月投资策略
            sector: 测试
            period: 2024-02
            as_of: 2024-03-01
            markets:
              HK: { benchmark: HKI }
            headline_index: HKI
            """);
        _ws.Write("securities.csv", """
            code,name,market,currency,sub_sector
            0001.HK,甲公司,HK,HKD,游戏
            0002.HK,乙公司,HK,HKD,电商
            """);
        _ws.Write("indices.csv", "code,name,market,currency,inception\nHKI,港股测试指数,HK,HKD,2024-01-01");
        File.Delete(_ws.Path("prices/us.csv"));
        File.Delete(_ws.Path("news/2024-02.jsonl"));
        foreach (var (file, header) in new[] { ("valuations.csv", "date,code,pe_ttm"), ("coverage.csv", "code,rating"), ("forecasts.csv", "code,year,eps,currency"), ("fx.csv", "date,from,to,rate") })
        {
            _ws.Write(file, header);
        }
    }

    public void Dispose() => _ws.Dispose();

    /// <summary>What the empty parts printed before they were left out.</summary>
    private static readonly string[] Placeholders =
        ["昨收盘（）", "总市值（）", "尚未撰写", ". 投资建议", "本期没有归入本节的新闻", "未配置估值指数", ". 估值情况", "没有符合条件", "行业投资评级", "执业证书", "盈利预测及投资评级", "公司公告与新闻", "行业动态", "重点公司表现", "—"];

    [Fact]
    public void No_format_prints_an_empty_part()
    {
        var result = ReportPipeline.Run(_ws.Root, null, null, _ws.OutputFolder, OutputFormats.Deterministic).Value;
        string docx;
        using (var doc = WordprocessingDocument.Open(Path.Combine(_ws.OutputFolder, "report.docx"), false))
        {
            docx = doc.MainDocumentPart!.Document.Body!.InnerText;
        }

        foreach (var (name, text) in new[] { ("md", File.ReadAllText(Path.Combine(_ws.OutputFolder, "report.md"))), ("html", File.ReadAllText(Path.Combine(_ws.OutputFolder, "report.html"))),
            ("docx", docx), ("json", JsonWithoutNotices()) })
        {
            Assert.All(Placeholders, p => Assert.False(text.Contains(p, StringComparison.Ordinal), $"report.{name} prints 「{p}」"));
        }

        Assert.Equal(["图1", "图2", "图3", "图4"], result.Model.Figures.Select(f => f.Label));
        Assert.Equal(["表1"], result.Model.Tables.Select(t => t.Label));
        Assert.Null(result.Model.FrontPage.ForecastTableId);
        Assert.Empty(result.Model.NewsSections);
        Assert.Equal(["2月行情回顾", "评级与盈利预测变动"], result.Model.FrontPage.KeyPoints.Select(k => k.Label));
    }

    /// <summary>report.json without its notices, which name the missing parts on purpose.</summary>
    private string JsonWithoutNotices()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(_ws.OutputFolder, "report.json")))!.AsObject();
        Assert.True(json.Remove("notices"));
        return json.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    [Fact]
    public void Check_names_each_missing_part_and_what_fills_it()
    {
        var run = CliProcess.Run("check", "--workspace", _ws.Root);
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        string[] expected =
        [
            "报告未含行业投资评级：sectorscope.yaml 未设 sector_rating",
            "报告未含分析师：sectorscope.yaml 未设 analysts",
            "报告未含重点公司盈利预测表：coverage.csv 与 sectorscope.yaml 的 key_companies 中都没有公司",
            "报告未含图「2月测试板块重点公司表现（%）」：sectorscope.yaml 的 key_companies 中没有本月有收益率的公司",
            "报告未含估值情况：sectorscope.yaml 未设 valuation（估值指数与分位方法）",
            "报告未含「行业动态」栏目：news/ 中没有归入该栏目的本期新闻",
            "报告未含「公司公告与新闻」栏目：news/ 中没有归入该栏目的本期新闻",
            "报告未含投资建议：narrative/recommendation.md 没有内容，写入后显示（首页的投资策略要点同此）",
        ];
        Assert.Equal(expected, run.Stdout.Split('\n').Where(l => l.StartsWith("报告未含", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_analyst_without_a_licence_gets_no_blank_licence_line_and_a_notice()
    {
        _ws.Append("sectorscope.yaml", "analysts:\n  - { name: 张三 }\nsector_rating: 优于大市");
        var result = ReportPipeline.Run(_ws.Root, null, null, _ws.OutputFolder, OutputFormats.Text).Value;
        var md = File.ReadAllText(Path.Combine(_ws.OutputFolder, "report.md"));
        Assert.Contains("> 证券分析师：张三  \n", md, StringComparison.Ordinal);
        Assert.Contains("行业投资评级：优于大市", md, StringComparison.Ordinal);
        Assert.Contains("报告未含分析师张三的执业证书编号：sectorscope.yaml 的 analysts 中该分析师没有 licence", result.Model.Notices ?? []);
        Assert.DoesNotContain(result.Model.Notices ?? [], n => n.Contains("sector_rating", StringComparison.Ordinal));
    }

    [Fact]
    public void The_english_edition_names_its_own_narrative_folder()
    {
        var model = ReportPipeline.BuildModel(_ws.Root, null, null, null, SectorScope.Workspace.ReportLanguage.En).Value.Model;
        Assert.Contains("报告未含投资建议：narrative/en/recommendation.md 没有内容，写入后显示（首页的投资策略要点同此）", model.Notices ?? []);
        Assert.Empty(model.NewsSections);
    }

    [Fact]
    public void Valuations_without_a_value_for_the_index_leave_the_section_out_naming_the_file()
    {
        _ws.Append("sectorscope.yaml", "valuation: { index: HKI, percentile_method: inc }");
        var model = ReportPipeline.BuildModel(_ws.Root, null, null).Value.Model;
        Assert.Contains("报告未含估值情况：valuations.csv 中没有 HKI 在 2024-01-01 至 2024-03-01 之间的 PE-TTM", model.Notices ?? []);
        Assert.Empty(model.Valuation.Paragraphs);
        Assert.Empty(model.Valuation.FigureIds);
    }
}
