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
            "taxonomy.yaml:3: sections.ai.group_by: 'brand' is not one of company, sub_sector, none",
            "taxonomy.yaml:4: sections.ai.groups: '丁' is not a company in companies",
            "taxonomy.yaml:5: sections.ai.max_items: '0' is not an integer in 1..100",
            "taxonomy.yaml:6: sections.sports: unknown section (known: ai, policy, industry, company)",
            "taxonomy.yaml:9: companies.codes: '9999.HK' is not in securities.csv",
            "taxonomy.yaml:10: companies.aliases: 'jia' already names 甲",
            "taxonomy.yaml:10: companies.codes: '0001.HK' already belongs to 甲",
            "taxonomy.yaml:12: source_tiers: '4' is not an integer in 1..3",
            "taxonomy.yaml:13: dedup.similarity: must be in (0, 1]",
            "taxonomy.yaml:14: taxonomy.colour: unknown key (known: sections, companies, sub_sectors, source_tiers, default_tier, scoring, dedup)",
        ], Errors());
    }

    [Fact]
    public void A_taxonomy_named_in_the_settings_must_exist()
    {
        _ws.Append("sectorscope.yaml", "news_taxonomy: taxonomy.yaml");
        Assert.Equal(["sectorscope.yaml:13: news_taxonomy: file 'taxonomy.yaml' does not exist in the workspace"], Errors());
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
            "narrative/headlines.yaml:4: ai.groups.腾讯: expected a one-line headline",
            "narrative/headlines.yaml:5: sports: unknown section (known: ai, policy, industry, company)",
            "narrative/headlines.yaml:8: industry.subtitle: unknown key (known: title, groups)",
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
