using SectorScope.News;
using SectorScope.Workspace;
using static SectorScope.Tests.News.NewsFixture;

namespace SectorScope.Tests.News;

/// <summary>The digest on a fixture feed: placement, duplicates, period, ranking, caps and headlines.</summary>
public sealed class NewsDigestTests
{
    [Fact]
    public void Each_item_lands_in_the_expected_section_and_group()
    {
        var digest = Digest(
        [
            Item("2024-11-05", "官方", "OpenAI发布新一代模型", tags: ["人工智能"]),
            Item("2024-11-06", "官方", "腾讯混元开源新版本", companies: ["0700.HK"], tags: ["人工智能"]),
            Item("2024-11-07", "财经快讯", "通义千问开源新一代大模型", "阿里通义团队开源了多个尺寸的模型。"),
            Item("2024-11-08", "官方", "11月游戏版号公布", companies: ["0700.HK"], tags: ["游戏"]),
            Item("2024-11-09", "财经快讯", "美团外卖调整骑手配送规则", "美团外卖在多个城市调整骑手的配送时间要求。"),
            Item("2024-11-10", "财经快讯", "网信办部署平台算法专项行动", "网信办等部门开展专项行动，整治平台算法问题。"),
            Item("2024-11-11", "公司公告", "腾讯第三季度收入同比增长8%", companies: ["0700.HK"], tags: ["公司公告"]),
            Item("2024-11-12", "官方", "豆包开启视频生成内测", "字节跳动旗下的豆包开放视频生成测试。", tags: ["人工智能"]),
            Item("2024-11-13", "财经快讯", "快手电商公布双11数据", companies: ["1024.HK"]),
        ]);

        Assert.Equal(new Dictionary<string, string>
        {
            ["OpenAI发布新一代模型"] = "ai/OpenAI",                 // tag, company found in the title
            ["腾讯混元开源新版本"] = "ai/腾讯",                      // tag and code
            ["通义千问开源新一代大模型"] = "ai/阿里",                 // no tag: AI keywords, alias in the title
            ["11月游戏版号公布"] = "industry/游戏",                  // a tag that names a sub-sector
            ["美团外卖调整骑手配送规则"] = "industry/本地生活",        // sub-sector keywords
            ["网信办部署平台算法专项行动"] = "policy/行业政策",        // policy keywords
            ["腾讯第三季度收入同比增长8%"] = "company/腾讯",          // company tag
            ["豆包开启视频生成内测"] = "company/字节跳动",             // AI, but ByteDance is not an AI group: next section that fits
            ["快手电商公布双11数据"] = "industry/电商",               // code only, but e-commerce words win over company news
        }, Placements(digest));
    }

    [Fact]
    public void A_keyword_matches_whole_words_only()
    {
        // 阿里 is an alias of 阿里巴巴's group, but 阿里山 is a mountain; 游戏 is a keyword, 游戏机 is a console.
        var digest = Digest(
        [
            Item("2024-11-05", "财经快讯", "阿里山景区迎来赏枫游客"),
            Item("2024-11-06", "财经快讯", "新款游戏机销量上涨"),
            Item("2024-11-07", "财经快讯", "阿里发布新款游戏"),
        ]);

        Assert.Equal(new Dictionary<string, string> { ["阿里发布新款游戏"] = "industry/游戏" }, Placements(digest));
        Assert.Equal(["阿里山景区迎来赏枫游客", "新款游戏机销量上涨"], digest.LeftOut.Select(l => l.Title));
        Assert.All(digest.LeftOut, l => Assert.StartsWith("未能归入任何栏目", l.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Exact_and_near_duplicates_merge_into_one_story_with_every_source()
    {
        var digest = Digest(
        [
            Item("2024-11-20", "官方", "11月共有112款国产网络游戏获批",
                "国家新闻出版署公布当月审批结果：112款国产网络游戏、7款进口网络游戏获得版号，腾讯《胜利女神：新的希望》在列。", tags: ["游戏"]),
            Item("2024-11-21", "财经快讯", "国家新闻出版署公布11月游戏审批信息",
                "112款国产网络游戏和7款进口网络游戏获批版号，腾讯《胜利女神：新的希望》获批。"),
            Item("2024-11-20", "游戏自媒体", "11月共有112款国产网络游戏获批！", "版号名单公布。"),
            Item("2024-11-22", "财经快讯", "腾讯《爆裂小队》开启测试", "腾讯旗下射击游戏《爆裂小队》开启新一轮测试。", tags: ["游戏"]),
        ]);

        var games = Assert.Single(digest.Find(NewsSectionId.Industry)!.Groups);
        Assert.Equal(2, games.Ranked.Count);
        var merged = games.Ranked.Single(r => r.Story.Members.Count > 1).Story;
        Assert.Equal("11月共有112款国产网络游戏获批", merged.Lead.Title);
        Assert.Equal(["官方", "财经快讯", "游戏自媒体"], merged.Sources);
        Assert.Equal(new DateOnly(2024, 11, 20), merged.Date);
        Assert.Equal(3, merged.Members.Count);
        Assert.Single(digest.Notes, n => n.StartsWith("合并重复新闻《11月共有112款国产网络游戏获批》：官方", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_link_is_the_same_story_and_far_apart_dates_are_not()
    {
        var digest = Digest(
        [
            Item("2024-11-02", "官方", "美团外卖发布新规", url: "https://example.com/a"),
            Item("2024-11-03", "财经快讯", "外卖平台规则有变", url: "https://example.com/a"),
            Item("2024-11-10", "官方", "美团外卖发布新规", "同名标题，但一周之后。"),
        ]);

        var group = Assert.Single(digest.Find(NewsSectionId.Industry)!.Groups);
        Assert.Equal([2, 1], group.Ranked.Select(r => r.Story.Members.Count).OrderDescending());
    }

    [Fact]
    public void Items_outside_the_period_are_left_out_and_listed_with_the_reason()
    {
        var digest = Digest(
        [
            Item("2024-10-31", "官方", "ChatGPT上线联网搜索", tags: ["人工智能"], file: "news/a.jsonl"),
            Item("2024-11-01", "官方", "OpenAI发布桌面应用", tags: ["人工智能"], file: "news/a.jsonl"),
            Item("2024-11-30", "官方", "OpenAI更新写作能力", tags: ["人工智能"], file: "news/a.jsonl"),
            Item("2024-12-01", "官方", "OpenAI发布o1正式版", tags: ["人工智能"], file: "news/a.jsonl"),
        ]);

        Assert.Equal(["OpenAI更新写作能力", "OpenAI发布桌面应用"], digest.Find(NewsSectionId.Ai)!.Groups.Single().Shown.Select(r => r.Story.Lead.Title));
        Assert.Equal(
        [
            ("ChatGPT上线联网搜索", "日期 2024-10-31 不在报告期 2024-11 内"),
            ("OpenAI发布o1正式版", "日期 2024-12-01 不在报告期 2024-11 内"),
        ], digest.LeftOut.Select(l => (l.Title, l.Reason)));
        Assert.Equal((4, 2, 2), (digest.Read, digest.InPeriod, digest.Stories));
    }

    [Fact]
    public void Score_adds_tier_key_company_recency_and_extra_sources()
    {
        var story = new NewsStory(Item("2024-11-30", "官方", "x"), [], new DateOnly(2024, 11, 30), ["官方", "财经快讯", "游戏自媒体"], 1, ["0700.HK"], []);
        Assert.Equal(3 + 1 + 1 + 2, NewsScore.Of(story, namesKeyCompany: true, November, NewsScoring.Default));

        var early = story with { Date = new DateOnly(2024, 11, 16), Sources = ["游戏自媒体"], BestTier = 3 };
        Assert.Equal(1 + 0 + 15.0 / 29, NewsScore.Of(early, namesKeyCompany: false, November, NewsScoring.Default), 12);
    }

    [Fact]
    public void Within_a_group_items_are_ranked_by_score_and_capped_and_the_rest_listed()
    {
        var digest = Digest(
        [
            Item("2024-11-05", "游戏自媒体", "游戏甲", tags: ["游戏"]),                         // tier 3, early
            Item("2024-11-25", "官方", "游戏乙", tags: ["游戏"]),                              // tier 1, late
            Item("2024-11-05", "官方", "游戏丙", companies: ["0700.HK"], tags: ["游戏"]),      // tier 1, key company
            Item("2024-11-28", "财经快讯", "游戏丁", tags: ["游戏"]),                          // tier 2, late
        ]);

        var group = digest.Find(NewsSectionId.Industry)!.Groups.Single();
        Assert.Equal(["游戏丙", "游戏乙", "游戏丁", "游戏甲"], group.Ranked.Select(r => r.Story.Lead.Title));
        Assert.Equal([true, true, true, false], group.Ranked.Select(r => r.Shown));
        var leftOut = Assert.Single(digest.LeftOut);
        Assert.Equal(("游戏甲", "行业动态·游戏：排第4，超出每组最多3条"), (leftOut.Title, leftOut.Reason));
    }

    [Fact]
    public void A_group_headline_is_composed_from_its_top_ranked_titles()
    {
        var digest = Digest(
        [
            Item("2024-11-05", "官方", "腾讯推出混元Large大模型。", companies: ["0700.HK"], tags: ["人工智能"]),
            Item("2024-11-22", "官方", "腾讯控股：元宝2.0版本上线", companies: ["0700.HK"], tags: ["人工智能"]),
            Item("2024-11-02", "财经快讯", "腾讯发布3D生成模型", companies: ["0700.HK"], tags: ["人工智能"]),
        ]);

        var tencent = digest.Find(NewsSectionId.Ai)!.Groups.Single();
        // Ranked: 元宝 (latest), 混元Large, then 3D (tier 2). The subject 腾讯 / 腾讯控股 and the full stop go.
        Assert.Equal(["腾讯控股：元宝2.0版本上线", "腾讯推出混元Large大模型。", "腾讯发布3D生成模型"], tencent.Ranked.Select(r => r.Story.Lead.Title));
        Assert.Equal("元宝2.0版本上线，推出混元Large大模型", tencent.Headline);
        Assert.False(tencent.HeadlineByAnalyst);
    }

    [Fact]
    public void A_headline_drops_a_corporate_alias_of_its_company_but_keeps_a_product_name()
    {
        var digest = Digest(
        [
            Item("2024-11-15", "官方", "阿里巴巴集团季度收入同比增长5%", companies: ["9988.HK"]),
            Item("2024-11-12", "官方", "通义千问发布长文本模型", companies: ["9988.HK"]),
        ]);

        var groups = digest.Sections.SelectMany(s => s.Groups).Where(g => g.Name == "阿里").ToArray();
        Assert.Contains(groups, g => g.Headline.StartsWith("季度收入同比增长5%", StringComparison.Ordinal));
        Assert.DoesNotContain(groups, g => g.Headline.Contains("阿里巴巴集团", StringComparison.Ordinal));
        Assert.Contains(groups, g => g.Headline.Contains("通义千问发布长文本模型", StringComparison.Ordinal));
    }

    [Fact]
    public void A_headline_takes_a_further_title_only_while_it_fits()
    {
        var digest = Digest(
        [
            Item("2024-11-20", "官方", "美团App测试地图找店", companies: ["3690.HK"], tags: ["本地生活"]),
            Item("2024-11-10", "官方", "美团外卖投入10亿元助力餐饮商家提质增效与老字号数字化", companies: ["3690.HK"], tags: ["本地生活"]),
        ]);

        // headline_length is 30 in the fixture: the second clause would make it 39 characters.
        Assert.Equal("美团App测试地图找店", digest.Find(NewsSectionId.Industry)!.Groups.Single().Headline);
    }

    [Fact]
    public void The_analysts_headline_replaces_the_composed_one_and_an_unused_one_is_noted()
    {
        var diagnostics = new DiagnosticBag();
        var headlines = HeadlineOverrides.Read("""
            ai:
              title: 大模型加速迭代
              groups:
                腾讯: 混元大模型开源，元宝迎来大版本更新
                谷歌: 本月没有谷歌的新闻
            """, diagnostics)!;
        Assert.Empty(diagnostics.Items);

        var digest = Digest([Item("2024-11-05", "官方", "腾讯推出混元Large大模型", companies: ["0700.HK"], tags: ["人工智能"])], headlines: headlines);

        var ai = digest.Find(NewsSectionId.Ai)!;
        Assert.Equal("人工智能动态：大模型加速迭代", ai.Heading);
        Assert.Equal(("混元大模型开源，元宝迎来大版本更新", true), (ai.Groups.Single().Headline, ai.Groups.Single().HeadlineByAnalyst));
        Assert.Equal(["narrative/headlines.yaml：ai.groups.谷歌 本期没有对应的分组，未使用"], digest.Notes);
    }

    [Fact]
    public void An_item_appears_in_a_second_section_only_when_the_taxonomy_says_so()
    {
        var items = new[] { Item("2024-11-06", "官方", "腾讯刷掌支付出海", companies: ["0700.HK"], tags: ["游戏"]) };
        Assert.Equal("industry/游戏", Placements(Digest(items))["腾讯刷掌支付出海"]);

        var alsoInCompany = Taxonomy(TaxonomyYaml.Replace("    headline_length: 30", "    headline_length: 30\n    also_in: [company]", StringComparison.Ordinal));
        Assert.Equal("industry/游戏 + company/腾讯", Placements(Digest(items, alsoInCompany))["腾讯刷掌支付出海"]);
    }

    [Fact]
    public void Company_news_shows_key_companies_first()
    {
        var digest = Digest(
        [
            Item("2024-11-05", "官方", "快手第三季度收入增长", companies: ["1024.HK"], tags: ["公司公告"]),
            Item("2024-11-06", "财经快讯", "美团第三季度收入增长", companies: ["3690.HK"], tags: ["公司公告"]),
            Item("2024-11-07", "财经快讯", "腾讯第三季度收入增长", companies: ["0700.HK"], tags: ["公司公告"]),
        ], keyCompanies: ["3690.HK", "0700.HK"]);

        Assert.Equal(["美团", "腾讯", "快手"], digest.Find(NewsSectionId.Company)!.Groups.Select(g => g.Name));
    }

    [Fact]
    public void Without_a_taxonomy_items_are_grouped_by_their_own_tags_and_companies()
    {
        var digest = Digest(
        [
            Item("2024-11-05", "官方", "甲", companies: ["0700.HK"], tags: ["人工智能"]),
            Item("2024-11-06", "官方", "乙", tags: ["游戏"]),
            Item("2024-11-07", "官方", "丙", companies: ["3690.HK"]),
            Item("2024-11-08", "官方", "丁"),
        ], NewsTaxonomy.Default("互联网"));

        // No AI section without a taxonomy: an item tagged 人工智能 is industry news of that sub-sector.
        Assert.Equal([NewsSectionId.Industry, NewsSectionId.Company], digest.Sections.Select(s => s.Id));
        Assert.Equal(new Dictionary<string, string> { ["甲"] = "industry/人工智能", ["乙"] = "industry/游戏", ["丙"] = "company/美团-W" }, Placements(digest));
        Assert.Equal(["丁"], digest.LeftOut.Select(l => l.Title));
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_items_are_given_in()
    {
        var items = Enumerable.Range(1, 12).Select(d => Item($"2024-11-{d:D2}", d % 2 == 0 ? "官方" : "财经快讯", $"游戏新闻{d}", $"第{d}条关于游戏的新闻。", tags: ["游戏"])).ToArray();
        string Shape(NewsDigestResult r) => string.Join("|", r.Sections.SelectMany(s => s.Groups).SelectMany(g => g.Ranked).Select(x => $"{x.Story.Lead.Title}:{x.Rank}:{x.Score}"));

        Assert.Equal(Shape(Digest(items)), Shape(Digest([.. items.Reverse()])));
    }

    [Fact]
    public void A_digest_leaves_the_word_dictionary_as_it_found_it()
    {
        // jieba alone cuts 快手电商 as 快/手电/商; while a digest runs, the taxonomy's 快手 and 电商 are words.
        string[] before = WordSegmenter.Split(["快手电商废止退款不退货服务"], [])[0];
        string[] during = WordSegmenter.Split(["快手电商废止退款不退货服务"], ["快手", "电商"])[0];
        Digest([Item("2024-11-05", "官方", "快手电商发布公告", companies: ["1024.HK"])]);
        string[] after = WordSegmenter.Split(["快手电商废止退款不退货服务"], [])[0];

        Assert.Equal(["快手", "电商"], during[..2]);
        Assert.NotEqual(during, before);
        Assert.Equal(before, after);
    }

    [Fact]
    public void Latin_words_match_in_any_case_and_width_but_not_inside_other_words()
    {
        var words = WordSegmenter.Split(["ＯｐｅｎＡＩ推出GPT-4o；Qwen2.5-Turbo"], [])[0];
        Assert.Equal(["openai", "推出", "gpt", "-", "4", "o", ";", "qwen", "2", ".", "5", "-", "turbo"], words);
    }
}
