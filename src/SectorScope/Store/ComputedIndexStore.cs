using SectorScope.Analytics;
using SectorScope.Workspace;

namespace SectorScope.Store;

/// <summary>
/// The market data with a computed sector index among them: its levels, computed from the members' closes in the
/// store (<see cref="ComputedIndex"/>), are answered for its code like any index's closes, so every part of the report
/// that reads an index (headline, excess returns, figures, staleness) reads it the same way. Everything else is the
/// inner store's.
/// </summary>
public sealed class ComputedIndexStore : IMarketDataStore
{
    private static readonly DateOnly Earliest = new(1900, 1, 1);
    private static readonly DateOnly Latest = new(2100, 12, 31);
    private readonly IMarketDataStore _inner;
    private readonly string _code;

    private ComputedIndexStore(IMarketDataStore inner, string code, IReadOnlyList<ClosePoint> levels)
    {
        _inner = inner;
        _code = code;
        Levels = levels;
    }

    /// <summary>The index on every date any member has a close, oldest first; empty when no member has one.</summary>
    public IReadOnlyList<ClosePoint> Levels { get; }

    /// <summary>Computes the index of <paramref name="settings"/> from every close of its members in <paramref name="inner"/>.</summary>
    public static ComputedIndexStore Over(IMarketDataStore inner, ComputedIndexSettings settings, Universe universe)
    {
        var members = settings.Resolve(universe).Select(s => new IndexMember(s.Code, inner.DailyCloses(s.Code, Earliest, Latest), s.SharesMn)).ToArray();
        return new ComputedIndexStore(inner, settings.Code, ComputedIndex.Compute(members, settings.Weights, settings.Base));
    }

    public MonthEndPanel MonthEnds(ReportPeriod from, ReportPeriod to) => _inner.MonthEnds(from, to).With(_code, Levels);

    public IReadOnlyList<ClosePoint> DailyCloses(string code, DateOnly from, DateOnly to) =>
        code == _code ? [.. Levels.Where(c => c.Date >= from && c.Date <= to)] : _inner.DailyCloses(code, from, to);

    public IReadOnlyDictionary<string, ClosePoint> LastCloses(IReadOnlyCollection<string> codes, DateOnly date)
    {
        var closes = _inner.LastCloses([.. codes.Where(c => c != _code)], date).ToDictionary(StringComparer.Ordinal);
        if (codes.Contains(_code) && Levels.LastOrDefault(c => c.Date <= date) is { } last)
        {
            closes[_code] = last;
        }

        return closes;
    }

    public FxQuote? Fx(string from, string to, DateOnly date) => _inner.Fx(from, to, date);

    public IReadOnlyList<ValuationRow> Valuations(string code) => _inner.Valuations(code);
}
