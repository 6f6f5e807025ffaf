using SectorScope.Workspace;

namespace SectorScope.Reporting;

public sealed partial class ReportBuilder
{
    /// <summary>
    /// What the history keeps of this report: header facts and, for every company of the forecast table,
    /// rating, target price and all its EPS forecasts (not only the years shown), so a later report can
    /// compare any year it shows.
    /// </summary>
    public static HistoryEntry Snapshot(ReportData data) => new ReportBuilder(data).Snapshot();

    private HistoryEntry Snapshot()
    {
        var covered = _data.Coverage.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var companies = TableCodes.Select(code =>
        {
            var security = Universe.Security(code)!;
            var coverage = covered.GetValueOrDefault(code);
            var eps = _data.Forecasts.Where(f => f.Code == code).OrderBy(f => f.Year).Select(f => new HistoryEps(f.Year, f.Eps, f.Currency)).ToArray();
            return new HistoryCompany(code, security.Name, coverage?.Rating, coverage?.TargetPrice, security.Currency, eps);
        }).OrderBy(c => c.Code, StringComparer.Ordinal).ToArray();
        return new HistoryEntry(Period, _data.Request.AsOf, Settings.Title, Settings.Subtitle, Settings.Sector, Settings.SectorRating, companies, Firm: Settings.Firm is { Length: > 0 } firm ? firm : null);
    }
}
