using SectorScope.Workspace;

namespace SectorScope.Analytics;

/// <summary>A close of one instrument on one day, with the input line it came from.</summary>
public sealed record ClosePoint(DateOnly Date, double Close, SourceRef Source, double? MarketCapMn = null);

/// <summary>
/// Month-end closes: for each market, the last trading day of every month (a market's trading days
/// are the dates on which any of its instruments has a close), and each instrument's close on those days.
/// </summary>
public sealed class MonthEndPanel
{
    private readonly Dictionary<string, DateOnly[]> _monthEnds;
    private readonly Dictionary<string, Dictionary<DateOnly, ClosePoint>> _closes;

    public MonthEndPanel(IReadOnlyDictionary<string, IReadOnlyList<DateOnly>> monthEnds, IEnumerable<(string Code, ClosePoint Close)> closes)
    {
        _monthEnds = monthEnds.ToDictionary(kv => kv.Key, kv => kv.Value.Order().ToArray(), StringComparer.Ordinal);
        _closes = new Dictionary<string, Dictionary<DateOnly, ClosePoint>>(StringComparer.Ordinal);
        foreach (var (code, close) in closes)
        {
            if (!_closes.TryGetValue(code, out var byDate))
            {
                _closes[code] = byDate = [];
            }

            // Two files may give the same close of a day (different values are rejected at ingest): the first given stands.
            byDate.TryAdd(close.Date, close);
        }
    }

    private MonthEndPanel(MonthEndPanel other)
    {
        _monthEnds = other._monthEnds;
        _closes = new Dictionary<string, Dictionary<DateOnly, ClosePoint>>(other._closes, StringComparer.Ordinal);
    }

    /// <summary>This panel with <paramref name="code"/>'s closes replaced by <paramref name="closes"/> (a computed index's levels).</summary>
    public MonthEndPanel With(string code, IEnumerable<ClosePoint> closes)
    {
        var copy = new MonthEndPanel(this);
        copy._closes[code] = closes.DistinctBy(c => c.Date).ToDictionary(c => c.Date);
        return copy;
    }

    /// <summary>The market's last trading day on or before <paramref name="date"/>, among month ends.</summary>
    public DateOnly? LastTradingDay(string market, DateOnly date)
    {
        if (!_monthEnds.TryGetValue(market, out var days))
        {
            return null;
        }

        int i = Array.BinarySearch(days, date);
        if (i >= 0)
        {
            return days[i];
        }

        i = ~i - 1;
        return i >= 0 ? days[i] : null;
    }

    public ClosePoint? CloseOn(string code, DateOnly date) =>
        _closes.TryGetValue(code, out var byDate) && byDate.TryGetValue(date, out var c) ? c : null;

    /// <summary>Each market's month ends, oldest first.</summary>
    public IEnumerable<(string Market, IReadOnlyList<DateOnly> Days)> MonthEndsByMarket => _monthEnds.Select(kv => (kv.Key, (IReadOnlyList<DateOnly>)kv.Value));

    /// <summary>Every close held, code by code in the order first given: given back to the constructor, they make the same panel.</summary>
    public IEnumerable<(string Code, ClosePoint Close)> Closes => _closes.SelectMany(kv => kv.Value.Values.Select(c => (kv.Key, c)));
}

/// <summary>An FX rate as used: one unit of <c>From</c> in <c>To</c>, and where it came from.</summary>
public sealed record FxQuote(string From, string To, DateOnly Date, double Rate, SourceRef Source, bool Inverted)
{
    public static FxQuote Identity(string currency, DateOnly date) => new(currency, currency, date, 1.0, new SourceRef("", 0), false);
}
