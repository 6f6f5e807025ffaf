namespace SectorScope.Reporting.Model;

/// <summary>The title block of every page and the front page.</summary>
public sealed record ReportHeader(
    string ReportType,
    string Title,
    string? Subtitle,
    string Sector,
    string? SectorRating,
    string Firm,
    IReadOnlyList<Workspace.Analyst> Analysts,
    string Period,
    string AsOf,
    string PageFooter,
    string SourceLine,
    string UpColor,
    string DownColor);

/// <summary>One key point of the front page: a label (行情回顾) and its paragraph.</summary>
public sealed record KeyPoint(string Label, string Text);

/// <summary>A report listed under 相关研究报告; <see cref="Source"/> is the history file or sectorscope.yaml it came from.</summary>
public sealed record RelatedResearch(string Title, string Date, string Source);

/// <summary>The front page; <see cref="ForecastTableId"/> is null when no company is covered (the table is left out).</summary>
public sealed record FrontPage(IReadOnlyList<KeyPoint> KeyPoints, string? ForecastTableId, IReadOnlyList<RelatedResearch> RelatedResearch, string RiskWarning);

/// <summary>An index's period return as shown in the review.</summary>
public sealed record IndexMove(string Code, string Name, Quantity Return);

/// <summary>A security named in the review text: its return and excess over its benchmark.</summary>
public sealed record Performer(string Code, string Name, Quantity Return, Quantity Excess, bool Outperformed);

/// <summary>The top performers of one market against that market's benchmark.</summary>
public sealed record MarketTop(string Market, string MarketLabel, IndexMove Benchmark, IReadOnlyList<Performer> Top);

public sealed record ExcludedLine(string Code, string Name, string Reason);

/// <summary>行情回顾.</summary>
public sealed record MarketReviewSection(
    string Heading,
    IndexMove Headline,
    IndexMove? Comparison,
    IReadOnlyList<MarketTop> Markets,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> FigureIds,
    IReadOnlyList<string> TableIds,
    IReadOnlyList<ExcludedLine> Excluded);

/// <summary>估值: the valuation percentile, or a note that there is no data.</summary>
public sealed record ValuationSection(
    string Heading,
    string? IndexCode,
    Quantity? PeTtm,
    Quantity? Percentile,
    string? Method,
    string? Since,
    int Observations,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> FigureIds);

/// <summary>One news story: the lead item's date, source, title, text and link, and every source that carried it.</summary>
/// <param name="Score">Its ranking score in the group (see the methods note).</param>
/// <param name="Origins">Where each merged item was read, <c>file:line</c>.</param>
public sealed record NewsEntry(string Date, string Source, string Title, string Body, string? Url, IReadOnlyList<string> Sources,
    double? Score = null, IReadOnlyList<string>? Origins = null);

/// <summary>A group of news (a company, a sub-sector) with its one-line headline.</summary>
/// <param name="Heading">What the group is shown under: 腾讯：开源混元Large…, or the headline alone when the group is the whole section (行业政策).</param>
/// <param name="HeadlineByAnalyst">True when the headline is the analyst's (narrative/headlines.yaml), not composed from the titles.</param>
/// <param name="Tier">In the company section, 重点公司新闻 for a key company's group and 其他公司新闻 for the rest; null elsewhere.</param>
public sealed record NewsGroup(string Name, string Headline, string Heading, IReadOnlyList<NewsEntry> Items, bool HeadlineByAnalyst = false, string? Tier = null);

/// <summary>A news section with something in it: a section with nothing is left out of the report and named by <c>check</c>.</summary>
/// <param name="Id">The taxonomy's key of the section (ai, policy, industry, company).</param>
/// <param name="Commentary">The analyst's paragraphs shown before the groups (narrative/ai.md …).</param>
public sealed record NewsSection(Workspace.NewsSectionId Id, string Heading, IReadOnlyList<NewsGroup> Groups, IReadOnlyList<string> FigureIds, IReadOnlyList<string> TableIds,
    IReadOnlyList<string>? Commentary = null);

/// <summary>A section of prose: the analyst's words or a standard text; without paragraphs it is left out of the document.</summary>
public sealed record TextSection(string Heading, IReadOnlyList<string> Paragraphs);

/// <summary>How each number was computed, shown as the methods note.</summary>
public sealed record MethodsNote(IReadOnlyList<string> Lines);
