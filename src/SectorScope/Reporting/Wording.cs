using SectorScope.Analytics;
using SectorScope.Reporting.Model;

namespace SectorScope.Reporting;

/// <summary>Chinese wording shared by the composed sentences.</summary>
internal static class Wording
{
    public static string MarketLabel(string market) => market switch
    {
        "HK" => "港股",
        "US" => "美股",
        "CN" => "A股",
        _ => market,
    };

    /// <summary>上涨 3.2% / 下跌 3.2%: the direction in words and the size without a sign.</summary>
    public static string Move(double pct) =>
        DisplayFormat.Round(pct, DisplayFormat.ReturnDecimals) >= 0 ? $"上涨{DisplayFormat.PercentAbs(pct)}" : $"下跌{DisplayFormat.PercentAbs(pct)}";

    /// <summary>A series' change in words, by its display value: 增长6.7% / 下降13.8%.</summary>
    public static string Change(double pct) =>
        DisplayFormat.Round(pct, DisplayFormat.ReturnDecimals) >= 0 ? $"增长{DisplayFormat.PercentAbs(pct)}" : $"下降{DisplayFormat.PercentAbs(pct)}";

    /// <summary>跑赢 20.0pct / 跑输 0.1pct.</summary>
    public static string Excess(ExcessReturn excess) =>
        (excess.Outperformed(DisplayFormat.PctDecimals) ? "跑赢" : "跑输") + DisplayFormat.PctAbs(excess.Pct);

    public static string List(IEnumerable<string> items) => string.Join("、", items);

    public static Quantity ReturnQuantity(PeriodReturn r, string market) => new(
        r.Pct,
        QuantityKind.ReturnPct,
        DisplayFormat.Percent(r.Pct),
        new Provenance(
            $"close({DisplayFormat.Date(r.End.Date)}) / close({DisplayFormat.Date(r.Start.Date)}) − 1, on {market} trading days",
            [r.End.Source.ToString(), r.Start.Source.ToString()],
            DisplayFormat.Date(r.End.Date)));

    public static Quantity ExcessQuantity(StockPerformance p) => new(
        p.Excess.Pct,
        QuantityKind.ExcessPct,
        DisplayFormat.Pct(p.Excess.Pct),
        new Provenance(
            $"return({p.Security.Code}) − return({p.Benchmark.Code}), unrounded, in percentage points",
            [p.Return.End.Source.ToString(), p.Return.Start.Source.ToString(), p.Benchmark.End.Source.ToString(), p.Benchmark.Start.Source.ToString()],
            DisplayFormat.Date(p.Return.End.Date)));
}
