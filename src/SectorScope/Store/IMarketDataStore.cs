using SectorScope.Analytics;
using SectorScope.Workspace;

namespace SectorScope.Store;

/// <summary>
/// The market data a report reads, as the queries Reporting needs and nothing else: closes, month ends, FX and
/// valuations, each row with the input file and line it came from. An implementation answers for one workspace's
/// universe (its securities.csv and indices.csv): the workspace's own DuckDB store today, a server database shared
/// by many workspaces next (which filters its rows to the universe). The rules are part of the contract and
/// every implementation is held to them by the same tests: a date with two closes of one instrument takes the
/// one of the first file (ordinal path), then the first line.
/// </summary>
public interface IMarketDataStore
{
    /// <summary>
    /// Month-end closes from the month before <paramref name="from"/>'s previous month to the end of <paramref name="to"/>:
    /// a market's month end is its last date with any close of its instruments in that month.
    /// </summary>
    MonthEndPanel MonthEnds(ReportPeriod from, ReportPeriod to);

    /// <summary>Every close of one instrument from <paramref name="from"/> to <paramref name="to"/> (inclusive), oldest first.</summary>
    IReadOnlyList<ClosePoint> DailyCloses(string code, DateOnly from, DateOnly to);

    /// <summary>Each instrument's own last close on or before <paramref name="date"/>; an instrument without one is absent.</summary>
    IReadOnlyDictionary<string, ClosePoint> LastCloses(IReadOnlyCollection<string> codes, DateOnly date);

    /// <summary>
    /// The last rate on or before <paramref name="date"/> converting <paramref name="from"/> into <paramref name="to"/>; on a
    /// date with both directions quoted the direct one, otherwise the opposite direction inverted. Identity for equal currencies.
    /// </summary>
    FxQuote? Fx(string from, string to, DateOnly date);

    /// <summary>The valuation history of one index, oldest first.</summary>
    IReadOnlyList<ValuationRow> Valuations(string code);
}

/// <summary>
/// The workspace's own research rows a report reads: coverage, forecasts, industry series and news, and the
/// encodings its input files were read in. They stay with the workspace whichever store serves its market data.
/// </summary>
public interface IResearchStore
{
    /// <summary>Coverage rows in file order.</summary>
    IReadOnlyList<CoverageRow> Coverage();

    /// <summary>Forecasts by code, then year.</summary>
    IReadOnlyList<ForecastRow> Forecasts();

    /// <summary>Industry series by name, then date.</summary>
    IReadOnlyList<SeriesRow> Series();

    /// <summary>Every news item, whatever its date (the digest decides what belongs to the period), by date, file, line.</summary>
    IReadOnlyList<NewsItem> News();

    /// <summary>Input files read in an encoding other than UTF-8, path → encoding.</summary>
    IReadOnlyDictionary<string, string> DecodedFiles();
}
