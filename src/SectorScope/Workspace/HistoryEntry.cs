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
/// can say what changed since. <see cref="File"/> is where it was read (empty for a new entry); <see cref="Firm"/> is
/// null in entries written before it was kept.
/// </summary>
public sealed record HistoryEntry(
    ReportPeriod Period,
    DateOnly AsOf,
    string Title,
    string? Subtitle,
    string? Sector,
    string? SectorRating,
    IReadOnlyList<HistoryCompany> Companies,
    string File = "",
    string? Firm = null)
{
    public const string Schema = "sectorscope.history/1";

    /// <summary>The title as related research lists it: title and thesis joined by a dash, as brokers cite their reports.</summary>
    public string FullTitle => Subtitle is { Length: > 0 } s ? $"{Title}-{s}" : Title;

    public HistoryCompany? Company(string code) => Companies.FirstOrDefault(c => c.Code == code);

    /// <summary>
    /// Why this entry is another analyst's report (another sector, or another firm when the entry names one), or null
    /// when it is this workspace's own: a copied folder's history must not become this report's changes.
    /// </summary>
    public string? ForeignTo(string? sector, string? firm)
    {
        static string Of(string? s) => s?.Trim() ?? "";
        if (Of(Sector) != Of(sector))
        {
            return $"行业为「{Of(Sector)}」，本工作区为「{Of(sector)}」";
        }

        return Firm is not null && Of(Firm) != Of(firm) ? $"机构为「{Of(Firm)}」，本工作区为「{Of(firm)}」" : null;
    }
}
