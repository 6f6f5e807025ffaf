using SectorScope.Analytics;
using SectorScope.Workspace;

namespace SectorScope.Benchmarks;

/// <summary>A seeded universe of securities over two markets with month-end closes for 13 months, as the report reads them.</summary>
internal sealed class SyntheticMarket
{
    public static readonly ReportPeriod Period = new(2024, 11);

    public SyntheticMarket(int securities)
    {
        var rng = new Random(20241130);
        var markets = new[] { "HK", "US" };
        var ends = markets.ToDictionary(m => m, m => (IReadOnlyList<DateOnly>)[.. Enumerable.Range(0, 14).Select(k => Period.AddMonths(k - 13).End.AddDays(m == "HK" ? -1 : 0))]);
        var closes = new List<(string, ClosePoint)>();
        Securities = [.. Enumerable.Range(0, securities).Select(i => new Security($"S{i:D5}.{markets[i % 2]}", $"公司{i}", markets[i % 2], "HKD", "电商", null, null))];
        var instruments = Securities.Select(s => (s.Code, s.Market)).Concat(markets.Select(m => ($"IDX-{m}", m)));
        foreach (var (code, market) in instruments)
        {
            double close = 10 + (rng.NextDouble() * 90);
            foreach (var day in ends[market])
            {
                close *= 1 + (0.1 * (rng.NextDouble() - 0.5));
                closes.Add((code, new ClosePoint(day, close, new SourceRef("prices/x.csv", closes.Count + 2))));
            }
        }

        Panel = new MonthEndPanel(ends, closes);
        Benchmarks = markets.ToDictionary(m => m, m => PeriodReturns.Compute(Panel, $"IDX-{m}", m, Period).Return!, StringComparer.Ordinal);
        Returns = [.. Securities.Select(s => (s, PeriodReturns.Compute(Panel, s.Code, s.Market, Period).Return!))];
        PeTtm = [.. Enumerable.Range(0, securities).Select(_ => Math.Round(10 + (rng.NextDouble() * 40), 2))];
        Series = [.. Enumerable.Range(0, securities).Select(i => new SeriesRow(new DateOnly(2000, 1, 31).AddMonths(i % 300), $"series{i / 300}", 100 + (rng.NextDouble() * 10), null, new SourceRef("series.csv", i + 2)))];
    }

    public IReadOnlyList<Security> Securities { get; }

    public MonthEndPanel Panel { get; }

    public IReadOnlyDictionary<string, PeriodReturn> Benchmarks { get; }

    public IReadOnlyList<(Security, PeriodReturn)> Returns { get; }

    public double[] PeTtm { get; }

    public IReadOnlyList<SeriesRow> Series { get; }
}
