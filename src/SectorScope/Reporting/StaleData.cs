using System.Globalization;
using SectorScope.Analytics;
using SectorScope.Store;
using SectorScope.Workspace;

namespace SectorScope.Reporting;

/// <summary>
/// Nothing stale in print: every index the report needs (headline, comparison, each market's benchmark, the valuation
/// index) must have a close, and the valuation index a PE, within <see cref="WorkspaceSettings.StaleAfterDays"/> before
/// the as-of date; otherwise the run stops naming the file and its last date. A security whose last close is older is
/// left out of the returns and the forecast table with that reason (<see cref="Reason"/>).
/// </summary>
public static class StaleData
{
    public static void CheckIndices(WorkspaceInputs inputs, IMarketDataStore market, ReportRequest request, IReadOnlyList<ValuationRow> valuations, DiagnosticBag diagnostics)
    {
        var s = inputs.Settings;
        var needed = new List<(string Code, string Role)> { (s.HeadlineIndex, "行业指数") };
        if (s.ComparisonIndex is { } comparison)
        {
            needed.Add((comparison, "对比指数"));
        }

        needed.AddRange(s.Markets.Select(m => (m.Benchmark, $"{m.Market} 市场基准")));
        if (s.Valuation is { } v)
        {
            needed.Add((v.Index, "估值指数"));
        }

        var roles = needed.Where(n => inputs.Universe.Index(n.Code) is not null).GroupBy(n => n.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join("、", g.Select(n => n.Role).Distinct(StringComparer.Ordinal)), StringComparer.Ordinal);
        var last = market.LastCloses(roles.Keys, request.AsOf);
        foreach (var (code, role) in roles.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (!last.TryGetValue(code, out var close))
            {
                diagnostics.Add("prices", 0, "close", $"{role} {code} 在截止日 {InputDates.Format(request.AsOf)} 之前没有收盘价");
            }
            else if (Reason(close.Date, request.AsOf, s.StaleAfterDays) is { } why)
            {
                diagnostics.Add(close.Source.File, close.Source.Line, "close", $"{role} {code} 已过期：{why}");
            }
        }

        if (s.Valuation is { } valuation)
        {
            var latest = valuations.Where(r => r.Code == valuation.Index && r.Date <= request.AsOf).MaxBy(r => r.Date);
            // None at all: the valuation section is left out and check says why (ReportNotices.NoValuations), rather than printing an old value.
            if (latest is not null && Reason(latest.Date, request.AsOf, s.StaleAfterDays) is { } why)
            {
                diagnostics.Add(latest.Source.File, latest.Source.Line, "pe_ttm", $"估值指数 {valuation.Index} 的估值已过期：{why.Replace("收盘价", "估值", StringComparison.Ordinal)}");
            }
        }
    }

    /// <summary>Why a last close of <paramref name="last"/> is too old for <paramref name="asOf"/>, or null when it is recent enough.</summary>
    public static string? Reason(DateOnly last, DateOnly asOf, int staleAfterDays)
    {
        var days = asOf.DayNumber - last.DayNumber;
        return days > staleAfterDays
            ? string.Create(CultureInfo.InvariantCulture,
                $"最后收盘价在 {InputDates.Format(last)}，比截止日 {InputDates.Format(asOf)} 早 {days} 天（stale_after_days 为 {staleAfterDays}）")
            : null;
    }

    /// <summary>The securities whose last close before the as-of date is stale, with its date (null: none at all).</summary>
    public static IReadOnlyDictionary<string, DateOnly?> Securities(Universe universe, IReadOnlyDictionary<string, ClosePoint> lastCloses, ReportRequest request, int staleAfterDays)
    {
        var stale = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
        foreach (var security in universe.Securities)
        {
            var last = lastCloses.GetValueOrDefault(security.Code)?.Date;
            if (last is null || Reason(last.Value, request.AsOf, staleAfterDays) is not null)
            {
                stale[security.Code] = last;
            }
        }

        return stale;
    }
}
