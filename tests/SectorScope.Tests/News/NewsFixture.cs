using SectorScope.News;
using SectorScope.Workspace;

namespace SectorScope.Tests.News;

/// <summary>A small universe and taxonomy, and a way to write news items for a digest of 2024-11.</summary>
internal static class NewsFixture
{
    public static readonly ReportPeriod November = new(2024, 11);

    public static readonly Universe Universe = new(
        [
            new Security("0700.HK", "腾讯控股", "HK", "HKD", "社交媒体", "Tencent", null),
            new Security("9988.HK", "阿里巴巴-SW", "HK", "HKD", "电商", "Alibaba", null),
            new Security("3690.HK", "美团-W", "HK", "HKD", "本地生活", "Meituan", null),
            new Security("1024.HK", "快手-W", "HK", "HKD", "短视频", "Kuaishou", null),
        ],
        []);

    public const string TaxonomyYaml = """
        sections:
          policy:
            tags: [行业政策]
            keywords: [治理, 监管, 专项行动, 网信办]
          ai:
            tags: [人工智能]
            keywords: [人工智能, 大模型, 模型, AI]
            group_by: company
            groups: [OpenAI, 腾讯, 阿里]
            listed_groups_only: true
            max_items: 2
          industry:
            group_by: sub_sector
            groups: [游戏, 电商, 本地生活]
            max_items: 3
            headline_items: 2
            headline_length: 30
          company:
            tags: [公司公告]
            group_by: company
            max_items: 3
        companies:
          - { name: OpenAI, aliases: [ChatGPT] }
          - { name: 腾讯, aliases: [Tencent, 混元], codes: [0700.HK] }
          - { name: 阿里, aliases: [阿里巴巴, 阿里巴巴集团, 通义千问], codes: [9988.HK] }
          - { name: 美团, aliases: [美团外卖], codes: [3690.HK] }
          - { name: 快手, aliases: [快手电商], codes: [1024.HK] }
          - { name: 字节跳动, aliases: [豆包] }
        sub_sectors:
          - { name: 游戏, keywords: [游戏, 版号] }
          - { name: 电商, keywords: [电商, 双11] }
          - { name: 本地生活, keywords: [外卖, 骑手] }
        source_tiers:
          1: [官方, 公司公告]
          2: [财经快讯]
        """;

    public static NewsTaxonomy Taxonomy(string yaml = TaxonomyYaml)
    {
        var diagnostics = new DiagnosticBag();
        var taxonomy = TaxonomyReader.Read("taxonomy.yaml", yaml, Universe, "互联网", diagnostics);
        Assert.True(taxonomy is not null, string.Join("\n", diagnostics.Items));
        return taxonomy!;
    }

    private static int _line;

    public static NewsItem Item(string date, string source, string title, string body = "", string[]? companies = null, string[]? tags = null, string? url = null, string file = "news/test.jsonl") =>
        new(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), source, title, body, url, companies ?? [], tags ?? [],
            new SourceRef(file, Interlocked.Increment(ref _line)));

    public static NewsDigestResult Digest(IReadOnlyList<NewsItem> items, NewsTaxonomy? taxonomy = null, HeadlineOverrides? headlines = null, string[]? keyCompanies = null) =>
        NewsDigest.Build(new DigestRequest(items, November, taxonomy ?? Taxonomy(), Universe, keyCompanies ?? ["0700.HK"], headlines ?? HeadlineOverrides.None));

    /// <summary>Section key and group of every shown story, by the lead's title.</summary>
    public static Dictionary<string, string> Placements(NewsDigestResult digest) =>
        digest.Sections.SelectMany(s => s.Groups.SelectMany(g => g.Shown.Select(r => (r.Story.Lead.Title, Where: $"{NewsTaxonomy.Key(s.Id)}/{g.Name}"))))
            .GroupBy(p => p.Title).ToDictionary(g => g.Key, g => string.Join(" + ", g.Select(p => p.Where)));
}
