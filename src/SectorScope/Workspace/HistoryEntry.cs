namespace SectorScope.Workspace;

/// <summary>One forecast year of a company as a report published it.</summary>
public sealed record HistoryEps(int Year, double? Eps, string Currency);

/// <summary>
/// A company of a published report's forecast table: its rating (null when not covered), target price
/// in the quote currency, and EPS per fiscal year. The name is kept so that a code later dropped from
/// the workspace can still be named.
/// </summary>
public sealed record HistoryCompany(string Code, string Name, string? Rating, double? TargetPrice, string? Currency, IReadOnlyList<HistoryEps> Eps)
{
    public bool Covered => Rating is not null;

    public HistoryEps? EpsOf(int year) => Eps.FirstOrDefault(e => e.Year == year);
}

/// <summary>
/// The key data of one published report, kept in <c>history/YYYY-MM.json</c> so that the next report
/// can say what changed since. <see cref="File"/> is where it was read (empty for a new entry).
/// </summary>
public sealed record HistoryEntry(
    ReportPeriod Period,
    DateOnly AsOf,
    string Title,
    string? Subtitle,
    string? Sector,
    string? SectorRating,
    IReadOnlyList<HistoryCompany> Companies,
    string File = "")
{
    public const string Schema = "sectorscope.history/1";

    /// <summary>The title as related research lists it: title and thesis joined by a dash, as brokers cite their reports.</summary>
    public string FullTitle => Subtitle is { Length: > 0 } s ? $"{Title}-{s}" : Title;

    public HistoryCompany? Company(string code) => Companies.FirstOrDefault(c => c.Code == code);
}
