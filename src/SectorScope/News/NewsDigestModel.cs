using SectorScope.Workspace;

namespace SectorScope.News;

/// <summary>Everything a news digest is computed from.</summary>
/// <param name="Items">Every news item of the workspace, whatever its date.</param>
/// <param name="KeyCompanies">Codes of the key companies (<c>key_companies</c>): ranked higher, shown first in company news.</param>
public sealed record DigestRequest(
    IReadOnlyList<NewsItem> Items,
    ReportPeriod Period,
    NewsTaxonomy Taxonomy,
    Universe Universe,
    IReadOnlyList<string> KeyCompanies,
    HeadlineOverrides Headlines,
    ISegmentationCache? Segmentations = null);

/// <summary>
/// One story: an item and every duplicate of it from other sources. <see cref="Lead"/> supplies the
/// title, text and link; <see cref="Date"/> is the earliest member's date.
/// </summary>
/// <param name="Sources">Every member's source once, best tier first, then by first date and name.</param>
/// <param name="Companies">Codes named by any member, lead first.</param>
/// <param name="Tags">Tags of any member, lead first.</param>
public sealed record NewsStory(
    NewsItem Lead,
    IReadOnlyList<NewsItem> Members,
    DateOnly Date,
    IReadOnlyList<string> Sources,
    int BestTier,
    IReadOnlyList<string> Companies,
    IReadOnlyList<string> Tags);

/// <summary>A story's place in its group: its score, its rank (1 = first) and whether it is within the group's cap.</summary>
public sealed record RankedStory(NewsStory Story, double Score, int Rank, bool Shown);

/// <summary>A group of a section: a company or a sub-sector, with its one-line headline.</summary>
public sealed record DigestGroup(string Name, string Headline, bool HeadlineByAnalyst, IReadOnlyList<RankedStory> Ranked)
{
    public IEnumerable<RankedStory> Shown => Ranked.Where(r => r.Shown);
}

/// <summary>A news section with its groups in display order; the digest's sections are the taxonomy's, in its order.</summary>
public sealed record DigestSection(NewsSectionId Id, string Heading, string? KeyPoint, IReadOnlyList<DigestGroup> Groups);

/// <summary>An item or story the report leaves out, and why.</summary>
public sealed record LeftOutNews(DateOnly Date, string Source, string Title, IReadOnlyList<SourceRef> Origins, string Reason);

/// <summary>The month's news sorted into sections, with what was left out and what was merged.</summary>
/// <param name="Read">Items read, of any date.</param>
/// <param name="InPeriod">Items dated within the period.</param>
/// <param name="Stories">Stories after merging duplicates.</param>
/// <param name="Notes">Merges and unused headline overrides, one line each, for <c>check</c>.</param>
public sealed record NewsDigestResult(
    IReadOnlyList<DigestSection> Sections,
    IReadOnlyList<LeftOutNews> LeftOut,
    IReadOnlyList<string> Notes,
    int Read,
    int InPeriod,
    int Stories)
{
    /// <summary>The section of this kind, or null when the taxonomy does not show one.</summary>
    public DigestSection? Find(NewsSectionId id) => Sections.FirstOrDefault(s => s.Id == id);
}
