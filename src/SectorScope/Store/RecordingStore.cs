using SectorScope.Analytics;
using SectorScope.Workspace;

namespace SectorScope.Store;

/// <summary>Asks the store and keeps every question with its answer in <see cref="Answers"/>.</summary>
public sealed class RecordingStore(IMarketDataStore market, IResearchStore research) : IMarketDataStore, IResearchStore
{
    public StoreAnswers Answers { get; } = new();

    public MonthEndPanel MonthEnds(ReportPeriod from, ReportPeriod to) => Answers.MonthEnds[(from, to)] = market.MonthEnds(from, to);

    public IReadOnlyList<ClosePoint> DailyCloses(string code, DateOnly from, DateOnly to) => Answers.DailyCloses[(code, from, to)] = market.DailyCloses(code, from, to);

    public IReadOnlyDictionary<string, ClosePoint> LastCloses(IReadOnlyCollection<string> codes, DateOnly date) =>
        Answers.LastCloses[(StoreAnswers.CodesKey(codes), date)] = market.LastCloses(codes, date);

    public FxQuote? Fx(string from, string to, DateOnly date) => Answers.Fx[(from, to, date)] = market.Fx(from, to, date);

    public IReadOnlyList<ValuationRow> Valuations(string code) => Answers.Valuations[code] = market.Valuations(code);

    public IReadOnlyList<CoverageRow> Coverage() => Answers.Coverage = research.Coverage();

    public IReadOnlyList<ForecastRow> Forecasts() => Answers.Forecasts = research.Forecasts();

    public IReadOnlyList<SeriesRow> Series() => Answers.Series = research.Series();

    public IReadOnlyList<NewsItem> News() => Answers.News = research.News();

    public IReadOnlyDictionary<string, string> DecodedFiles() => Answers.DecodedFiles = research.DecodedFiles();
}
