using BenchmarkDotNet.Attributes;
using SectorScope.Analytics;
using SectorScope.Workspace;

namespace SectorScope.Benchmarks;

/// <summary>The analytics kernels of a report over universes of growing size (the store's queries are timed end to end by bench/compare.sh).</summary>
[MemoryDiagnoser]
public class AnalyticsKernels
{
    private SyntheticMarket _market = null!;

    [Params(500, 5_000, 10_000)]
    public int Securities { get; set; }

    [GlobalSetup]
    public void Setup() => _market = new SyntheticMarket(Securities);

    /// <summary>The month's return of every security from the month-end panel.</summary>
    [Benchmark]
    public int PeriodReturns()
    {
        int n = 0;
        foreach (var s in _market.Securities)
        {
            n += Analytics.PeriodReturns.Compute(_market.Panel, s.Code, s.Market, SyntheticMarket.Period).Return is null ? 0 : 1;
        }

        return n;
    }

    /// <summary>Excess return against the market's benchmark and rank within the market.</summary>
    [Benchmark]
    public int ExcessAndRank() => Performance.Rank(_market.Returns, _market.Benchmarks).Count(p => p.Excess.Outperformed(1));

    /// <summary>The valuation percentile (inc) of the last observation among all of them.</summary>
    [Benchmark]
    public double? Percentile() => ValuationPercentile.Compute(_market.PeTtm, _market.PeTtm[^1], PercentileMethod.Inc);

    /// <summary>YoY and MoM of monthly series.</summary>
    [Benchmark]
    public int YearOnYear() => SeriesChanges.Compute(_market.Series).Count(p => p.YoyPct is not null);
}
