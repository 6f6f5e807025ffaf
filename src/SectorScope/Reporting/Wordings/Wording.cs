using System.Globalization;
using SectorScope.Analytics;
using SectorScope.Reporting.Model;
using SectorScope.Workspace;

namespace SectorScope.Reporting.Wordings;

/// <summary>
/// Every word a report shows, for one language: labels, units, number wording, market and currency names,
/// the composed sentences and the document's furniture (图N/表N, 注：, 资料来源). One instance per language
/// (<see cref="ZhCn"/>, <see cref="En"/>); every member is required, so a language cannot miss a word.
/// The builder and the document layout ask it; no other code holds a visible literal.
/// </summary>
public sealed partial record Wording
{
    public static Wording For(ReportLanguage language) => language switch
    {
        ReportLanguage.En => En,
        _ => ZhCn,
    };

    // ── Language and fonts ────────────────────────────────────────────────────────
    public required ReportLanguage Language { get; init; }

    /// <summary>The BCP 47 tag of HTML's lang and Word's w:lang: zh-CN, en-US.</summary>
    public required string Tag { get; init; }

    /// <summary>Word's body and heading fonts for this language's script.</summary>
    public required string BodyFont { get; init; }

    public required string HeadingFont { get; init; }

    /// <summary>Characters a chart font must draw: the script's common glyphs.</summary>
    public required string ChartFontProbe { get; init; }

    // ── Numbers, units and lists ─────────────────────────────────────────────────────
    /// <summary>Percentage points after a number: 20.0pct / 20.0 ppt.</summary>
    public required string PointsUnit { get; init; }

    public required Func<IEnumerable<string>, string> List { get; init; }

    /// <summary>Between sentences run together into one paragraph: nothing in Chinese, a space in English.</summary>
    public required string SentenceGap { get; init; }

    public required Func<string, string> Market { get; init; }

    public required Func<string, string> Currency { get; init; }

    /// <summary>A long date: 2024年12月2日 / 2 December 2024.</summary>
    public required Func<DateOnly, string> Date { get; init; }

    public required Func<ReportPeriod, string> Month { get; init; }

    public required Func<ReportPeriod, string> YearMonth { get; init; }

    /// <summary>上涨3.2% / 下跌3.2% / 持平: a return's direction and size, by its display value (0.0% is flat, whatever its sign).</summary>
    public required Func<double, string> Move { get; init; }

    /// <summary>增长6.7% / 下降13.8% / 持平: a series' change in words, by its display value as <see cref="Move"/>.</summary>
    public required Func<double, string> Change { get; init; }

    /// <summary>跑赢恒生科技指数20.0pct: outperformed, the benchmark's name (or null), the size in points without its sign.</summary>
    public required Func<bool, string?, string, string> Excess { get; init; }

    /// <summary>The excess in a table cell: outperformed, the size in points without its sign (跑赢20.0pct / +20.0 ppt).</summary>
    public required Func<bool, string, string> ExcessCell { get; init; }

    /// <summary>How fact-check findings name what they checked and found.</summary>
    public required FindingWords Findings { get; init; }

    /// <summary>What a missing number shows.</summary>
    public required string NoValue { get; init; }

    public required string NotMeaningful { get; init; }

    // ── Document furniture ───────────────────────────────────────────────────────────
    public required Func<int, string> FigureLabel { get; init; }

    public required Func<int, string> TableLabel { get; init; }

    /// <summary>Between a label and its text: 图1：… / Figure 1: …, 风险提示：….</summary>
    public required string LabelSeparator { get; init; }

    public required string NotePrefix { get; init; }

    /// <summary>Between fields on one line: a full-width space in Chinese.</summary>
    public required string FieldGap { get; init; }

    /// <summary>Between a related report's title and its date: ——.</summary>
    public required string RelatedDash { get; init; }

    /// <summary>Every source line starts with it (资料来源).</summary>
    public required string SourcePrefix { get; init; }

    public required Func<string, string> ReportTitle { get; init; }

    /// <summary>（date，sources） after a news title.</summary>
    public required Func<string, IEnumerable<string>, string> NewsMeta { get; init; }

    public required string KeyPointsHeading { get; init; }

    public required string SectorRatingHeading { get; init; }

    public required Func<string, string> SectorName { get; init; }

    public required string SectorLabel { get; init; }

    public required string PeriodLabel { get; init; }

    public required string AsOfLabel { get; init; }

    public required string AnalystsHeading { get; init; }

    public required string LicenceLabel { get; init; }

    public required string RelatedHeading { get; init; }

    public required string RiskWarningLabel { get; init; }

    public required string MethodsHeading { get; init; }

    public required string ChartMissing { get; init; }

    public required string ChartNoData { get; init; }

    public required string DateColumn { get; init; }

    public required string CategoryColumn { get; init; }

    // ── Standard sections ─────────────────────────────────────────────────────────────
    public required string RecommendationHeading { get; init; }

    public required string RisksHeading { get; init; }

    public required string DefaultRisks { get; init; }

    public required string DisclaimerHeading { get; init; }

    public required string DefaultDisclaimer { get; init; }

    public required Func<ReportPeriod, string> ReviewKeyPoint { get; init; }

    public required Func<ReportPeriod, string> StrategyKeyPoint { get; init; }

    public required string NarrativeMethod { get; init; }

    // ── 行情回顾 ───────────────────────────────────────────────────────────────────────
    public required Func<ReportPeriod, string, string?, string> ReviewHeading { get; init; }

    public required Func<ReportPeriod, IndexMove, IndexMove?, string> IndexSentence { get; init; }

    public required Func<MarketTop, string> TopSentence { get; init; }

    public required Func<IReadOnlyList<ExcludedLine>, int, string> ExcludedSentence { get; init; }

    /// <summary>The rebased-index figure's note for an index whose closes start inside the window: (its name, first close, the line it starts level with).</summary>
    public required Func<string, DateOnly, string, string> LateStartNote { get; init; }

    /// <summary>A month an index has no return for, under the monthly index figure and for the comparison index in the review text: (its name, the month, the day without a close).</summary>
    public required Func<string, ReportPeriod, DateOnly, string> MissingMonthNote { get; init; }

    /// <summary>The gainers figure's note when fewer stocks rose than it has bars: (rose, bars).</summary>
    public required Func<int, int, string> FewerGainersNote { get; init; }

    /// <summary>Why a security is left out: its last close (null: none) is older than stale_after_days before the as-of date.</summary>
    public required Func<DateOnly?, DateOnly, int, string> StaleReason { get; init; }

    /// <summary>Why a security is left out: its market (shown name) has no trading day in the period.</summary>
    public required Func<string, ReportPeriod, string> NoTradingDayReason { get; init; }

    /// <summary>Why a security is left out: no close on the start or end day.</summary>
    public required Func<DateOnly, string> NoCloseReason { get; init; }

    /// <summary>Why a security is left out: its market's benchmark (shown name) has no return for the period.</summary>
    public required Func<string, ReportPeriod, string> NoBenchmarkReturnReason { get; init; }

    /// <summary>
    /// How period returns are computed, given each market (shown name) with how often its prices are given: all daily
    /// names the last trading days; a market of monthly (weekly, quarterly) closes is named as such.
    /// </summary>
    public required Func<IReadOnlyList<(string Market, Frequency Frequency)>, string> ReturnsMethod { get; init; }

    public required string ExcessMethod { get; init; }

    public required Func<IEnumerable<(string Market, string Benchmark)>, string> BenchmarksMethod { get; init; }

    /// <summary>How the workspace's own sector index is computed: members, weights, base and base date.</summary>
    public required Func<ComputedIndexFacts, string> ComputedIndexMethod { get; init; }

    public required string IndexPairSeparator { get; init; }

    public required Func<string, string> MonthlyIndexCaption { get; init; }

    public required Func<string, string> RebasedIndexCaption { get; init; }

    public required string RebasedAxis { get; init; }

    public required string ReturnSeries { get; init; }

    public required string ReturnAxis { get; init; }

    public required Func<ReportPeriod, string, string> KeyCompaniesCaption { get; init; }

    public required Func<ReportPeriod, string, int, string> TopGainersCaption { get; init; }

    public required Func<ReportPeriod, string, string> DeclinersCaption { get; init; }

    public required Func<ReportPeriod, string, int, string> DeclinersCappedCaption { get; init; }

    public required Func<int, int, string> DeclinersCappedNote { get; init; }

    public required Func<ReportPeriod, string> MarketTopCaption { get; init; }

    /// <summary>市场, 代码, 名称, 子行业, 涨跌幅, 基准, 基准涨跌幅, 超额收益, 市场内排名.</summary>
    public required IReadOnlyList<string> MarketTopColumns { get; init; }

    // ── 估值 ───────────────────────────────────────────────────────────────────────────
    public required string ValuationHeading { get; init; }

    /// <summary>Index name, inception, the method's name.</summary>
    /// <summary>The valuation method note: (index, inception, percentile method, how often the PE-TTM is observed).</summary>
    public required Func<string, DateOnly, string, Analytics.Frequency, string> ValuationMethod { get; init; }

    /// <summary>A frequency as an adjective: 每日 / daily.</summary>
    public required Func<Analytics.Frequency, string> FrequencyName { get; init; }

    public required Func<ValuationFacts, string> ValuationSentence { get; init; }

    public required Func<string, string> ValuationCaption { get; init; }

    public required string PeAxis { get; init; }

    public required string MeanLine { get; init; }

    // ── 盈利预测 ─────────────────────────────────────────────────────────────────────────
    public required string ForecastsCaption { get; init; }

    public required string NotRated { get; init; }

    /// <summary>Code, name, rating; then close and market cap with the currencies.</summary>
    public required IReadOnlyList<string> ForecastColumns { get; init; }

    public required Func<string, string> CloseColumn { get; init; }

    public required Func<string, string> MarketCapColumn { get; init; }

    public required string CurrencySeparator { get; init; }

    public required Func<DateOnly, string> ForecastsMethod { get; init; }

    /// <summary>The forecast table's note: the as-of date and the dates of the closes shown (first, last; null when none is shown).</summary>
    public required Func<DateOnly, (DateOnly First, DateOnly Last)?, string> ForecastsNote { get; init; }

    /// <summary>A forecast year's column: 2024E for calendar-year companies, FY2025E (fiscal: true) once a company's year ends in another month.</summary>
    public required Func<int, bool, string> ForecastYearColumn { get; init; }

    /// <summary>FY1, FY2: a column whose companies show different fiscal years (the first, second still forecast).</summary>
    public required Func<int, string> ForecastOrdinalColumn { get; init; }

    /// <summary>
    /// The sentence after a forecast table with a fiscal year that does not end in December: each year end with its
    /// companies and what their years are; whether the columns are FY1/FY2 (ordinal); the as-of date.
    /// </summary>
    public required Func<IReadOnlyList<FiscalYearGroup>, bool, DateOnly, string> FiscalYearNote { get; init; }

    // ── 评级与盈利预测变动 ─────────────────────────────────────────────────────────────────
    public required string ChangesHeading { get; init; }

    public required string FirstIssue { get; init; }

    /// <summary>The previous report's full title and date, and the summary.</summary>
    public required Func<string, string, string, string> ChangesParagraph { get; init; }

    /// <summary>History file, its period, the rating scale.</summary>
    public required Func<string, string, IEnumerable<string>, string> ChangesMethod { get; init; }

    /// <summary>公司代码, 公司名称, 上期评级, 本期评级, 评级变动.</summary>
    public required IReadOnlyList<string> ChangesColumns { get; init; }

    /// <summary>The EPS group over a forecast year's columns, from the year's column header (2024E, FY2025E, FY1).</summary>
    public required Func<string, string> EpsGroup { get; init; }

    /// <summary>上期, 本期, 调整幅度 under each EPS year.</summary>
    public required IReadOnlyList<string> EpsColumns { get; init; }

    public required string TargetGroup { get; init; }

    /// <summary>上期, 本期, 变动 under 目标价.</summary>
    public required IReadOnlyList<string> TargetColumns { get; init; }

    /// <summary>Previous title, period, date.</summary>
    public required Func<string, string, string, string> ChangesNote { get; init; }

    public required Func<RatingAction, string> ActionLabel { get; init; }

    /// <summary>The sector rating's move (upgraded or not), sector and new rating; a clause ending in its separator.</summary>
    public required Func<bool, string, string, string> SectorRatingMoved { get; init; }

    public required Func<ChangeSummary, string> ChangesSummary { get; init; }

    // ── 新闻与行业数据 ─────────────────────────────────────────────────────────────────────
    public required string KeyCompanyTier { get; init; }

    public required string OtherCompanyTier { get; init; }

    public required Func<string, string, string> GroupHeading { get; init; }

    public required Func<IReadOnlyList<(string Name, string Headline)>, string> NewsKeyPoint { get; init; }

    public required Func<string, string, string> DecodedNote { get; init; }

    /// <summary>Period start and end, dedup days, similarity in percent.</summary>
    public required Func<DateOnly, DateOnly, int, string, string> NewsFilterMethod { get; init; }

    public required string NewsClassifyMethod { get; init; }

    /// <summary>Tier points, key company, recency, extra source, max extra sources.</summary>
    public required Func<string, string, string, string, string, string> NewsRankMethod { get; init; }

    public required string SeriesMethod { get; init; }

    public required Func<string, string?, string> SeriesCaption { get; init; }

    public required string YoySeries { get; init; }

    public required string SeriesTableCaption { get; init; }

    /// <summary>指标, 月份, 数值, 单位, 同比, 环比.</summary>
    public required IReadOnlyList<string> SeriesColumns { get; init; }

    /// <summary>The methods note once a series is quarterly: the monthly series' names, the quarterly ones', each with its definitions.</summary>
    public required Func<IReadOnlyList<string>, IReadOnlyList<string>, string> SeriesFrequencyMethod { get; init; }

    /// <summary>The industry-data table's columns once a series is quarterly: 期间 for 月份 (kept where every series is monthly).</summary>
    public required IReadOnlyList<string> QuarterlySeriesColumns { get; init; }

    /// <summary>A calendar quarter as tables and figure axes show it: 2024Q3.</summary>
    public required Func<int, int, string> QuarterLabel { get; init; }

    /// <summary>Under a quarterly series' figure: what its 环比 compares.</summary>
    public required string QuarterlySeriesNote { get; init; }

    /// <summary>20.0pct: percentage points with this language's unit.</summary>
    public string Points(double pct) => DisplayFormat.Number(pct, DisplayFormat.PctDecimals) + PointsUnit;

    public string PointsAbs(double pct) => Points(Math.Abs(pct));

    /// <summary>跑赢20.0pct in a table cell, by the excess's display value.</summary>
    public string ExcessOf(ExcessReturn excess) => ExcessCell(excess.Outperformed(DisplayFormat.PctDecimals), PointsAbs(excess.Pct));

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>What the valuation sentence says: the index, the date, PE-TTM, percentile, window and mean.</summary>
public sealed record ValuationFacts(string IndexName, DateOnly ObservedOn, Quantity PeTtm, Quantity Percentile, DateOnly Inception, int Observations, string Method, double Mean);

/// <summary>Companies whose fiscal years end in <see cref="FyEnd"/> (12: calendar years) and the years a table shows for them.</summary>
public sealed record FiscalYearGroup(int FyEnd, IReadOnlyList<string> Names, IReadOnlyList<int> Years);

/// <summary>The rating actions and EPS revisions the changes summary names, grouped as it names them.</summary>
/// <remarks>A revision's <c>FyEnd</c> is its company's fiscal year end: 12 reads 24年EPS, another month FY25 EPS.</remarks>
public sealed record ChangeSummary(
    IReadOnlyList<(string? Rating, IReadOnlyList<string> Names)> Maintained,
    IReadOnlyList<(string Name, string? Rating)> Upgraded,
    IReadOnlyList<(string Name, string? Rating)> Downgraded,
    IReadOnlyList<(string? Rating, IReadOnlyList<string> Names)> Initiated,
    IReadOnlyList<string> Dropped,
    IReadOnlyList<(string Name, int Year, decimal Pct, int FyEnd)> RevisedUp,
    IReadOnlyList<(string Name, int Year, decimal Pct, int FyEnd)> RevisedDown,
    bool Unchanged,
    IReadOnlyList<(string Name, string Change)> TargetChanges);

/// <summary>A computed sector index as the methods note states it: its members as the settings name them and how many securities they are.</summary>
public sealed record ComputedIndexFacts(string Name, string Code, IReadOnlyList<string> Members, int Securities, IndexWeighting Weights, double Base, DateOnly BaseDate);
