using SectorScope.Analytics;
using SectorScope.Workspace;

namespace SectorScope.Store;

/// <summary>A question the kept answers do not hold: the caller asks the store itself.</summary>
public sealed class UnansweredQuestion(string question) : Exception($"no kept answer to {question}");

/// <summary>Gives the kept answers of a store of the same content; any other question throws <see cref="UnansweredQuestion"/>.</summary>
public sealed class ReplayedStore(StoreAnswers answers) : IMarketDataStore, IResearchStore
{
    public MonthEndPanel MonthEnds(ReportPeriod from, ReportPeriod to) => Answer(answers.MonthEnds, (from, to), "MonthEnds");

    public IReadOnlyList<ClosePoint> DailyCloses(string code, DateOnly from, DateOnly to) => Answer(answers.DailyCloses, (code, from, to), "DailyCloses");

    public IReadOnlyDictionary<string, ClosePoint> LastCloses(IReadOnlyCollection<string> codes, DateOnly date) =>
        Answer(answers.LastCloses, (StoreAnswers.CodesKey(codes), date), "LastCloses");

    public FxQuote? Fx(string from, string to, DateOnly date) => Answer(answers.Fx, (from, to, date), "Fx");

    public IReadOnlyList<ValuationRow> Valuations(string code) => Answer(answers.Valuations, code, "Valuations");

    public IReadOnlyList<CoverageRow> Coverage() => answers.Coverage ?? throw new UnansweredQuestion("Coverage");

    public IReadOnlyList<ForecastRow> Forecasts() => answers.Forecasts ?? throw new UnansweredQuestion("Forecasts");

    public IReadOnlyList<SeriesRow> Series() => answers.Series ?? throw new UnansweredQuestion("Series");

    public IReadOnlyList<NewsItem> News() => answers.News ?? throw new UnansweredQuestion("News");

    public IReadOnlyDictionary<string, string> DecodedFiles() => answers.DecodedFiles ?? throw new UnansweredQuestion("DecodedFiles");

    private static TAnswer Answer<TQuestion, TAnswer>(Dictionary<TQuestion, TAnswer> kept, TQuestion question, string name) where TQuestion : notnull =>
        kept.TryGetValue(question, out var answer) ? answer : throw new UnansweredQuestion(name);
}
