using SectorScope.Analytics;
using SectorScope.Workspace;

namespace SectorScope.Store;

/// <summary>
/// The questions a report asked a store and the answers it got, each question with its arguments. The answers are
/// a function of the store's content and the question alone, so for a store of the same content they can be given
/// again without it (<see cref="ReplayedStore"/>); whatever the settings or period ask next, a question not asked
/// before is not answered from here.
/// </summary>
public sealed class StoreAnswers
{
    internal Dictionary<(ReportPeriod From, ReportPeriod To), MonthEndPanel> MonthEnds { get; } = [];

    internal Dictionary<(string Code, DateOnly From, DateOnly To), IReadOnlyList<ClosePoint>> DailyCloses { get; } = [];

    /// <summary>By the codes asked for, in the order asked (<see cref="CodesKey"/>), and the date.</summary>
    internal Dictionary<(string Codes, DateOnly Date), IReadOnlyDictionary<string, ClosePoint>> LastCloses { get; } = [];

    internal Dictionary<(string From, string To, DateOnly Date), FxQuote?> Fx { get; } = [];

    internal Dictionary<string, IReadOnlyList<ValuationRow>> Valuations { get; } = new(StringComparer.Ordinal);

    internal IReadOnlyList<CoverageRow>? Coverage { get; set; }

    internal IReadOnlyList<ForecastRow>? Forecasts { get; set; }

    internal IReadOnlyList<SeriesRow>? Series { get; set; }

    internal IReadOnlyList<NewsItem>? News { get; set; }

    internal IReadOnlyDictionary<string, string>? DecodedFiles { get; set; }

    /// <summary>Adds the answers of <paramref name="older"/> to questions this one was not asked (both of a store of the same content).</summary>
    public StoreAnswers With(StoreAnswers older)
    {
        static void Add<TQuestion, TAnswer>(Dictionary<TQuestion, TAnswer> to, Dictionary<TQuestion, TAnswer> from) where TQuestion : notnull
        {
            foreach (var (question, answer) in from)
            {
                to.TryAdd(question, answer);
            }
        }

        Add(MonthEnds, older.MonthEnds);
        Add(DailyCloses, older.DailyCloses);
        Add(LastCloses, older.LastCloses);
        Add(Fx, older.Fx);
        Add(Valuations, older.Valuations);
        Coverage ??= older.Coverage;
        Forecasts ??= older.Forecasts;
        Series ??= older.Series;
        News ??= older.News;
        DecodedFiles ??= older.DecodedFiles;
        return this;
    }

    /// <summary>One string for a list of codes in the order given: codes never hold a line break.</summary>
    internal static string CodesKey(IEnumerable<string> codes) => string.Join('\n', codes);
}
