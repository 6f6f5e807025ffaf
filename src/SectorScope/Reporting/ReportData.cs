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
    News.ISegmentationCache? Segmentations = null)
{
    public WorkspaceSettings Settings => Inputs.Config;

    /// <summary>Published reports of periods before this one, oldest first.</summary>
    public IReadOnlyList<HistoryEntry> EarlierReports => History ?? [];

    public static ReportData Load(WorkspaceInputs inputs, WorkspaceStore store, ReportRequest request)
    {
        var s = inputs.Config;
        var first = request.Period.AddMonths(-(ReportRequest.HistoryMonths - 1));
        // From January of the previous year at the latest: prose names returns over last year, a quarter, 年初至今.
        var yearBefore = new ReportPeriod(request.Period.Year - 1, 1);
        var panel = store.MonthEnds(yearBefore < first ? yearBefore : first, request.Period);
        var windowStart = first.Previous.End;
        var indexCodes = new[] { s.HeadlineIndex, s.ComparisonIndex }.OfType<string>().Distinct(StringComparer.Ordinal);
        var daily = indexCodes.ToDictionary(c => c, c => store.DailyCloses(c, windowStart.AddDays(-10), request.Period.End), StringComparer.Ordinal);

        var forecasts = store.Forecasts();
        var coverage = store.Coverage();
        var closes = new Dictionary<string, QuotedClose>(StringComparer.Ordinal);
        var quoted = coverage.Select(c => c.Code).Concat(s.KeyCompanies).Distinct(StringComparer.Ordinal).Where(c => inputs.Universe.Security(c) is not null).ToArray();
        var lastCloses = store.LastCloses(quoted, request.AsOf);
        foreach (var code in quoted)
        {
            if (inputs.Universe.Security(code) is not { } security || !lastCloses.TryGetValue(code, out var close))
            {
                continue;
            }

            var fx = new Dictionary<string, FxQuote>(StringComparer.Ordinal);
            foreach (var currency in forecasts.Where(f => f.Code == code).Select(f => f.Currency).Distinct(StringComparer.Ordinal))
            {
                if (store.Fx(security.Currency, currency, close.Date) is { } quote)
                {
                    fx[currency] = quote;
                }
            }

            closes[code] = new QuotedClose(close, fx);
        }

        var narrative = new Dictionary<string, string>(StringComparer.Ordinal);
        string? disclaimer = null;
        var headlines = HeadlineOverrides.None;
        var diagnostics = new DiagnosticBag();
        foreach (var file in inputs.Files.Where(f => f.File.Kind is InputKind.Narrative or InputKind.Disclaimer or InputKind.Headlines))
        {
            var text = WorkspaceReader.ReadText(file.File, inputs.Root, diagnostics);
            if (file.File.Kind == InputKind.Disclaimer)
            {
                disclaimer = text;
            }
            else if (file.File.Kind == InputKind.Headlines)
            {
                headlines = text is null ? headlines : HeadlineOverrides.Read(text, diagnostics) ?? headlines;
            }
            else if (text is not null)
            {
                narrative[Path.GetFileNameWithoutExtension(file.File.RelativePath)] = text;
            }
        }

        // Entries of this period or later are validated too but not compared against: a re-run replaces its own entry.
        var history = ReportHistory.Read(inputs.Root, s.RatingScale, diagnostics).Where(h => h.Period < request.Period).ToArray();
        if (diagnostics.HasErrors)
        {
            throw new InputRejectedException(diagnostics.Sorted());
        }

        var valuations = s.Valuation is { } v ? store.Valuations(v.Index) : [];
        // All news, whatever its date: the digest lists what falls outside the period.
        return new ReportData(inputs, request, panel, daily, valuations, coverage, forecasts, closes, store.Series(),
            store.News(), narrative, disclaimer, headlines, store.DecodedFiles(), history);
    }
}
