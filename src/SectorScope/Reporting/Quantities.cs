using SectorScope.Analytics;
using SectorScope.Reporting.Model;
using SectorScope.Reporting.Wordings;

namespace SectorScope.Reporting;

/// <summary>Returns and excess returns as the report shows them, with their provenance.</summary>
internal static class Quantities
{
    public static Quantity Return(PeriodReturn r, string market) => new(
        r.Pct,
        QuantityKind.ReturnPct,
        DisplayFormat.Percent(r.Pct),
        new Provenance(
            $"close({DisplayFormat.Date(r.End.Date)}) / close({DisplayFormat.Date(r.Start.Date)}) − 1, on {market} trading days",
            [r.End.Source.ToString(), r.Start.Source.ToString()],
            DisplayFormat.Date(r.End.Date)));

    public static Quantity Excess(StockPerformance p, Wording wording) => new(
        p.Excess.Pct,
        QuantityKind.ExcessPct,
        wording.Points(p.Excess.Pct),
        new Provenance(
            $"return({p.Security.Code}) − return({p.Benchmark.Code}), unrounded, in percentage points",
            [p.Return.End.Source.ToString(), p.Return.Start.Source.ToString(), p.Benchmark.End.Source.ToString(), p.Benchmark.Start.Source.ToString()],
            DisplayFormat.Date(p.Return.End.Date)));
}
