namespace SectorScope.Workspace;

/// <summary>
/// The four kinds of news section a taxonomy may list; which of them a report shows, and in what order, is the
/// taxonomy's (<see cref="NewsTaxonomy.Sections"/>).
/// </summary>
public enum NewsSectionId
{
    /// <summary>人工智能动态 (YAML key <c>ai</c>).</summary>
    Ai,

    /// <summary>行业政策 (<c>policy</c>).</summary>
    Policy,

    /// <summary>行业动态 (<c>industry</c>).</summary>
    Industry,

    /// <summary>公司公告与新闻 (<c>company</c>).</summary>
    Company,
}

/// <summary>How a section splits its items into groups.</summary>
public enum NewsGrouping
{
    /// <summary>One group per company (<c>company</c>).</summary>
    Company,

    /// <summary>One group per sub-sector (<c>sub_sector</c>).</summary>
    SubSector,

    /// <summary>A single group named after the section (<c>none</c>).</summary>
    None,
}

/// <summary>One news section as the taxonomy configures it.</summary>
/// <param name="Tags">Item tags that put an item in this section, before any keyword is looked at.</param>
/// <param name="Keywords">Words that count for this section when an item has no deciding tag.</param>
/// <param name="Groups">Groups shown first and in this order; others follow by their best item's score.</param>
/// <param name="ListedGroupsOnly">Items whose group is not in <paramref name="Groups"/> go to their next-best section instead.</param>
/// <param name="MaxItems">Items shown per group; the rest are listed as left out.</param>
/// <param name="AlsoIn">Sections that also show this section's items (the only way an item appears twice).</param>
/// <param name="HeadlineItems">Top-ranked titles a composed headline is made of.</param>
/// <param name="HeadlineLength">A composed headline takes a further title only while it stays within this many characters.</param>
public sealed record TaxonomySection(
    NewsSectionId Id,
    string Heading,
    string? KeyPoint,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Keywords,
    NewsGrouping GroupBy,
    IReadOnlyList<string> Groups,
    bool ListedGroupsOnly,
    int MaxItems,
    IReadOnlyList<NewsSectionId> AlsoIn,
    int HeadlineItems,
    int HeadlineLength);

/// <summary>A company the news names: its display name, aliases in any language, and its security codes.</summary>
public sealed record TaxonomyCompany(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Codes);

/// <summary>A sub-sector of industry news and the words that identify it.</summary>
public sealed record TaxonomySubSector(string Name, IReadOnlyList<string> Keywords);

/// <summary>
/// Points of the ranking score within a group: <c>Tier[t − 1]</c> for the best source tier t among the
/// item's sources, <see cref="KeyCompany"/> when it names a key company, <see cref="Recency"/> × the
/// item's position in the period (0 on the first day, 1 on the last), and <see cref="ExtraSource"/>
/// for each further source that carried it, up to <see cref="MaxExtraSources"/>.
/// </summary>
public sealed record NewsScoring(IReadOnlyList<double> Tier, double KeyCompany, double Recency, double ExtraSource, int MaxExtraSources)
{
    public static readonly NewsScoring Default = new([3, 2, 1], 1, 1, 1, 3);
}

/// <summary>
/// Near-duplicate rule: two items at most <see cref="Days"/> apart whose content words overlap by at
/// least <see cref="Similarity"/> of the smaller item's words are one story.
/// </summary>
public sealed record NewsDedup(int Days, double Similarity)
{
    public static readonly NewsDedup Default = new(3, 0.6);
}

/// <summary>
/// The news taxonomy (<c>news_taxonomy</c> in <c>sectorscope.yaml</c>): sections, companies with
/// aliases and codes, sub-sectors with keywords, source tiers, scoring and duplicate rules.
/// </summary>
/// <param name="Sections">The sections the report shows, in the report's order, which also breaks keyword ties between them.</param>
/// <param name="SourceTiers">Source name → tier (1 is the most authoritative); unlisted sources take <paramref name="DefaultTier"/>.</param>
/// <param name="OpenSubSectors">True without a taxonomy file: any item tag that is not a section tag names a sub-sector.</param>
public sealed record NewsTaxonomy(
    IReadOnlyList<TaxonomySection> Sections,
    IReadOnlyList<TaxonomyCompany> Companies,
    IReadOnlyList<TaxonomySubSector> SubSectors,
    IReadOnlyDictionary<string, int> SourceTiers,
    int DefaultTier,
    NewsScoring Scoring,
    NewsDedup Dedup,
    bool OpenSubSectors)
{
    public const int DefaultMaxItems = 5;
    public const int DefaultHeadlineItems = 2;
    public const int DefaultHeadlineLength = 40;

    /// <summary>Every kind a taxonomy may list, in the order its keys are named in messages.</summary>
    public static readonly IReadOnlyList<NewsSectionId> Kinds = [NewsSectionId.Ai, NewsSectionId.Policy, NewsSectionId.Industry, NewsSectionId.Company];

    /// <summary>
    /// The sections without a taxonomy (or a taxonomy without <c>sections</c>): 行业动态, grouped by the items' own tags,
    /// and company news. No AI or policy section: an item tagged 人工智能 or 政策 is industry news of that sub-sector.
    /// </summary>
    public static readonly IReadOnlyList<NewsSectionId> DefaultKinds = [NewsSectionId.Industry, NewsSectionId.Company];

    /// <summary>The section of this kind, or null when the taxonomy does not show one.</summary>
    public TaxonomySection? Find(NewsSectionId id) => Sections.FirstOrDefault(s => s.Id == id);

    /// <summary>The kind a YAML key names, or null.</summary>
    public static NewsSectionId? KindOf(string key) => Kinds.Cast<NewsSectionId?>().FirstOrDefault(s => Key(s!.Value) == key);

    /// <summary>The YAML key of a section.</summary>
    public static string Key(NewsSectionId id) => id switch
    {
        NewsSectionId.Ai => "ai",
        NewsSectionId.Policy => "policy",
        NewsSectionId.Industry => "industry",
        _ => "company",
    };

    /// <summary>A section with the defaults of its kind: what a taxonomy file may leave out.</summary>
    public static TaxonomySection DefaultSection(NewsSectionId id, string sector) => id switch
    {
        NewsSectionId.Ai => new(id, "人工智能动态", "人工智能动态", ["人工智能", "AI"], [], NewsGrouping.Company, [], false, 3, [], DefaultHeadlineItems, DefaultHeadlineLength),
        NewsSectionId.Policy => new(id, "行业政策", null, ["行业政策", "政策"], [], NewsGrouping.None, [], false, DefaultMaxItems, [], DefaultHeadlineItems, DefaultHeadlineLength),
        NewsSectionId.Industry => new(id, "行业动态", $"{sector}行业动态", [], [], NewsGrouping.SubSector, [], false, DefaultMaxItems, [], DefaultHeadlineItems, DefaultHeadlineLength),
        _ => new(id, "公司公告与新闻", null, ["公司新闻", "公司公告"], [], NewsGrouping.Company, [], false, 3, [], DefaultHeadlineItems, DefaultHeadlineLength),
    };

    /// <summary>
    /// Without a taxonomy file: the <see cref="DefaultKinds"/>; an item tagged 公司新闻/公司公告 or with only
    /// <c>companies</c> is company news, any other tag names an industry sub-sector.
    /// </summary>
    public static NewsTaxonomy Default(string sector) => new(
        [.. DefaultKinds.Select(id => DefaultSection(id, sector))],
        [],
        [],
        new Dictionary<string, int>(StringComparer.Ordinal),
        NewsScoring.Default.Tier.Count,
        NewsScoring.Default,
        NewsDedup.Default,
        OpenSubSectors: true);
}
