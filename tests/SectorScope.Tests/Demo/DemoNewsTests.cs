using SectorScope.Workspace;
using SectorScope.Reporting.Model;

namespace SectorScope.Tests.Demo;

/// <summary>The demo's news sections against the model report: its eight AI companies, five sub-sectors and front-page key points.</summary>
[Collection(DemoReportCollection.Name)]
[Trait("Category", "Slow")]
public sealed class DemoNewsTests(DemoReportFixture demo)
{
    private ReportModel Model => demo.Result.Model;

    [Fact]
    public void Ai_news_has_the_eight_company_groups_of_the_model_in_order()
    {
        Assert.Equal(["OpenAI", "谷歌", "苹果", "微软", "Meta", "Kimi", "腾讯", "阿里"], Model.News(NewsSectionId.Ai)!.Groups.Select(g => g.Name));
        Assert.All(Model.News(NewsSectionId.Ai)!.Groups, g => Assert.InRange(g.Items.Count, 1, 2));
        Assert.Equal("人工智能动态：大模型加速迭代，AI应用陆续登陆各类终端", Model.News(NewsSectionId.Ai)!.Heading);
    }

    [Fact]
    public void Industry_news_has_the_five_sub_sectors_and_keeps_its_data_figures()
    {
        Assert.Equal(["游戏", "金融科技", "电商", "本地生活", "短视频"], Model.News(NewsSectionId.Industry)!.Groups.Select(g => g.Name));
        Assert.Equal(2, Model.News(NewsSectionId.Industry)!.FigureIds.Count);
        Assert.Single(Model.News(NewsSectionId.Industry)!.TableIds);
    }

    [Fact]
    public void Front_page_condenses_every_group_into_one_numbered_line()
    {
        var ai = Model.FrontPage.KeyPoints.Single(k => k.Label == "人工智能动态").Text;
        var industry = Model.FrontPage.KeyPoints.Single(k => k.Label == "互联网行业动态").Text;

        Assert.StartsWith("1）OpenAI：ChatGPT桌面应用向全部Windows用户开放；2）谷歌：", ai);
        Assert.Contains("；8）阿里：Qwen2.5-Turbo把上下文长度扩展到百万tokens", ai);
        Assert.StartsWith("1）游戏：11月共有112款国产网络游戏获批；2）金融科技：", industry);
        Assert.EndsWith("5）短视频：快手因青少年模式落实不到位被警告。", industry);
    }

    [Fact]
    public void Stragglers_from_october_and_december_are_left_out_and_listed()
    {
        var outside = Model.NewsDigest!.LeftOut.Where(l => l.Reason.Contains("不在报告期", StringComparison.Ordinal)).Select(l => (l.Date, l.Origin)).ToArray();
        Assert.Equal(
        [
            ("2024-10-18", "news/2024-11.jsonl:55"), ("2024-10-31", "news/2024-11.jsonl:56"), ("2024-12-02", "news/2024-11-wire.rss:68"),
            ("2024-12-03", "news/2024-11.jsonl:57"), ("2024-12-05", "news/2024-11.jsonl:58"),
        ], outside);
        var dates = Sections().SelectMany(s => s.Groups).SelectMany(g => g.Items).Select(i => i.Date).ToArray();
        Assert.All(dates, d => Assert.StartsWith("2024-11-", d));
    }

    [Fact]
    public void Retold_stories_from_the_wire_and_the_gbk_weekly_are_merged_keeping_every_source()
    {
        var games = Model.News(NewsSectionId.Industry)!.Groups.Single(g => g.Name == "游戏").Items[0];
        Assert.Equal(["国家新闻出版署", "示例财经快讯", "示例游戏观察"], games.Sources);
        Assert.Equal(["news/2024-11-wire.rss:28", "news/2024-11.jsonl:21", "news/2024-11.jsonl:22"], games.Origins); // file order (ordinal), then line

        var qwen = Model.News(NewsSectionId.Ai)!.Groups.Single(g => g.Name == "阿里").Items[0];
        Assert.Equal(["通义千问", "示例科技周刊"], qwen.Sources);
        Assert.Contains("news/2024-11-weekly-gbk.jsonl 不是 UTF-8 编码，已按 GB18030 读取", Model.NewsDigest!.Notes);
        Assert.Equal(11, Model.NewsDigest.Notes.Count(n => n.StartsWith("合并重复新闻", StringComparison.Ordinal)));
        Assert.Equal((73, 68, 56), (Model.NewsDigest.Read, Model.NewsDigest.InPeriod, Model.NewsDigest.Stories));
    }

    [Fact]
    public void Company_news_puts_the_key_companies_first_and_takes_other_companies_ai_news()
    {
        Assert.Equal(["腾讯", "网易", "美团", "阿里"], Model.News(NewsSectionId.Company)!.Groups.Take(4).Select(g => g.Name));
        Assert.Contains(Model.News(NewsSectionId.Company)!.Groups, g => g.Name == "字节跳动" && g.Items.Any(i => i.Title == "豆包开启视频生成内测"));
    }

    [Fact]
    public void Every_item_shows_its_date_and_sources_in_the_markdown()
    {
        Assert.Contains("1. **11月共有112款国产网络游戏获批**（2024-11-20，国家新闻出版署、示例财经快讯、示例游戏观察）", demo.Markdown);
        Assert.Contains("### Kimi：发布数学推理模型k0-math", demo.Markdown);
    }

    private IEnumerable<NewsSection> Sections() => Model.NewsSections;
}
