using System.Text.Json;
using SectorScope.Analytics;
using SectorScope.Store;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Store;

/// <summary>
/// The rules every implementation of <see cref="IMarketDataStore"/> and <see cref="IResearchStore"/> keeps, asserted
/// alike on the DuckDB store and on the in-memory one, over the small test workspace with an identical close given
/// twice (in two files and twice in one file), a close older than the recent-weeks window, and FX quoted both ways.
/// </summary>
public abstract class StoreContractTests : IDisposable
{
    private readonly TestWorkspace _ws = new();
    private readonly (IMarketDataStore Market, IResearchStore Research, IDisposable? Owner) _store;

    protected StoreContractTests()
    {
        // "a-extra" sorts before "hk": its identical close of 0001.HK on 2024-02-29 is the one every query names.
        _ws.Write("prices/a-extra.csv", "date,code,close\n2024-02-29,0001.HK,11\n2023-06-30,0002.HK,25\n2024-02-29,0001.HK,11");
        _ws.Append("fx.csv", "2024-03-01,CNY,HKD,1.09");
        _ws.Append("fx.csv", "2024-02-15,USD,HKD,7.8");
        _store = Open(WorkspaceReader.Open(_ws.Root).Value);
    }

    private IMarketDataStore Market => _store.Market;

    private IResearchStore Research => _store.Research;

    protected abstract (IMarketDataStore Market, IResearchStore Research, IDisposable? Owner) Open(WorkspaceInputs inputs);

    [Fact]
    public void Month_ends_are_each_markets_last_priced_day_of_the_month_within_the_window()
    {
        var feb = new ReportPeriod(2024, 2);
        var panel = Market.MonthEnds(feb, feb);
        Assert.Equal(new DateOnly(2024, 2, 29), panel.LastTradingDay("HK", new DateOnly(2024, 3, 31)));
        Assert.Equal(new DateOnly(2024, 2, 28), panel.LastTradingDay("US", new DateOnly(2024, 2, 29)));
        Assert.Equal(new DateOnly(2024, 1, 31), panel.LastTradingDay("US", new DateOnly(2024, 2, 27)));
        // The window starts in December 2023: June's close lies before it.
        Assert.Null(panel.LastTradingDay("HK", new DateOnly(2023, 12, 31)));
        Assert.Null(panel.LastTradingDay("JP", new DateOnly(2024, 2, 29)));

        var close = panel.CloseOn("0001.HK", new DateOnly(2024, 2, 29))!;
        Assert.Equal((11.0, "prices/a-extra.csv:2"), (close.Close, close.Source.ToString()));
        Assert.Equal(98, panel.CloseOn("HKI", new DateOnly(2024, 2, 29))!.Close);
        Assert.Null(panel.CloseOn("AAA.US", new DateOnly(2024, 2, 29)));

        var march = Market.MonthEnds(feb, new ReportPeriod(2024, 3));
        Assert.Equal(new DateOnly(2024, 3, 1), march.LastTradingDay("HK", new DateOnly(2024, 3, 31)));
        Assert.Equal(11.5, march.CloseOn("0001.HK", new DateOnly(2024, 3, 1))!.Close);
    }

    [Fact]
    public void Daily_closes_are_one_a_day_oldest_first_from_the_first_file_and_line()
    {
        var closes = Market.DailyCloses("0001.HK", new DateOnly(2024, 2, 1), new DateOnly(2024, 3, 1));
        Assert.Equal([("2024-02-29", 11.0, "prices/a-extra.csv:2"), ("2024-03-01", 11.5, "prices/hk.csv:8")],
            closes.Select(c => (InputDates.Format(c.Date), c.Close, c.Source.ToString())));
        Assert.Empty(Market.DailyCloses("0001.HK", new DateOnly(2024, 3, 2), new DateOnly(2024, 12, 31)));
        Assert.Empty(Market.DailyCloses("NOPE", DateOnly.MinValue, DateOnly.MaxValue));
    }

    [Fact]
    public void Last_closes_are_each_codes_own_latest_on_or_before_the_date_however_old()
    {
        var last = Market.LastCloses(["0001.HK", "AAA.US", "0002.HK", "NOPE"], new DateOnly(2024, 2, 29));
        Assert.Equal(["0001.HK", "0002.HK", "AAA.US"], last.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(("2024-02-29", "prices/a-extra.csv:2"), (InputDates.Format(last["0001.HK"].Date), last["0001.HK"].Source.ToString()));
        Assert.Equal(("2024-02-28", 5.5), (InputDates.Format(last["AAA.US"].Date), last["AAA.US"].Close));

        var old = Market.LastCloses(["0002.HK"], new DateOnly(2023, 12, 31));
        Assert.Equal(("2023-06-30", 25.0), (InputDates.Format(old["0002.HK"].Date), old["0002.HK"].Close));
        Assert.Empty(Market.LastCloses([], new DateOnly(2024, 2, 29)));
    }

    [Fact]
    public void Fx_takes_the_last_rate_the_direct_quote_first_and_inverts_the_opposite_one()
    {
        var day = new DateOnly(2024, 3, 1);
        Assert.Equal((0.92, false, "fx.csv:2"), Quote(Market.Fx("HKD", "CNY", day)));
        Assert.Equal((1.09, false, "fx.csv:3"), Quote(Market.Fx("CNY", "HKD", day)));
        Assert.Equal((1 / 7.8, true, "fx.csv:4"), Quote(Market.Fx("HKD", "USD", day)));
        Assert.Null(Market.Fx("HKD", "CNY", new DateOnly(2024, 2, 29)));
        Assert.Null(Market.Fx("HKD", "JPY", day));
        Assert.Equal((1.0, false, ":0"), Quote(Market.Fx("USD", "USD", day)));

        static (double, bool, string) Quote(FxQuote? q) => (q!.Rate, q.Inverted, q.Source.ToString());
    }

    [Fact]
    public void Valuations_are_one_indexs_history_oldest_first()
    {
        Assert.Equal([("2024-01-31", 10.0, 2), ("2024-02-29", 9.0, 3), ("2024-03-01", 9.5, 4)],
            Market.Valuations("HKI").Select(v => (InputDates.Format(v.Date), v.PeTtm, v.Source.Line)));
        Assert.Empty(Market.Valuations("USI"));
    }

    [Fact]
    public void Research_rows_come_back_in_their_documented_order()
    {
        Assert.Equal(("0001.HK", "买入", 2), Research.Coverage().Select(c => (c.Code, c.Rating, c.Source.Line)).Single());
        Assert.Equal([(2024, (double?)1.2), (2025, -1)], Research.Forecasts().Select(f => (f.Year, f.Eps)));
        Assert.Empty(Research.Series());
        var news = Assert.Single(Research.News());
        Assert.Equal(("甲公司发布新游戏", "news/2024-02.jsonl:1", "0001.HK"), (news.Title, news.Origin.ToString(), news.Companies.Single()));
        Assert.Empty(Research.DecodedFiles());
    }

    public void Dispose()
    {
        _store.Owner?.Dispose();
        _ws.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class DuckDbStoreContractTests : StoreContractTests
{
    protected override (IMarketDataStore, IResearchStore, IDisposable?) Open(WorkspaceInputs inputs)
    {
        var store = StoreIngester.Ingest(inputs).Value.Store;
        return (store, store, store);
    }
}

public sealed class InMemoryStoreContractTests : StoreContractTests
{
    protected override (IMarketDataStore, IResearchStore, IDisposable?) Open(WorkspaceInputs inputs)
    {
        var store = InMemoryStore.Read(inputs);
        return (store, store, null);
    }
}

/// <summary>On the demo workspace the two stores give the same answer to every query a report makes, row for row.</summary>
public sealed class StoresAgreeOnTheDemoTests
{
    [Fact]
    public void DuckDb_and_in_memory_answer_every_query_alike()
    {
        using var demo = new DemoCopy();
        var inputs = WorkspaceReader.Open(demo.Root).Value;
        using var duck = StoreIngester.Ingest(inputs).Value.Store;
        var memory = InMemoryStore.Read(inputs);
        var universe = inputs.Universe;
        string[] codes = [.. universe.Securities.Select(s => s.Code), .. universe.Indices.Select(i => i.Code)];
        var asOf = inputs.Settings.AsOf!.Value;

        foreach (var store in new (IMarketDataStore Market, IResearchStore Research)[] { (duck, duck), (memory, memory) })
        {
            Assert.NotEmpty(store.Market.DailyCloses(codes[0], DateOnly.MinValue, asOf));
        }

        Assert.Equal(Json(Sorted(duck.LastCloses(codes, asOf))), Json(Sorted(memory.LastCloses(codes, asOf))));
        foreach (var code in codes)
        {
            Assert.Equal(Json(duck.DailyCloses(code, asOf.AddYears(-2), asOf)), Json(memory.DailyCloses(code, asOf.AddYears(-2), asOf)));
            Assert.Equal(Json(duck.Valuations(code)), Json(memory.Valuations(code)));
        }

        var currencies = universe.Securities.Select(s => s.Currency).Append("CNY").Distinct(StringComparer.Ordinal).ToArray();
        foreach (var (from, to) in currencies.SelectMany(f => currencies.Select(t => (f, t))))
        {
            Assert.Equal(Json(duck.Fx(from, to, asOf)), Json(memory.Fx(from, to, asOf)));
        }

        var period = inputs.Settings.Period!.Value;
        var first = period.AddMonths(-23);
        var (d, m) = (duck.MonthEnds(first, period), memory.MonthEnds(first, period));
        for (var month = first.Previous.Previous; month <= period; month = month.Next)
        {
            foreach (var market in inputs.Settings.Markets.Select(x => x.Market))
            {
                var day = d.LastTradingDay(market, month.End);
                Assert.Equal(day, m.LastTradingDay(market, month.End));
                Assert.All(codes, c => Assert.Equal(Json(day is { } x ? d.CloseOn(c, x) : null), Json(day is { } y ? m.CloseOn(c, y) : null)));
            }
        }

        Assert.Equal(Json(duck.Coverage()), Json(memory.Coverage()));
        Assert.Equal(Json(duck.Forecasts()), Json(memory.Forecasts()));
        Assert.Equal(Json(duck.Series()), Json(memory.Series()));
        Assert.Equal(Json(duck.News()), Json(memory.News()));
        Assert.Equal(Json(Sorted(duck.DecodedFiles())), Json(Sorted(memory.DecodedFiles())));
        Assert.NotEmpty(memory.DecodedFiles());
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    private static KeyValuePair<string, T>[] Sorted<T>(IReadOnlyDictionary<string, T> map) => [.. map.OrderBy(p => p.Key, StringComparer.Ordinal)];
}
