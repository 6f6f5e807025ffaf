namespace SectorScope.Reporting.Model;

/// <summary>The report the changes are measured against: its period, title, date, sector rating and the history file it was read from.</summary>
public sealed record PreviousReport(string Period, string Title, string? Subtitle, string AsOf, string? SectorRating, string File);

/// <summary>One forecast year of a company: the previous and the current EPS and the revision between them (NM when not comparable).</summary>
public sealed record EpsChange(int Year, string? Currency, double? Previous, double? Current, Quantity Revision);

/// <summary>
/// A company rated in this report or the previous one: the rating action (维持/上调/下调/首次覆盖/停止覆盖),
/// target price and EPS changes.
/// </summary>
public sealed record CompanyChange(
    string Code,
    string Name,
    Analytics.RatingAction Action,
    string ActionLabel,
    string? PreviousRating,
    string? Rating,
    double? PreviousTargetPrice,
    double? TargetPrice,
    Quantity? TargetPriceChange,
    IReadOnlyList<EpsChange> Eps);

/// <summary>
/// 评级与盈利预测变动: what changed since the previous report in the workspace's history. Without an
/// earlier report <see cref="Previous"/> is null and <see cref="EmptyNote"/> says the report is the first.
/// </summary>
public sealed record ChangesSection(
    string Heading,
    PreviousReport? Previous,
    IReadOnlyList<CompanyChange> Companies,
    string Summary,
    IReadOnlyList<string> Paragraphs,
    string? EmptyNote,
    IReadOnlyList<string> TableIds);
