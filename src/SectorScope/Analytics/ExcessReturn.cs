namespace SectorScope.Analytics;

/// <summary>
/// Excess return in percentage points: unrounded stock return − unrounded benchmark return. Rounding
/// happens once, at display, on the difference (16.7% vs −3.2% → 20.0pct).
/// </summary>
public readonly record struct ExcessReturn(double StockPct, double BenchmarkPct)
{
    public double Pct => StockPct - BenchmarkPct;

    /// <summary>
    /// True when the stock did at least as well as its benchmark at the shown precision: 跑赢 for a
    /// displayed value ≥ 0, otherwise 跑输 with the absolute value (−0.1pct reads 跑输 0.1pct). Judging the
    /// displayed value avoids printing "跑输 0.0pct".
    /// </summary>
    public bool Outperformed(int decimals) => Math.Round(Pct, decimals, MidpointRounding.AwayFromZero) >= 0;
}
