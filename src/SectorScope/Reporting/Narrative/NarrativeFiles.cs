namespace SectorScope.Reporting.Narrative;

/// <summary>
/// The files of <c>narrative/</c> and where each goes. A file of another name is an error, so that a
/// misspelt name never silently drops the analyst's words.
/// </summary>
public static class NarrativeFiles
{
    public const string Thesis = "thesis";
    public const string Recommendation = "recommendation";
    public const string Risks = "risks";
    public const string MarketReview = "market-review";
    public const string Valuation = "valuation";
    public const string Ai = "ai";
    public const string Policy = "policy";
    public const string Industry = "industry";
    public const string Company = "company";
    public const string Disclaimer = "disclaimer";
    public const string KeyReview = "key-review";
    public const string KeyStrategy = "key-strategy";
    public const string KeyAi = "key-ai";
    public const string KeyPolicy = "key-policy";
    public const string KeyIndustry = "key-industry";
    public const string KeyCompany = "key-company";

    /// <summary>The file of paragraphs shown before a news section's groups.</summary>
    public static string Of(Workspace.NewsSectionId section) => section switch
    {
        Workspace.NewsSectionId.Ai => Ai,
        Workspace.NewsSectionId.Policy => Policy,
        Workspace.NewsSectionId.Industry => Industry,
        _ => Company,
    };

    /// <summary>The file that replaces a news section's front-page key point.</summary>
    public static string KeyPointOf(Workspace.NewsSectionId section) => section switch
    {
        Workspace.NewsSectionId.Ai => KeyAi,
        Workspace.NewsSectionId.Policy => KeyPolicy,
        Workspace.NewsSectionId.Industry => KeyIndustry,
        _ => KeyCompany,
    };

    /// <summary>File stem → what it holds.</summary>
    public static readonly IReadOnlyDictionary<string, string> Known = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Thesis] = "the one-line thesis under the title (replaces subtitle in sectorscope.yaml)",
        [Recommendation] = "投资建议, the investment recommendation; its first paragraph is the front page's strategy key point",
        [Risks] = "风险提示, the risk warnings; the first paragraph is also on the front page",
        [MarketReview] = "paragraphs added after the composed 行情回顾 text",
        [Valuation] = "paragraphs added after the composed valuation sentence",
        [Ai] = "paragraphs before the AI-news groups (人工智能动态)",
        [Policy] = "paragraphs before the policy news (行业政策)",
        [Industry] = "paragraphs before the industry-news groups (行业动态)",
        [Company] = "paragraphs before the company news (公司公告与新闻)",
        [Disclaimer] = "the English edition's disclaimer (narrative/en/disclaimer.md); the Chinese edition's is the settings' disclaimer file",
        [KeyReview] = "replaces the front page's market-review key point",
        [KeyStrategy] = "replaces the front page's strategy key point",
        [KeyAi] = "replaces the front page's AI-news key point",
        [KeyPolicy] = "replaces the front page's policy key point",
        [KeyIndustry] = "replaces the front page's industry-news key point",
        [KeyCompany] = "replaces the front page's company-news key point",
    };
}
