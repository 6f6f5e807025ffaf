using SectorScope.Analytics;
using SectorScope.Store;
using SectorScope.Workspace;

namespace SectorScope.Reporting;

/// <summary>The latest close and the FX quote used to convert it, for one covered security.</summary>
public sealed record QuotedClose(ClosePoint Close, IReadOnlyDictionary<string, FxQuote> FxToCurrency);

/// <summary>
/// Everything a report is computed from, read from the store in one place so that the builder is a
/// pure function of this record.
/// </summary>
public sealed record ReportData(
    WorkspaceInputs Inputs,
    ReportRequest Request,
    MonthEndPanel MonthEnds,
    IReadOnlyDictionary<string, IReadOnlyList<ClosePoint>> IndexDailyCloses,
    IReadOnlyList<ValuationRow> Valuations,
    IReadOnlyList<CoverageRow> Coverage,
    IReadOnlyList<ForecastRow> Forecasts,
    IReadOnlyDictionary<string, QuotedClose> CoveredCloses,
    IReadOnlyList<SeriesRow> Series,
    IReadOnlyList<NewsItem> News,
    IReadOnlyDictionary<string, string> Narrative,
    string? Disclaimer,
    HeadlineOverrides? Headlines = null,
    IReadOnlyDictionary<string, string>? DecodedFiles = null,
    IReadOnlyList<HistoryEntry>? History = null,
    News.ISegmentationCache? Segmentations = null,
    IReadOnlyDictionary<string, string>? Glossary = null,
    IReadOnlyList<string>? Notices = null,
    IReadOnlyDictionary<string, DateOnly?>? StaleSecurities = null,
    DateOnly? ComputedIndexBaseDate = null)
{
    public WorkspaceSettings Settings => Inputs.Settings;

    /// <summary>Published reports of periods before this one, oldest first.</summary>
    public IReadOnlyList<HistoryEntry> EarlierReports => History ?? [];

    /// <summary>
    /// Reads everything the report needs from the stores and the analyst's texts. Pure of files: the market data
    /// comes from <paramref name="market"/>, the workspace's research rows from <paramref name="research"/> (the same
    /// DuckDB store today; an in-memory store in unit tests).
    /// </summary>
    public static Outcome<ReportData> Load(WorkspaceInputs inputs, IMarketDataStore market, IResearchStore research, AnalystTexts texts, ReportRequest request)
    {
        var s = inputs.Settings;
        DateOnly? baseDate = null;
        if (s.ComputedIndex is { } computed)
        {
            var withIndex = ComputedIndexStore.Over(market, computed, inputs.Universe);
            if (withIndex.Levels.Count == 0)
            {
                var none = new DiagnosticBag();
                none.Add(SettingsReader.FileName, computed.Line, "headline_index.computed.members",
                    $"成员（{string.Join("、", computed.Resolve(inputs.Universe).Select(x => x.Code))}）在 prices 中都没有收盘价，无法计算 {computed.Code}");
                return Rejection.Of(none);
            }

            market = withIndex;
            baseDate = withIndex.Levels[0].Date;
        }

        var first = request.Period.AddMonths(-(ReportRequest.HistoryMonths - 1));
        // From January of the previous year at the latest: prose names returns over last year, a quarter, 年初至今.
        var yearBefore = new ReportPeriod(request.Period.Year - 1, 1);
        var panel = market.MonthEnds(yearBefore < first ? yearBefore : first, request.Period);
        var windowStart = first.Previous.End;
        // The charts' indices, and each market's benchmark, whose dates tell how often the market's prices are given.
        var indexCodes = new[] { s.HeadlineIndex, s.ComparisonIndex }.OfType<string>().Concat(s.Markets.Select(m => m.Benchmark)).Distinct(StringComparer.Ordinal);
        var daily = indexCodes.ToDictionary(c => c, c => market.DailyCloses(c, windowStart.AddDays(-10), request.Period.End), StringComparer.Ordinal);

        var refused = new DiagnosticBag();
        AsOfCheck.Run(inputs, market, request, refused);
        var valuations = s.Valuation is { } v ? market.Valuations(v.Index) : [];
        if (!refused.HasErrors)
        {
            StaleData.CheckIndices(inputs, market, request, valuations, refused);
        }

        if (refused.HasErrors)
        {
            return Rejection.Of(refused);
        }

        var stale = StaleData.Securities(inputs.Universe, market.LastCloses([.. inputs.Universe.Securities.Select(x => x.Code)], request.AsOf), request, s.StaleAfterDays);

        var forecasts = research.Forecasts();
        var coverage = research.Coverage();
        var closes = new Dictionary<string, QuotedClose>(StringComparer.Ordinal);
        // A stale close is never printed as the as-of price: such a company shows no close, PE or market cap.
        var quoted = coverage.Select(c => c.Code).Concat(s.KeyCompanies).Distinct(StringComparer.Ordinal)
            .Where(c => inputs.Universe.Security(c) is not null && !stale.ContainsKey(c)).ToArray();
        var lastCloses = market.LastCloses(quoted, request.AsOf);
        foreach (var code in quoted)
        {
            if (inputs.Universe.Security(code) is not { } security || !lastCloses.TryGetValue(code, out var close))
            {
                continue;
            }

            var fx = new Dictionary<string, FxQuote>(StringComparer.Ordinal);
            foreach (var currency in forecasts.Where(f => f.Code == code).Select(f => f.Currency).Distinct(StringComparer.Ordinal))
            {
                if (market.Fx(security.Currency, currency, close.Date) is { } quote)
                {
                    fx[currency] = quote;
                }
            }

            closes[code] = new QuotedClose(close, fx);
        }

        // All news, whatever its date: the digest lists what falls outside the period.
        return new ReportData(inputs, request, panel, daily, valuations, coverage, forecasts, closes, research.Series(),
            research.News(), texts.Narrative, texts.Disclaimer, texts.Headlines, research.DecodedFiles(), texts.EarlierReports,
            Glossary: texts.Glossary, Notices: texts.Notices, StaleSecurities: stale, ComputedIndexBaseDate: baseDate);
    }
}
