using SectorScope.Pipeline;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.News;

/// <summary>The taxonomy and headline files: every problem reported at once as file:line: key: reason.</summary>
public sealed class TaxonomyFileTests : IDisposable
{
    private readonly TestWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private IReadOnlyList<string> Errors()
    {
        var e = ReportPipeline.Run(_ws.Root, null, null, _ws.OutputFolder, OutputFormats.Text).Refused();
        return [.. e.Diagnostics.Select(d => d.ToString())];
    }

    [Fact]
    public void Every_problem_of_a_taxonomy_is_reported_together()
    {
        _ws.Append("sectorscope.yaml", "news_taxonomy: taxonomy.yaml");
        _ws.Write("taxonomy.yaml", """
            sections:
              ai:
                group_by: brand
                groups: [甲, 丁]
                max_items: 0
              sports:
                tags: [体育]
            companies:
              - { name: 甲, aliases: [Jia], codes: [0001.HK, 9999.HK] }
              - { name: 乙, aliases: [jia], codes: [0001.HK] }
            source_tiers:
              4: [某报]
            dedup: { days: 3, similarity: 1.5 }
            colour: red
            """);

        Assert.Equal(
        [
            "taxonomy.yaml:3: sections.ai.group_by: 「brand」 不是 company、sub_sector、none 之一",
            "taxonomy.yaml:4: sections.ai.groups: 「丁」 不是 companies 中的公司",
            "taxonomy.yaml:5: sections.ai.max_items: 「0」 不是 1 至 100 之间的整数",
            "taxonomy.yaml:6: sections.sports: 不认识的栏目（可用：ai、policy、industry、company）",
            "taxonomy.yaml:9: companies.codes: 「9999.HK」 不在 securities.csv 中",
            "taxonomy.yaml:10: companies.aliases: 「jia」 已是 甲 的名称",
            "taxonomy.yaml:10: companies.codes: 「0001.HK」 已属于 甲",
            "taxonomy.yaml:12: source_tiers: 「4」 不是 1 至 3 之间的整数",
            "taxonomy.yaml:13: dedup.similarity: 应在 (0, 1] 之间",
            "taxonomy.yaml:14: taxonomy.colour: 不认识的键（可用：sections、companies、sub_sectors、source_tiers、default_tier、scoring、dedup）",
        ], Errors());
    }

    [Fact]
    public void A_taxonomy_named_in_the_settings_must_exist()
    {
        _ws.Append("sectorscope.yaml", "news_taxonomy: taxonomy.yaml");
        Assert.Equal(["sectorscope.yaml:13: news_taxonomy: 工作区中没有文件 「taxonomy.yaml」"], Errors());
    }

    [Fact]
    public void Headline_file_problems_are_reported_with_their_lines()
    {
        _ws.Write("narrative/headlines.yaml", """
            ai:
              title: 模型升级
              groups:
                腾讯: ""
            sports:
              title: 不存在的栏目
            industry:
              subtitle: x
            """);

        Assert.Equal(
        [
            "narrative/headlines.yaml:4: ai.groups.腾讯: 应为一行标题",
            "narrative/headlines.yaml:5: sports: 不认识的栏目（可用：ai、policy、industry、company）",
            "narrative/headlines.yaml:8: industry.subtitle: 不认识的键（可用：title、groups）",
        ], Errors());
    }

    [Fact]
    public void Taxonomy_and_headline_files_are_inputs_of_the_manifest()
    {
        _ws.Append("sectorscope.yaml", "news_taxonomy: taxonomy.yaml");
        _ws.Write("taxonomy.yaml", "companies:\n  - { name: 甲, codes: [0001.HK] }");
        _ws.Write("narrative/headlines.yaml", "company:\n  groups:\n    甲: 甲公司发布新游戏");
        _ = ReportPipeline.Run(_ws.Root, null, null, _ws.OutputFolder, OutputFormats.Text).Value;

        var manifest = File.ReadAllText(Path.Combine(_ws.OutputFolder, "manifest.json"));
        Assert.Contains("\"path\": \"taxonomy.yaml\",\n      \"kind\": \"NewsTaxonomy\"", manifest);
        Assert.Contains("\"path\": \"narrative/headlines.yaml\",\n      \"kind\": \"Headlines\"", manifest);
    }
}
