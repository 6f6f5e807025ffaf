using SectorScope.Analytics;
using SectorScope.Reporting.Model;
using SectorScope.Workspace;

namespace SectorScope.Reporting;

public sealed partial class ReportBuilder
{
    /// <summary>Excluded securities named in the market-review text; the rest are in tables/excluded.csv.</summary>
    private const int ExcludedNamed = 10;

    private MarketReviewSection BuildMarketReview()
    {
        var indexReturns = IndexReturns(Period);
        var headline = indexReturns.GetValueOrDefault(Settings.HeadlineIndex);
        var comparison = Settings.ComparisonIndex is { } c ? indexReturns.GetValueOrDefault(c) : null;
        var benchmarks = Settings.Markets
            .Where(m => indexReturns.ContainsKey(m.Benchmark))
            .ToDictionary(m => m.Market, m => indexReturns[m.Benchmark], StringComparer.Ordinal);

        var returns = new List<(Security, PeriodReturn)>();
        var excluded = new List<ExcludedLine>();
        foreach (var security in Universe.Securities)
        {
            var (r, ex) = PeriodReturns.Compute(_data.MonthEnds, security.Code, security.Market, Period);
            if (r is not null && _data.StaleSecurities is { } staleCodes && staleCodes.TryGetValue(security.Code, out var last))
            {
                // A return over the month, but no price near the as-of date (a later as-of than the month's end).
                excluded.Add(new ExcludedLine(security.Code, security.Name, _w.StaleReason(last, _data.Request.AsOf, Settings.StaleAfterDays)));
            }
            else if (r is not null)
            {
                returns.Add((security, r));
            }
            else
            {
                excluded.Add(new ExcludedLine(security.Code, security.Name, ex!.Cause == ExclusionCause.NoTradingDay
                    ? _w.NoTradingDayReason(_w.Market(security.Market), Period)
                    : _w.NoCloseReason(ex.Day!.Value)));
            }
        }

        foreach (var m in Settings.Markets.Where(m => !benchmarks.ContainsKey(m.Market)))
        {
            excluded.AddRange(returns.Where(r => r.Item1.Market == m.Market)
                .Select(r => new ExcludedLine(r.Item1.Code, r.Item1.Name, _w.NoBenchmarkReturnReason(Universe.NameOf(m.Benchmark), Period))));
        }

        var ranked = Performance.Rank(returns, benchmarks);
        AddReturnFacts(indexReturns, returns, ranked);
        var tops = Performance.TopPerMarket(ranked, Settings.TopPerMarket);
        var markets = tops.Select(kv => new MarketTop(kv.Key, _w.Market(kv.Key), Move(benchmarks[kv.Key]),
            [.. kv.Value.Select(p => new Performer(p.Security.Code, p.Security.Name, Quantities.Return(p.Return, p.Security.Market), Quantities.Excess(p, _w), p.Excess.Outperformed(DisplayFormat.PctDecimals)))])).ToArray();

        var headlineMove = headline is null ? new IndexMove(Settings.HeadlineIndex, Universe.NameOf(Settings.HeadlineIndex), NoData()) : Move(headline);
        var comparisonMove = comparison is null ? null : Move(comparison);
        var indexText = _w.IndexSentence(Period, headlineMove, comparisonMove);
        if (comparison is null && Settings.ComparisonIndex is { } compared && compared != Settings.HeadlineIndex && IndexReturn(compared, Period).Excluded is { Day: { } day })
        {
            // A comparison index without a close at the month's end or the month before: said, as under the monthly figure, not left out.
            indexText += _w.SentenceGap + _w.MissingMonthNote(Universe.NameOf(compared), Period, day);
        }

        var paragraphs = new List<string> { indexText };
        paragraphs.AddRange(markets.Select(_w.TopSentence));
        if (excluded.Count > 0)
        {
            // A sector names each one; a market-wide universe names the first few and points to the full list.
            paragraphs.Add(_w.ExcludedSentence([.. excluded.Take(ExcludedNamed)], excluded.Count));
        }

        string?[] figures =
        [
            MonthlyIndexFigure(),
            RebasedIndexFigure(),
            PerformanceFigure("key-companies", _w.KeyCompaniesCaption(Period, Settings.Sector),
                [.. Settings.KeyCompanies.Select(k => ranked.FirstOrDefault(p => p.Security.Code == k)).OfType<StockPerformance>()], ReportNotices.NoKeyCompanies),
            DeclinersFigure(Performance.Decliners(ranked)),
            GainersFigure(Performance.TopGainers(ranked, Settings.TopN)),
        ];
        string?[] tables = [PerformanceTable(ranked)];

        AddReturnTables(ranked, excluded);
        _methods.Add(_w.ReturnsMethod([.. Settings.Markets.Select(m => (_w.Market(m.Market), MarketFrequency(m.Benchmark)))]));
        if (ranked.Count > 0)
        {
            // Excess returns are printed only for ranked securities.
            _methods.Add(_w.ExcessMethod);
        }

        _methods.Add(_w.BenchmarksMethod(Settings.Markets.Select(m => (_w.Market(m.Market), Universe.NameOf(m.Benchmark)))));
        if (Settings.ComputedIndex is { } computed && _data.ComputedIndexBaseDate is { } baseDate)
        {
            _methods.Add(_w.ComputedIndexMethod(new Wordings.ComputedIndexFacts(computed.Name, computed.Code, [.. computed.Members.Select(m => m.Text)],
                computed.Resolve(Universe).Count, computed.Weights, computed.Base, baseDate)));
        }

        var heading = _w.ReviewHeading(Period, headlineMove.Name, headlineMove.Return.Value is { } v ? _w.Move(v) : null);
        return new MarketReviewSection(heading, headlineMove, comparisonMove, markets, paragraphs, [.. figures.OfType<string>()], [.. tables.OfType<string>()], excluded);
    }

    /// <summary>Every return the prose may name: indices, then securities with their benchmark and rank where ranked.</summary>
    private void AddReturnFacts(Dictionary<string, PeriodReturn> indexReturns, List<(Security, PeriodReturn)> returns, IReadOnlyList<StockPerformance> ranked)
    {
        foreach (var (code, r) in indexReturns)
        {
            _facts.Add(new Narrative.ReturnFact(code, Universe.NameOf(code), r.Market, true, Quantities.Return(r, r.Market), null, null, null));
        }

        foreach (var (security, r) in returns)
        {
            _facts.Add(new Narrative.ReturnFact(security.Code, security.Name, security.Market, false, Quantities.Return(r, security.Market), null, null, null));
        }

        var inMarket = ranked.CountBy(p => p.Security.Market).ToDictionary(StringComparer.Ordinal);
        foreach (var p in ranked)
        {
            _facts.Add(new Narrative.ReturnFact(p.Security.Code, p.Security.Name, p.Security.Market, false, Quantities.Return(p.Return, p.Security.Market), p.Benchmark.Code, p.RankInMarket, inMarket[p.Security.Market]));
        }
    }

    private Dictionary<string, PeriodReturn> IndexReturns(ReportPeriod period)
    {
        var result = new Dictionary<string, PeriodReturn>(StringComparer.Ordinal);
        foreach (var index in Universe.Indices)
        {
            if (PeriodReturns.Compute(_data.MonthEnds, index.Code, index.Market, period).Return is { } r)
            {
                result[index.Code] = r;
            }
        }

        return result;
    }

    /// <summary>How often a market's prices are given, read from its benchmark's closes over the chart window.</summary>
    private Frequency MarketFrequency(string benchmark) => FrequencyDetector.Detect((_data.IndexDailyCloses.GetValueOrDefault(benchmark) ?? []).Select(p => p.Date));

    private IndexMove Move(PeriodReturn r) => new(r.Code, Universe.NameOf(r.Code), Quantities.Return(r, r.Market));

    private Quantity NoData() => new(null, QuantityKind.ReturnPct, _w.NoValue);
}
