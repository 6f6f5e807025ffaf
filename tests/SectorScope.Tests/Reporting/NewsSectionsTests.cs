using SectorScope.Pipeline;
using SectorScope.Reporting.Model;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Reporting;

/// <summary>The news sections are the taxonomy's, in its order, in the model, the front page and every format; without one there is no AI section.</summary>
public sealed class NewsSectionsTests : IDisposable
{
    private readonly TestWorkspace _ws = new TestWorkspace().Write("news/2024-02-company.jsonl",
        """{"date":"2024-02-12","source":"示例来源","title":"乙公司公布业绩","body":"正文","url":"https://example.com/2","companies":["0002.HK"]}""");

    public void Dispose() => _ws.Dispose();

    private ReportModel Model(ReportLanguage language = ReportLanguage.ZhCn) => ReportPipeline.BuildModel(_ws.Root, null, null, null, language).Value.Model;

    private void Taxonomy(string sections)
    {
        _ws.Append("sectorscope.yaml", "news_taxonomy: taxonomy.yaml");
        _ws.Write("taxonomy.yaml", sections);
    }

    [Fact]
    public void Without_a_taxonomy_the_report_has_industry_and_company_news_and_no_ai_section()
    {
        var model = Model();
        Assert.Equal([NewsSectionId.Industry, NewsSectionId.Company], model.NewsSections.Select(s => s.Id));
        Assert.Equal(["行业动态", "公司公告与新闻"], model.NewsSections.Select(s => s.Heading));
        Assert.DoesNotContain(model.FrontPage.KeyPoints, k => k.Label.Contains("人工智能", StringComparison.Ordinal));
        Assert.Equal(["2月行情回顾", "测试行业动态", "评级与盈利预测变动"], model.FrontPage.KeyPoints.Select(k => k.Label));
    }

    [Fact]
    public void Sections_and_their_order_come_from_the_taxonomy_in_every_format()
    {
        Taxonomy("""
            sections:
              company:
                heading: 公司动态
              industry:
                heading: 产业链动态
                key_point: 产业链要闻
            sub_sectors:
              - { name: 游戏 }
            """);
        var outcome = ReportPipeline.Run(_ws.Root, null, null, _ws.OutputFolder, OutputFormat.Markdown | OutputFormat.Json | OutputFormat.Html);
        var model = outcome.Value.Model;
        Assert.Equal(["公司动态", "产业链动态"], model.NewsSections.Select(s => s.Heading));
        Assert.Equal(["2月行情回顾", "产业链要闻", "评级与盈利预测变动"], model.FrontPage.KeyPoints.Select(k => k.Label));

        var md = File.ReadAllText(Path.Combine(_ws.OutputFolder, "report.md"));
        Assert.True(md.IndexOf("## 3. 公司动态", StringComparison.Ordinal) is > 0 and var company && company < md.IndexOf("## 4. 产业链动态", StringComparison.Ordinal), md);
        foreach (var file in new[] { "report.md", "report.json", "report.html" })
        {
            var text = File.ReadAllText(Path.Combine(_ws.OutputFolder, file));
            Assert.DoesNotContain("人工智能", text, StringComparison.Ordinal);
            Assert.DoesNotContain("行业政策", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_english_edition_follows_the_same_sections()
    {
        var model = Model(ReportLanguage.En);
        Assert.Equal([NewsSectionId.Industry, NewsSectionId.Company], model.NewsSections.Select(s => s.Id));
        Assert.DoesNotContain(model.FrontPage.KeyPoints, k => k.Label.Contains("AI", StringComparison.Ordinal));
    }

    [Fact]
    public void Words_for_a_section_the_taxonomy_does_not_show_are_named_not_dropped()
    {
        _ws.Write("narrative/ai.md", "大模型竞争加剧。");
        _ws.Write("narrative/headlines.yaml", "policy:\n  title: 监管趋严\n");
        var model = Model();
        Assert.Contains("未用于报告 narrative/ai.md：新闻分类表没有 ai 栏目", model.Notices ?? []);
        Assert.Contains("narrative/headlines.yaml：policy 栏目不在新闻分类表中，未使用", model.NewsDigest!.Notes);
        Assert.DoesNotContain(model.NewsSections, s => s.Commentary?.Contains("大模型竞争加剧。") == true);
    }

    [Fact]
    public void An_item_tagged_for_a_section_that_is_not_shown_goes_by_its_words()
    {
        Taxonomy("""
            sections:
              company:
                heading: 公司动态
            """);
        var model = Model();
        var company = Assert.Single(model.NewsSections);
        Assert.Equal(["甲公司发布新游戏", "乙公司公布业绩"], company.Groups.SelectMany(g => g.Items).Select(i => i.Title));
    }

    [Fact]
    public void Also_in_names_a_shown_section()
    {
        Taxonomy("""
            sections:
              industry:
                also_in: [ai]
            """);
        var e = ReportPipeline.Run(_ws.Root, null, null, _ws.OutputFolder, OutputFormats.Text).Refused();
        Assert.Equal("taxonomy.yaml:3", Assert.Single(e.Diagnostics).ToString()[..15]);
    }
}
