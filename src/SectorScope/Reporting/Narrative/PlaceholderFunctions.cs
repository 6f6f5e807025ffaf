using System.Globalization;
using SectorScope.Workspace;

namespace SectorScope.Reporting.Narrative;

/// <summary>The outcome of one placeholder: the text it shows, or why it cannot be shown.</summary>
public readonly record struct PlaceholderValue(string? Text, string? Error)
{
    public static PlaceholderValue Of(string text) => new(text, null);

    public static PlaceholderValue Fail(string reason) => new(null, reason);
}

/// <summary>A placeholder function: its name, how many arguments it takes, what it shows.</summary>
public sealed record PlaceholderFunction(string Name, int MinArgs, int MaxArgs, string Usage, string Description, Func<FactBook, IReadOnlyList<string>, PlaceholderValue> Evaluate);

/// <summary>
/// The fixed table of functions a placeholder may call. Each reads one value of the <see cref="FactBook"/>
/// and shows the text the report's tables show for it (<see cref="DisplayFormat"/>); nothing else is reachable.
/// </summary>
public static class PlaceholderFunctions
{
    public static readonly IReadOnlyList<PlaceholderFunction> All =
    [
        new("ret", 1, 1, "ret CODE", "period return: 16.7% / -3.2%", (f, a) => WithReturn(f, a[0], r => r.Return.Display)),
        new("move", 1, 1, "move CODE", "period return in words: 上涨9.2% / 下跌3.2%", (f, a) => WithReturn(f, a[0], r => f.Wording.Move(r.Return.Value!.Value))),
        new("excess", 1, 2, "excess CODE [INDEX]", "excess over the market's benchmark (or INDEX) in words: 跑赢恒生科技指数20.0pct", (f, a) => WithExcess(f, a, e => e.Wording)),
        new("pct", 1, 2, "pct CODE [INDEX]", "signed excess in percentage points: 20.0pct / -0.1pct", (f, a) => WithExcess(f, a, e => e.Pct.Display)),
        new("rank", 1, 1, "rank CODE", "rank by return within the security's market: 1", Rank),
        new("name", 1, 1, "name CODE", "the security's or index's name: 金山软件", (f, a) => f.Universe.Contains(a[0]) ? PlaceholderValue.Of(f.Universe.NameOf(a[0])) : UnknownCode(a[0])),
        new("pe_ttm", 1, 1, "pe_ttm INDEX", "PE-TTM on the valuation date: 20.59x", (f, a) => WithValuation(f, a[0], v => v.PeTtm)),
        new("percentile", 1, 1, "percentile INDEX", "PE-TTM percentile since inception: 8.85%", (f, a) => WithValuation(f, a[0], v => v.Percentile)),
        new("fwd_pe", 2, 2, "fwd_pe CODE YEAR", "forward PE of a forecast year: 15x", (f, a) => WithForecast(f, a, x => x.ForwardPe)),
        new("adj_pe", 2, 2, "adj_pe CODE YEAR", "market cap ÷ adjusted net profit of a forecast year: 16x", (f, a) => WithForecast(f, a, x => x.AdjustedMultiple)),
        new("yoy", 1, 1, "yoy SERIES", "latest YoY change of an industry series in the period: 0.0%", (f, a) => WithSeries(f, a[0], s => s.Yoy)),
        new("mom", 1, 1, "mom SERIES", "latest MoM change of an industry series in the period: -2.1%", (f, a) => WithSeries(f, a[0], s => s.Mom)),
        new("yoy_move", 1, 1, "yoy_move SERIES", "the YoY change in words: 增长6.7% / 下降2.1%", (f, a) => WithSeries(f, a[0], s => s.Yoy, f.Wording.Change)),
        new("mom_move", 1, 1, "mom_move SERIES", "the MoM change in words: 增长6.7% / 下降13.8%", (f, a) => WithSeries(f, a[0], s => s.Mom, f.Wording.Change)),
        new("as_of", 0, 0, "as_of", "the valuation and price date: 2024年12月2日", (f, _) => PlaceholderValue.Of(f.Wording.Date(f.AsOf))),
    ];

    private static readonly Dictionary<string, PlaceholderFunction> ByName = All.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public static PlaceholderValue Evaluate(Placeholder placeholder, FactBook facts)
    {
        if (!ByName.TryGetValue(placeholder.Function, out var function))
        {
            return PlaceholderValue.Fail(ReaderMessages.UnknownFunction(placeholder.Function, All.Select(f => f.Name)));
        }

        var n = placeholder.Arguments.Count;
        if (n < function.MinArgs || n > function.MaxArgs)
        {
            var expected = function.MinArgs == function.MaxArgs ? Count(function.MinArgs) : $"{function.MinArgs}–{function.MaxArgs}";
            return PlaceholderValue.Fail(ReaderMessages.ArgumentCount(function.Name, expected, Count(n), function.Usage));
        }

        return function.Evaluate(facts, placeholder.Arguments);
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static PlaceholderValue UnknownCode(string code) => PlaceholderValue.Fail(ReaderMessages.UnknownCode(code, ReaderMessages.SecuritiesOrIndices));

    private static PlaceholderValue WithReturn(FactBook facts, string code, Func<ReturnFact, string> show)
    {
        if (!facts.Universe.Contains(code))
        {
            return UnknownCode(code);
        }

        return facts.Return(code) is { Return.Value: not null } r ? PlaceholderValue.Of(show(r)) : PlaceholderValue.Fail(ReaderMessages.NoReturn(code, facts.Period.ToString()));
    }

    private static PlaceholderValue WithExcess(FactBook facts, IReadOnlyList<string> args, Func<ExcessFact, string> show)
    {
        var code = args[0];
        if (!facts.Universe.Contains(code))
        {
            return UnknownCode(code);
        }

        if (facts.Universe.IsIndex(code))
        {
            return PlaceholderValue.Fail(ReaderMessages.ExcessOfIndex(code));
        }

        var index = args.Count > 1 ? args[1] : null;
        if (index is not null && !facts.Universe.IsIndex(index))
        {
            return PlaceholderValue.Fail(ReaderMessages.UnknownIndex(index));
        }

        return facts.Excess(code, index) is { } e ? PlaceholderValue.Of(show(e)) : PlaceholderValue.Fail(ReaderMessages.NoExcess(code, facts.Period.ToString()));
    }

    private static PlaceholderValue Rank(FactBook facts, IReadOnlyList<string> args)
    {
        if (!facts.Universe.IsSecurity(args[0]))
        {
            return facts.Universe.IsIndex(args[0]) ? PlaceholderValue.Fail(ReaderMessages.RankOfIndex(args[0])) : UnknownCode(args[0]);
        }

        return facts.Return(args[0]) is { Rank: { } rank } ? PlaceholderValue.Of(DisplayFormat.Integer(rank)) : PlaceholderValue.Fail(ReaderMessages.NotRanked(args[0], facts.Period.ToString()));
    }

    private static PlaceholderValue WithValuation(FactBook facts, string code, Func<ValuationFact, Model.Quantity> pick)
    {
        if (!facts.Universe.IsIndex(code))
        {
            return facts.Universe.IsSecurity(code) ? PlaceholderValue.Fail(ReaderMessages.ValuationOfSecurity(code)) : UnknownCode(code);
        }

        return facts.Valuation(code) is { } v && pick(v) is { Value: not null } q ? PlaceholderValue.Of(q.Display) : PlaceholderValue.Fail(ReaderMessages.NoValuation(code, DisplayFormat.Date(facts.AsOf)));
    }

    private static PlaceholderValue WithForecast(FactBook facts, IReadOnlyList<string> args, Func<ForecastFact, Model.Quantity> pick)
    {
        var code = args[0];
        if (!facts.Universe.IsSecurity(code))
        {
            return facts.Universe.IsIndex(code) ? PlaceholderValue.Fail(ReaderMessages.ForecastOfIndex(code)) : UnknownCode(code);
        }

        var text = args[1].EndsWith('E') ? args[1][..^1] : args[1];
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1900 || year > 2999)
        {
            return PlaceholderValue.Fail(ReaderMessages.NotAYear(args[1]));
        }

        if (facts.Forecast(code, year) is not { } forecast)
        {
            var years = facts.ForecastYears(code).Select(y => y.ToString(CultureInfo.InvariantCulture)).ToArray();
            return PlaceholderValue.Fail(ReaderMessages.NoForecast(code, year, [.. years.Select(y => y.ToString(CultureInfo.InvariantCulture))]));
        }

        return pick(forecast) is { Value: not null } q ? PlaceholderValue.Of(q.Display) : PlaceholderValue.Fail(ReaderMessages.NotMeaningful(code, year));
    }

    private static PlaceholderValue WithSeries(FactBook facts, string name, Func<SeriesFact, Model.Quantity> pick, Func<double, string>? words = null)
    {
        if (facts.Series(name) is not { } series)
        {
            return PlaceholderValue.Fail(ReaderMessages.UnknownSeries(name, facts.Period.ToString(), facts.SeriesNames.Order(StringComparer.Ordinal)));
        }

        return pick(series) is { Value: { } v } q ? PlaceholderValue.Of(words is null ? q.Display : words(v)) : PlaceholderValue.Fail(ReaderMessages.NoComparisonMonth(name, DisplayFormat.Date(series.Date)));
    }
}
