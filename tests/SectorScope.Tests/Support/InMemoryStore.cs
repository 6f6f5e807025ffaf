using SectorScope.Analytics;
using SectorScope.Store;
using SectorScope.Workspace;

namespace SectorScope.Tests.Support;

/// <summary>
/// The report's stores over rows held in memory: the seam that lets the report builder be fed data without a
/// database or a file. It answers by the same rules as the DuckDB store, and <c>StoreContractTests</c> holds
/// both to the same assertions, so a unit test of the builder on these rows says what a real run would do.
/// </summary>
public sealed class InMemoryStore(Universe universe, IReadOnlyList<PriceRow> prices) : IMarketDataStore, IResearchStore
{
    private readonly Dictionary<string, string> _marketOf = universe.Securities.Select(s => (s.Code, s.Market))
        .Concat(universe.Indices.Select(i => (i.Code, i.Market))).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

    public IReadOnlyList<ValuationRow> ValuationRows { get; init; } = [];

    public IReadOnlyList<FxRow> FxRows { get; init; } = [];

    public IReadOnlyList<CoverageRow> CoverageRows { get; init; } = [];

    public IReadOnlyList<ForecastRow> ForecastRows { get; init; } = [];

    public IReadOnlyList<SeriesRow> SeriesRows { get; init; } = [];

    public IReadOnlyList<NewsItem> NewsRows { get; init; } = [];

    public IReadOnlyDictionary<string, string> Decoded { get; init; } = new Dictionary<string, string>();

    /// <summary>Closes of one date ordered as the contract breaks ties: by file (ordinal), then line.</summary>
    private IEnumerable<PriceRow> InSourceOrder(IEnumerable<PriceRow> rows) =>
        rows.OrderBy(p => p.Source.File, StringComparer.Ordinal).ThenBy(p => p.Source.Line);

    private static ClosePoint Point(PriceRow p) => new(p.Date, p.Close, p.Source, p.MarketCapMn);

    public MonthEndPanel MonthEnds(ReportPeriod from, ReportPeriod to)
    {
        var start = from.Previous.Start.AddMonths(-1);
        var end = to.End;
        var priced = prices.Where(p => _marketOf.ContainsKey(p.Code)).ToArray();
        var ends = priced.GroupBy(p => (Market: _marketOf[p.Code], p.Date.Year, p.Date.Month))
            .Select(g => (g.Key.Market, Date: g.Max(p => p.Date)))
            .Where(e => e.Date >= start && e.Date <= end)
            .ToArray();
        var endSet = ends.ToHashSet();
        // The panel keeps the last close given per (code, date): feed them in source order, as the DuckDB store does.
        var closes = InSourceOrder(priced.Where(p => endSet.Contains((_marketOf[p.Code], p.Date))))
            .OrderBy(p => _marketOf[p.Code], StringComparer.Ordinal).ThenBy(p => p.Date).ThenBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => (p.Code, Point(p)));
        var byMarket = ends.GroupBy(e => e.Market, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<DateOnly>)[.. g.Select(e => e.Date).Order()], StringComparer.Ordinal);
        return new MonthEndPanel(byMarket, closes);
    }

    public IReadOnlyList<ClosePoint> DailyCloses(string code, DateOnly from, DateOnly to) =>
        [.. InSourceOrder(prices.Where(p => p.Code == code && p.Date >= from && p.Date <= to))
            .GroupBy(p => p.Date).Select(g => Point(g.First())).OrderBy(c => c.Date)];

    public IReadOnlyDictionary<string, ClosePoint> LastCloses(IReadOnlyCollection<string> codes, DateOnly date)
    {
        var wanted = codes.ToHashSet(StringComparer.Ordinal);
        return InSourceOrder(prices.Where(p => wanted.Contains(p.Code) && p.Date <= date))
            .GroupBy(p => p.Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Point(g.OrderByDescending(p => p.Date).First()), StringComparer.Ordinal);
    }

    public FxQuote? Fx(string from, string to, DateOnly date)
    {
        if (from == to)
        {
            return FxQuote.Identity(from, date);
        }

        // OrderByDescending is stable: on one date the direct quote, listed first, wins.
        var quotes = FxRows.Where(f => f.Date <= date && f.From == from && f.To == to).Select(f => (f, Direct: true))
            .Concat(FxRows.Where(f => f.Date <= date && f.From == to && f.To == from).Select(f => (f, Direct: false)))
            .OrderByDescending(q => q.f.Date);
        return quotes.Select(q => q.Direct
            ? new FxQuote(from, to, q.f.Date, q.f.Rate, q.f.Source, false)
            : new FxQuote(from, to, q.f.Date, 1.0 / q.f.Rate, q.f.Source, true)).FirstOrDefault();
    }

    public IReadOnlyList<ValuationRow> Valuations(string code) => [.. ValuationRows.Where(v => v.Code == code).OrderBy(v => v.Date)];

    public IReadOnlyList<CoverageRow> Coverage() => [.. CoverageRows.OrderBy(c => c.Source.Line)];

    public IReadOnlyList<ForecastRow> Forecasts() => [.. ForecastRows.OrderBy(f => f.Code, StringComparer.Ordinal).ThenBy(f => f.Year)];

    public IReadOnlyList<SeriesRow> Series() => [.. SeriesRows.OrderBy(s => s.Series, StringComparer.Ordinal).ThenBy(s => s.Date)];

    public IReadOnlyList<NewsItem> News() =>
        [.. NewsRows.OrderBy(n => n.Date).ThenBy(n => n.Origin.File, StringComparer.Ordinal).ThenBy(n => n.Origin.Line)];

    public IReadOnlyDictionary<string, string> DecodedFiles() => Decoded;

    /// <summary>The rows of a workspace's files, parsed as the ingest parses them, held in memory.</summary>
    public static InMemoryStore Read(WorkspaceInputs inputs)
    {
        var diagnostics = new DiagnosticBag();
        var prices = new List<PriceRow>();
        List<ValuationRow> valuations = [];
        List<FxRow> fx = [];
        List<CoverageRow> coverage = [];
        List<ForecastRow> forecasts = [];
        List<SeriesRow> series = [];
        var news = new List<NewsItem>();
        var decoded = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in inputs.Files.Select(f => f.File))
        {
            var path = file.RelativePath;
            string Text() => WorkspaceReader.ReadText(file, inputs.Root, diagnostics) ?? "";
            switch (file.Kind)
            {
                case InputKind.Prices:
                    prices.AddRange(InputParsers.Prices(path, Text(), inputs.Universe, diagnostics));
                    break;
                case InputKind.Valuations:
                    valuations = [.. InputParsers.Valuations(path, Text(), inputs.Universe, diagnostics)];
                    break;
                case InputKind.Fx:
                    fx = [.. InputParsers.Fx(path, Text(), diagnostics)];
                    break;
                case InputKind.Coverage:
                    coverage = [.. InputParsers.Coverage(path, Text(), inputs.Universe, inputs.Settings.RatingScale, diagnostics)];
                    break;
                case InputKind.Forecasts:
                    forecasts = [.. InputParsers.Forecasts(path, Text(), inputs.Universe, diagnostics)];
                    break;
                case InputKind.Series:
                    series = [.. InputParsers.Series(path, Text(), diagnostics)];
                    break;
                case InputKind.News:
                    var (items, encoding) = InputParsers.NewsFile(path, File.ReadAllBytes(file.FullPath(inputs.Root)), inputs.Universe, diagnostics);
                    news.AddRange(items);
                    if (encoding is { } e && e != InputText.Utf8)
                    {
                        decoded[path] = e;
                    }

                    break;
            }
        }

        return diagnostics.HasErrors
            ? throw new Xunit.Sdk.XunitException(Rejection.Of(diagnostics).ToString())
            : new InMemoryStore(inputs.Universe, prices)
            {
                ValuationRows = valuations,
                FxRows = fx,
                CoverageRows = coverage,
                ForecastRows = forecasts,
                SeriesRows = series,
                NewsRows = news,
                Decoded = decoded,
            };
    }
}
