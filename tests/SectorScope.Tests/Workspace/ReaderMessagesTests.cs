using System.Text.RegularExpressions;
using SectorScope.Cli;
using SectorScope.Tests.Hardening;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Workspace;

/// <summary>
/// <c>check</c> on a corpus of broken inputs, one workspace per stage a reader stops at: every reason it prints is
/// Chinese. A reason may name codes, files, columns and keys and quote the file's own words in 「」, but no English word.
/// </summary>
public sealed partial class ReaderMessagesTests
{
    /// <summary>
    /// The product's own identifiers a reason may name outside quotes: setting and taxonomy keys, column names, the
    /// values a key accepts. No English prose word is among them (no "is", "not", "expected", "missing", "unknown").
    /// </summary>
    private static readonly HashSet<string> Identifiers = new(StringComparer.Ordinal)
    {
        "markets", "benchmark", "name", "licence", "title", "date", "groups", "keywords", "aliases", "codes", "sections", "companies",
        "ai", "policy", "industry", "company", "none", "inc", "rank", "strict", "true", "false", "en", "zh", "valuation", "key_companies",
        "rating_scale", "tier", "days", "similarity", "year", "eps", "currency", "code", "close", "open", "high", "low", "volume", "sector_rating",
        "analysts", "licence", "group_by", "none", "sub_sector", "sub_sectors", "source_tiers", "default_tier", "scoring", "dedup", "key_company",
        "recency", "extra_source", "max_extra_sources", "heading", "key_point", "tags", "listed_groups_only", "max_items", "also_in",
        "headline_items", "headline_length", "market", "inception", "pe_ttm", "rate", "target_price", "rating_date", "adj_net_profit_mn",
        "series", "unit", "name_en", "shares_mn", "market_cap_mn", "source", "body", "url", "e", "g", "channel", "rss", "feed", "item",
        "function", "argument", "usage", "Atom", "Word", "Excel",
    };

    [GeneratedRegex(@"^(?<where>[^\s:]+(:\d+)?): (?<column>[^\s:]+): (?<reason>.+)$")]
    private static partial Regex DiagnosticLine();

    /// <summary>Quoted words, tags and placeholders are the file's own, the list after 可用： the product's keys and names.</summary>
    [GeneratedRegex(@"「[^」]*」|<[^>]*>|\{\{[^}]*\}\}|\{[^}]*\}|可用：[^）]*）")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9_\-.+]*")]
    private static partial Regex AsciiWord();

    /// <summary>A word that is a code (0700.HK, HSTECH, UTF-8), a file name (prices.csv) or an identifier of the product.</summary>
    private static bool Allowed(string word) =>
        word.Any(c => c is '.' or '_' or '-' || char.IsDigit(c)) || word.All(c => !char.IsLower(c)) || Identifiers.Contains(word);

    private static IReadOnlyList<(string Line, string Reason)> Reasons(TestWorkspace ws)
    {
        var run = CliProcess.Run("check", "--workspace", ws.Root);
        Assert.Equal(ExitCodes.InputErrors, run.ExitCode);
        return [.. run.Stderr.Split('\n').Select(l => l.TrimEnd('\r')).Select(l => (l, DiagnosticLine().Match(l))).Where(p => p.Item2.Success)
            .Select(p => (p.l, p.Item2.Groups["reason"].Value))];
    }

    private static void AssertChinese(IReadOnlyList<(string Line, string Reason)> reasons, int atLeast)
    {
        Assert.True(reasons.Count >= atLeast, $"only {reasons.Count} diagnostics:\n{string.Join("\n", reasons.Select(r => r.Line))}");
        var english = reasons.SelectMany(r => AsciiWord().Matches(Quoted().Replace(r.Reason, "")).Select(m => m.Value).Where(w => !Allowed(w)).Select(w => $"{w} ← {r.Line}")).ToArray();
        Assert.True(english.Length == 0, "English words in reasons:\n" + string.Join("\n", english));
        Assert.All(reasons, r => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", r.Reason));
    }

    [Fact]
    public void Broken_reference_files_are_refused_in_chinese()
    {
        using var ws = new TestWorkspace();
        ws.Append("securities.csv", "bad code,丁公司,HK,HKD,游戏,,\n0003.HK,戊公司,JP,dollars,游戏,,\n0001.HK,甲公司,HK,HKD,游戏,,");
        ws.Append("indices.csv", "0002.HK,乙指数,HK,HKD,2024-01-01");
        AssertChinese(Reasons(ws), 4);
    }

    [Fact]
    public void Broken_tables_news_and_history_are_refused_in_chinese()
    {
        using var ws = new TestWorkspace();
        ws.Append("prices/hk.csv", "2024/02/30,0001.HK,11\n2024-02-29,0002.HK,abc\n2024-02-29,ZZZ.HK,-1\n2024-02-29,0001.HK,12\n2024-02-29,0002.HK\n2024-02-29,0002.HK,1E+300");
        ws.Append("valuations.csv", "2024-02-29,HKI,10\n1899-01-01,HKI,10");
        ws.Append("fx.csv", "2024-03-01,HKD,HKD,1\n2024-03-01,HKD,CNY,0");
        ws.Write("coverage.csv", "code,rating\n0001.HK,强烈推荐\n0001.HK,买入\n0002.HK,买入,多余");
        ws.Write("forecasts.csv", "code,year,eps,currency\n0001.HK,1800,1.2,CNY\n0001.HK,2024,x,CNY\n0001.HK,2025,1,CNY\n0001.HK,2025,2,CNY");
        ws.Write("series.csv", "date,series,value,unit\n2024-01-31,手游收入,1,亿元\n2024-01-31,手游收入,2,亿元\n2024-01-31,,3,亿元");
        ws.Write("news/broken.jsonl", """
            {"date":"2024-02-10","source":"来源","title":"标题","colour":"red"}
            {"date":"2024-02-10","source":"来源"
            {"date":"2024-02-10","source":"来源","title":"","companies":"0001.HK"}
            {"date":"2024/02/10","source":"来源","title":"标题","companies":["NOPE.HK"]}
            """);
        ws.Write("news/feed.rss", "<rss version=\"2.0\"></rss>");
        ws.Write("news/other.xml", "<html/>");
        ws.Write("news/dtd.xml", "<!DOCTYPE rss [<!ENTITY x \"y\">]><rss><channel><title>t</title></channel></rss>");
        ws.Write("history/2024-01.json", """{"schema":"other","period":"2023-12","companies":"none","colour":1}""");
        ws.Write("history/notes.json", "{}");
        AssertChinese(Reasons(ws), 20);
    }

    [Fact]
    public void Files_in_another_encoding_or_with_control_characters_are_refused_in_chinese()
    {
        using var ws = new TestWorkspace();
        File.WriteAllBytes(ws.Path("news/gbk.jsonl"), [0x7B, 0x22, 0xC3, 0x28, 0xFF, 0xFE, 0x22, 0x7D, 0x0A]);
        File.WriteAllBytes(ws.Path("fx.csv"), [.. "date,from,to,rate\n2024-03-01,HKD,CNY,0.92,"u8, 0xFF, 0x0A]);
        ws.Write("narrative/risks.md", "风险\u0001提示");
        AssertChinese(Reasons(ws), 2);
    }

    [Fact]
    public void Broken_settings_are_refused_in_chinese()
    {
        using var ws = new TestWorkspace();
        ws.Append("sectorscope.yaml", """
            top_nn: 3
            language: fr
            colors: { up: red }
            top_n: 0
            sector_rating: 超配
            currencies: [CHF]
            analysts: [张三]
            related_reports: [{ title: 旧报告 }]
            subtitle: "{quarter}"
            """);
        ws.Write("sectorscope.yaml", File.ReadAllText(ws.Path("sectorscope.yaml")).Replace("period: 2024-02", "period: 2024-13", StringComparison.Ordinal)
            .Replace("headline_index: HKI", "headline_index: NOPE", StringComparison.Ordinal));
        AssertChinese(Reasons(ws), 8);
    }

    [Fact]
    public void A_broken_taxonomy_and_headline_file_are_refused_in_chinese()
    {
        using var ws = new TestWorkspace();
        ws.Append("sectorscope.yaml", "news_taxonomy: taxonomy.yaml");
        ws.Write("taxonomy.yaml", """
            sections:
              ai:
                group_by: brand
                groups: [甲, 丁, 甲]
                max_items: 0
                listed_groups_only: maybe
                also_in: [sports]
              sports: {}
              policy: []
            companies:
              - { name: 甲, aliases: [Jia], codes: [0001.HK, 9999.HK] }
              - { name: 乙, aliases: [jia], codes: [0001.HK] }
              - 丙
            sub_sectors: [游戏]
            source_tiers:
              4: [某报]
              1: 某报
            scoring: { tier: [], recency: -1 }
            dedup: { days: 3, similarity: 1.5 }
            colour: red
            """);
        ws.Write("narrative/headlines.yaml", "ai:\n  groups:\n    腾讯: \"\"\nsports: {}\nindustry:\n  subtitle: x\npolicy: []");
        AssertChinese(Reasons(ws), 15);
    }

    [Fact]
    public void Broken_narrative_and_encodings_are_refused_in_chinese()
    {
        using var ws = new TestWorkspace();
        ws.Write("narrative/recomendation.md", "文字");
        ws.Write("narrative/market-review.md", """
            {{ price 0700.HK }} {{ ret NOPE.HK }} {{ fwd_pe 0001.HK 2030 }} {{ fwd_pe 0001.HK }}
            {{ pe_ttm 0001.HK }} {{ excess HKI }} {{ rank HKI }} {{ yoy 没有的序列 }} {{ ret 0001.HK
            }} {{ }} {{ fwd_pe 0001.HK 明年 }} {{ excess 0001.HK NOPE }}
            """);
        AssertChinese(Reasons(ws), 6);
    }
}
