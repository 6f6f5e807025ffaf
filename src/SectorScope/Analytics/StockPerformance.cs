using SectorScope.Workspace;

namespace SectorScope.Analytics;

/// <summary>One security's period return against its market's benchmark, with its rank in that market.</summary>
public sealed record StockPerformance(Security Security, PeriodReturn Return, PeriodReturn Benchmark, int RankInMarket)
{
    public ExcessReturn Excess => new(Return.Pct, Benchmark.Pct);
}

/// <summary>Ranks and selects the month's performers.</summary>
public static class Performance
{
    /// <summary>
    /// Joins returns with their market's benchmark return and ranks them within the market by return,
    /// best first; equal returns share the better rank (competition ranking, pandas method 'min').
    /// </summary>
    public static IReadOnlyList<StockPerformance> Rank(IEnumerable<(Security Security, PeriodReturn Return)> returns, IReadOnlyDictionary<string, PeriodReturn> benchmarkByMarket)
    {
        var result = new List<StockPerformance>();
        foreach (var market in returns.Where(r => benchmarkByMarket.ContainsKey(r.Security.Market)).GroupBy(r => r.Security.Market).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = market.OrderByDescending(r => r.Return.Pct).ThenBy(r => r.Security.Code, StringComparer.Ordinal).ToArray();
            int rank = 0;
            for (int i = 0; i < ordered.Length; i++)
            {
                if (i == 0 || ordered[i].Return.Pct != ordered[i - 1].Return.Pct)
                {
                    rank = i + 1;
                }

                result.Add(new StockPerformance(ordered[i].Security, ordered[i].Return, benchmarkByMarket[market.Key], rank));
            }
        }

        return result;
    }

    /// <summary>The best <paramref name="count"/> of each market, in rank order.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<StockPerformance>> TopPerMarket(IReadOnlyList<StockPerformance> ranked, int count) =>
        ranked.GroupBy(p => p.Security.Market).OrderBy(g => g.Key, StringComparer.Ordinal)
              .ToDictionary(g => g.Key, g => (IReadOnlyList<StockPerformance>)[.. g.OrderBy(p => p.RankInMarket).ThenBy(p => p.Security.Code, StringComparer.Ordinal).Take(count)], StringComparer.Ordinal);

    /// <summary>The best <paramref name="count"/> risers across all markets, best first; a stock that did not rise is never one.</summary>
    public static IReadOnlyList<StockPerformance> TopGainers(IReadOnlyList<StockPerformance> ranked, int count) =>
        [.. ranked.Where(p => p.Return.Pct > 0).OrderByDescending(p => p.Return.Pct).ThenBy(p => p.Security.Code, StringComparer.Ordinal).Take(count)];

    /// <summary>Every security that fell, worst first.</summary>
    public static IReadOnlyList<StockPerformance> Decliners(IReadOnlyList<StockPerformance> ranked) =>
        [.. ranked.Where(p => p.Return.Pct < 0).OrderBy(p => p.Return.Pct).ThenBy(p => p.Security.Code, StringComparer.Ordinal)];
}
