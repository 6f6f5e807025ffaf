using SectorScope.Workspace;

namespace SectorScope.Reporting.FactCheck;

/// <summary>The unit a number is written in: % (returns, changes, percentiles), points (excess), multiples.</summary>
public enum ClaimUnit
{
    Percent,
    Points,
    Multiple,

    /// <summary>A place in a ranking (涨幅排名第3): no unit, read only where a rank word stands before it.</summary>
    Rank,
}

/// <summary>What a keyword before a percentage says it measures.</summary>
public enum MetricWord
{
    Excess,
    Return,
    Yoy,
    Mom,
}

/// <summary>
/// The words of one language the claim reader understands, kept apart from the reading rules: one table per
/// language (<see cref="ChineseClaimWords"/>, <see cref="EnglishClaimWords"/>), chosen by the report's language.
/// Every list is matched on text already passed through <see cref="TextNormaliser"/> (ASCII digits, letters and signs).
/// </summary>
public sealed class ClaimVocabulary
{
    /// <summary>The table of the language a report is written in: its prose is read in that language.</summary>
    public static ClaimVocabulary For(ReportLanguage language) => language == ReportLanguage.En ? EnglishClaimWords.Vocabulary : ChineseClaimWords.Vocabulary;

    /// <summary>
    /// Keywords, markers and fillers match whole words only, as Latin script needs (rose is not in prose, up not in
    /// group); Chinese words need no boundary.
    /// </summary>
    public bool WholeWords { get; init; }

    /// <summary>
    /// What a number measures and its period may also follow it, and a list of numbers is joined by commas: rose
    /// 16.7%, 9.1% and 7.7% in November; 15.0x 2024E PE; a 16.7% gain. Chinese puts them before the number.
    /// </summary>
    public bool WordsFollow { get; init; }

    /// <summary>Words that may stand between a benchmark word and its index (outperformed the Hang Seng Index).</summary>
    public IReadOnlyList<string> Articles { get; init; } = [];

    /// <summary>Month names (November → 11), for languages that write months as words.</summary>
    public IReadOnlyDictionary<string, int> MonthNames { get; init; } = new Dictionary<string, int>();

    /// <summary>A full stop followed by a space ends a sentence, except after these abbreviations (vs., No.).</summary>
    public IReadOnlyList<string>? FullStopExceptAfter { get; init; }

    /// <summary>English short names: a company's English name without its corporate words (Kingdee for Kingdee International Software).</summary>
    public IReadOnlySet<string> CorporateWords { get; init; } = new HashSet<string>();

    /// <summary>Examples of the words that say what a percentage measures, for the note of an unread one.</summary>
    public required string MetricExamples { get; init; }

    /// <summary>Examples of the kinds of multiple, for the note of an unread one.</summary>
    public required string MultipleExamples { get; init; }

    /// <summary>The word after which a return is written with its sign (涨跌幅 −3.2%).</summary>
    public required string SignedReturnWord { get; init; }

    /// <summary>Units after a number, longest spelling first; <c>Scale</c> converts to the unit's measure (50bp = 0.50pct).</summary>
    public required IReadOnlyList<(string Word, ClaimUnit Unit, double Scale)> Units { get; init; }

    /// <summary>A place in the return ranking of a stock's market, group <c>n</c> (digits or <see cref="Numerals"/>): 涨幅排名第3.</summary>
    public required string RankPattern { get; init; }

    /// <summary>
    /// Change words that name the period they compare with (month on month, QoQ): such a claim about a series of another
    /// frequency is not checked. 环比 names none; it is the change on the period before, a month or a quarter.
    /// </summary>
    public IReadOnlyList<(string Word, Analytics.Frequency Frequency)> ChangeFrequencies { get; init; } = [];

    /// <summary>Keywords naming what a percentage measures (涨幅, 跑赢, 同比).</summary>
    public required IReadOnlyList<(string Word, MetricWord Metric)> MetricWords { get; init; }

    /// <summary>Words that make a written size a fall (下跌3.2% is −3.2).</summary>
    public required IReadOnlyList<string> Falling { get; init; }

    /// <summary>Words that state a rise: a negative number after them contradicts them (上涨-3.2%).</summary>
    public required IReadOnlyList<string> Rising { get; init; }

    /// <summary>Excess words that make a written size a shortfall (跑输0.1pct is −0.1).</summary>
    public required IReadOnlyList<string> Underperform { get; init; }

    /// <summary>Excess words that claim the stock did better; a negative number after them is a wording error.</summary>
    public required IReadOnlyList<string> Outperform { get; init; }

    /// <summary>Words before an index that make it the benchmark of an excess, not the subject of a return (跑赢恒生科技指数).</summary>
    public required IReadOnlyList<string> BenchmarkMarkers { get; init; }

    /// <summary>Multiples: on adjusted profit, trailing (PE-TTM), forward (a year's PE).</summary>
    public required IReadOnlyList<string> AdjustedMultiple { get; init; }

    public required IReadOnlyList<string> TrailingMultiple { get; init; }

    public required IReadOnlyList<string> ForwardMultiple { get; init; }

    /// <summary>A percentage that is a position in a history (分位).</summary>
    public required IReadOnlyList<string> Percentile { get; init; }

    /// <summary>
    /// The periods prose names, one regular expression with named groups: <c>cur</c> (the report month),
    /// <c>prev</c> (the month before), <c>ytd</c> (optional <c>ytdy</c> year), <c>t12</c>, <c>qn</c> (the first n
    /// quarters), <c>q</c> with optional <c>qy</c>, <c>m1</c>–<c>m2</c> with optional <c>ry</c>, <c>m</c> with optional
    /// <c>my</c>, <c>y</c> (a calendar year). Years of two digits are 20xx.
    /// </summary>
    public required string PeriodPattern { get; init; }

    /// <summary>The fiscal year of a multiple, group <c>y</c>: 2024年, 24年, 2024E, 24E, FY24; never the year of a date.</summary>
    public required string ForecastYearPattern { get; init; }

    /// <summary>Numerals used in quarters, ranks and counts (三 → 3, third → 3).</summary>
    public required IReadOnlyDictionary<string, int> Numerals { get; init; }

    /// <summary>Between two names of one list (、 和 与).</summary>
    public required IReadOnlyList<string> ListSeparators { get; init; }

    /// <summary>A word standing for the last list of n names (三者, 两家), group <c>n</c>.</summary>
    public required string CollectivePattern { get; init; }

    /// <summary>A name that is none of the workspace's (恒生指数, IBM, 0001.HK) before a number: such a number is unchecked.</summary>
    public required string UnknownNamePattern { get; init; }

    /// <summary>What <see cref="UnknownNamePattern"/> finds that is no name by itself (公司 of 该公司, 指数).</summary>
    public required IReadOnlySet<string> UnknownNameSuffixesAlone { get; init; }

    /// <summary>Latin words that are not names (PE, TTM, YTD, AI).</summary>
    public required IReadOnlySet<string> LatinNonNames { get; init; }

    /// <summary>Words an unknown name found by <see cref="UnknownNamePattern"/> may begin with but that are not part of it (同期, 其中).</summary>
    public required IReadOnlyList<string> LeadingFillers { get; init; }

    /// <summary>Words of a clause that is only numbers (分别为16.7%、9.1%): such a clause takes its metric from its sentence.</summary>
    public required IReadOnlyList<string> NumberClauseWords { get; init; }

    /// <summary>Words of a clause with no subject of its own (其, 股价, 同期): such a clause may take its subject from the previous sentence.</summary>
    public required IReadOnlyList<string> SubjectlessWords { get; init; }

    /// <summary>Characters that may follow a short name (金山 for 金山软件) for it to be read as that name and not the start of another (金山云).</summary>
    public required string ShortNameFollowers { get; init; }

    /// <summary>Sentence and clause ends.</summary>
    public required string SentenceEnds { get; init; }

    public required IReadOnlyList<char> ClauseEnds { get; init; }
}
