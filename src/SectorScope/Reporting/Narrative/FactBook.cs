using SectorScope.Analytics;
using SectorScope.Reporting.Model;
using SectorScope.Reporting.Wordings;
using SectorScope.Workspace;

namespace SectorScope.Reporting.Narrative;

/// <summary>A security's or index's period return as the report computed it; securities carry their benchmark and rank.</summary>
public sealed record ReturnFact(string Code, string Name, string Market, bool IsIndex, Quantity Return, string? BenchmarkCode, int? Rank, int? RankOf);

/// <summary>An index's PE-TTM and its percentile since inception.</summary>
public sealed record ValuationFact(string Code, Quantity PeTtm, Quantity Percentile);

/// <summary>Forward PE and the multiple on adjusted net profit of one fiscal year; null quantities display as NM.</summary>
public sealed record ForecastFact(string Code, int Year, Quantity ForwardPe, Quantity AdjustedMultiple);

/// <summary>The latest observation of an industry series within the period, with its YoY and MoM.</summary>
public sealed record SeriesFact(string Name, DateOnly Date, Quantity Yoy, Quantity Mom)
{
    /// <summary>The month or quarter the latest value is of: a claim naming another period is not checked against it.</summary>
    public Analytics.ReturnSpan? Observed { get; init; }

    /// <summary>Monthly or quarterly: what its change on the period before compares with.</summary>
    public Analytics.Frequency Frequency { get; init; } = Analytics.Frequency.Monthly;
}

/// <summary>
/// Every computed value that prose may name: filled by the report builder from the same analytics as the
/// tables, read by the placeholder functions and by the fact-checker, so neither computes anything itself.
/// </summary>
public sealed class FactBook
{
    private readonly Dictionary<string, ReturnFact> _returns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ValuationFact> _valuations = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Code, int Year), ForecastFact> _forecasts = [];
    private readonly Dictionary<string, SeriesFact> _series = new(StringComparer.Ordinal);

    public FactBook(Universe universe, ReportPeriod period, DateOnly asOf, int peDecimals, Wording wording)
    {
        Wording = wording;
        Universe = universe;
        Period = period;
        AsOf = asOf;
        PeDecimals = peDecimals;
    }

    public Universe Universe { get; }

    /// <summary>The report's language: the words placeholders show.</summary>
    public Wording Wording { get; }

    public ReportPeriod Period { get; }

    public DateOnly AsOf { get; }

    /// <summary>Decimals of forward PE and adjusted-profit multiples, as in the forecast table.</summary>
    public int PeDecimals { get; }

    public IEnumerable<string> SeriesNames => _series.Keys;

    /// <summary>Month-end closes, for returns over spans other than the report month (年初至今, 近一年, 10月).</summary>
    public MonthEndPanel? Prices { get; init; }

    /// <summary>Each market's benchmark index code.</summary>
    public IReadOnlyDictionary<string, string> Benchmarks { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public void Add(ReturnFact fact) => _returns[fact.Code] = fact;

    public void Add(ValuationFact fact) => _valuations[fact.Code] = fact;

    public void Add(ForecastFact fact) => _forecasts[(fact.Code, fact.Year)] = fact;

    public void Add(SeriesFact fact) => _series[fact.Name] = fact;

    public ReturnFact? Return(string code) => _returns.GetValueOrDefault(code);

    public ValuationFact? Valuation(string code) => _valuations.GetValueOrDefault(code);

    public ForecastFact? Forecast(string code, int year) => _forecasts.GetValueOrDefault((code, year));

    public IEnumerable<int> ForecastYears(string code) => _forecasts.Keys.Where(k => k.Code == code).Select(k => k.Year).Order();

    public bool HasForecasts(string code) => _forecasts.Keys.Any(k => k.Code == code);

    public SeriesFact? Series(string name) => _series.GetValueOrDefault(name);

    /// <summary>
    /// The excess of a security over an index (its market's benchmark unless named): the difference of the two
    /// unrounded returns, as <see cref="ExcessReturn"/> defines it. Null when either return is missing.
    /// </summary>
    public ExcessFact? Excess(string code, string? benchmark = null)
    {
        if (Return(code) is not { IsIndex: false, Return.Value: { } stock } fact || (benchmark ?? fact.BenchmarkCode) is not { } b
            || Return(b) is not { Return.Value: { } index } bench)
        {
            return null;
        }

        var excess = new ExcessReturn(stock, index);
        return new ExcessFact(code, b, bench.Name, new Quantity(excess.Pct, QuantityKind.ExcessPct, Wording.Points(excess.Pct)), excess.Outperformed(DisplayFormat.PctDecimals), Wording);
    }

    /// <summary>
    /// A security's or index's return over <paramref name="span"/>: the report month's fact for the report
    /// month, otherwise computed from the month-end closes; null for a span past the report month or not in the data.
    /// </summary>
    public double? Return(string code, ReturnSpan span)
    {
        if (span == ReturnSpan.Month(Period))
        {
            return Return(code)?.Return.Value;
        }

        return span.Last <= Period && Prices is { } prices && Universe.MarketOf(code) is { } market ? SpanReturns.Pct(prices, code, market, span) : null;
    }

    /// <summary>A security's excess over <paramref name="benchmark"/> (its market's benchmark unless named) over a span, in pct.</summary>
    public double? Excess(string code, string? benchmark, ReturnSpan span)
    {
        if (span == ReturnSpan.Month(Period))
        {
            return Excess(code, benchmark)?.Pct.Value;
        }

        var b = benchmark ?? (Universe.Security(code) is { } s ? Benchmarks.GetValueOrDefault(s.Market) : null);
        return Universe.IsSecurity(code) && b is not null && Return(code, span) is { } stock && Return(b, span) is { } index ? new ExcessReturn(stock, index).Pct : null;
    }

    /// <summary>A security's rank by return within its market over a span (1 = best), among the securities with a return for it.</summary>
    public int? Rank(string code, ReturnSpan span)
    {
        if (span == ReturnSpan.Month(Period))
        {
            return Return(code)?.Rank;
        }

        if (Universe.Security(code) is not { } security)
        {
            return null;
        }

        var returns = Universe.Securities.Where(s => s.Market == security.Market)
            .Select(s => (s.Code, Pct: Return(s.Code, span))).Where(r => r.Pct is not null).Select(r => (r.Code, r.Pct!.Value));
        return SpanReturns.Ranks(returns).TryGetValue(code, out var rank) ? rank : null;
    }
}

/// <summary>A security's excess over a named index: the signed value and the 跑赢/跑输 side it reads as.</summary>
public sealed record ExcessFact(string Code, string BenchmarkCode, string BenchmarkName, Quantity Pct, bool Outperformed, Wording Language)
{
    /// <summary>跑赢恒生科技指数20.0pct / 跑输纳斯达克综合指数0.1pct.</summary>
    public string Wording => Language.Excess(Outperformed, BenchmarkName, Language.PointsAbs(Pct.Value!.Value));
}
