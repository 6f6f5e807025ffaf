using System.Globalization;
using SectorScope.Analytics;
using SectorScope.Workspace;

namespace SectorScope.Reporting.Wordings;

/// <summary>The English (en) wording: the same report as an English-language sell-side note, same numbers.</summary>
public sealed partial record Wording
{
    public static readonly Wording En = new()
    {
        Language = ReportLanguage.En,
        Tag = "en-US",
        BodyFont = "Liberation Serif",
        HeadingFont = "Liberation Sans",
        ChartFontProbe = "Hang Seng TECH Index return mean YoY",

        PointsUnit = " ppt",
        Findings = FindingWords.En,
        List = EnList,
        SentenceGap = " ",
        Market = market => market switch
        {
            "HK" => "Hong Kong",
            "US" => "US",
            "CN" => "China A-share",
            "JP" => "Japan",
            "KR" => "South Korea",
            "TW" => "Taiwan",
            "SG" => "Singapore",
            "UK" => "UK",
            "DE" => "Germany",
            "FR" => "France",
            "CH" => "Switzerland",
            "IN" => "India",
            _ => market,
        },
        Currency = currency => currency,
        Date = EnDate,
        Month = period => MonthName(period.Month),
        YearMonth = period => $"{MonthName(period.Month)} {Int(period.Year)}",
        Move = EnMove,
        Change = EnMove,
        Excess = (outperformed, benchmark, points) => (outperformed ? "outperformed " : "underperformed ") + (benchmark is null ? "" : benchmark + " ") + "by " + points,
        ExcessCell = (outperformed, points) => (outperformed ? "+" : "-") + points,
        NoValue = "—",
        NotMeaningful = "NM",

        FigureLabel = n => $"Figure {Int(n)}",
        TableLabel = n => $"Table {Int(n)}",
        LabelSeparator = ": ",
        NotePrefix = "Note: ",
        SourcePrefix = "Source",
        FieldGap = "  ",
        RelatedDash = " — ",
        ReportTitle = title => $"“{title}”",
        NewsMeta = (date, sources) => $" ({date}, {string.Join(", ", sources)}) ",
        KeyPointsHeading = "Key points",
        SectorRatingHeading = "Sector rating",
        SectorName = sector => sector,
        SectorLabel = "Sector",
        PeriodLabel = "Period",
        AsOfLabel = "Data as of",
        AnalystsHeading = "Analysts",
        LicenceLabel = "Licence no.",
        RelatedHeading = "Related research",
        RiskWarningLabel = "Risks",
        MethodsHeading = "Methods",
        ChartMissing = "Chart not drawn",
        ChartNoData = "No data",
        DateColumn = "Date",
        CategoryColumn = "Category",

        RecommendationHeading = "Investment view",
        RisksHeading = "Risks",
        DefaultRisks = "Demand may fall short as the economy slows; regulation of the sector may change; competition and spending on new businesses may exceed expectations; overseas markets and exchange rates may move against the companies.",
        DisclaimerHeading = "Disclaimer",
        DefaultDisclaimer = "This report is for information only and is not investment advice. Its information comes from public sources and the workspace's input data; the authors make no warranty as to its accuracy or completeness. Investors should make their own judgement and bear their own investment risk.",
        ReviewKeyPoint = period => $"{MonthName(period.Month)} market review",
        StrategyKeyPoint = period => $"{MonthName(period.Month)} strategy",
        NarrativeMethod = "Placeholders in the analyst's text (narrative/en/*.md) are filled from this report's results at the tables' precision; every other number written by hand is checked (fact_check): recomputed for the company or index, measure and year named, and consistent when equal at the decimals written.",

        ReviewHeading = (period, name, move) => $"Market review: {name} {move ?? "no data"} in {MonthName(period.Month)}",
        IndexSentence = (period, headline, comparison) =>
        {
            var month = MonthName(period.Month);
            if (headline.Return.Value is not { } h)
            {
                return $"{headline.Name} lacks a close at the start or end of {month}; its monthly return cannot be computed.";
            }

            var text = $"In {month}, {headline.Name} {EnMove(h)}.";
            return comparison?.Return.Value is { } c ? text + $" Over the same period, {comparison.Name} {EnMove(c)}." : text;
        },
        TopSentence = m =>
        {
            if (m.Top.Count == 0)
            {
                return $"In the {m.MarketLabel} market, no stock had a return this month.";
            }

            static string Size(Model.Performer p) => DisplayFormat.Number(Math.Abs(p.Excess.Value!.Value), DisplayFormat.PctDecimals) + " ppt";
            var allSame = m.Top.All(p => p.Outperformed) || m.Top.All(p => !p.Outperformed);
            var excess = allSame
                ? $"{(m.Top[0].Outperformed ? "outperforming" : "underperforming")} {m.Benchmark.Name} by {EnList(m.Top.Select(Size))} respectively"
                : $"{EnList(m.Top.Select(p => $"{(p.Outperformed ? "outperforming" : "underperforming")} by {Size(p)}"))} against {m.Benchmark.Name}";
            return $"In the {m.MarketLabel} market, the top {Int(m.Top.Count)} performers this month were {EnList(m.Top.Select(p => p.Name))}, "
                + $"returning {EnList(m.Top.Select(p => p.Return.Display))} and {excess}.";
        },
        StaleReason = (last, asOf, allowed) => last is { } d
            ? $"last close on {EnDate(d)}, more than {Int(allowed)} days before {EnDate(asOf)}"
            : $"no close by {EnDate(asOf)}",
        NoTradingDayReason = (market, period) => $"no trading day in {market} in {MonthName(period.Month)} {Int(period.Year)}",
        NoCloseReason = day => $"no close on {EnDate(day)}",
        NoBenchmarkReturnReason = (benchmark, period) => $"benchmark {benchmark} has no return for {MonthName(period.Month)} {Int(period.Year)}",
        ExcludedSentence = (named, total) =>
            $"A further {Int(total)} stocks are left out of this month's figures: {EnList(named.Select(e => $"{e.Name} ({e.Reason})"))}"
            + $"{(total > named.Count ? ", and others; all are listed in tables/excluded.csv" : "")}.",
        ReturnsMethod = markets => markets.All(m => m.Frequency == Frequency.Daily)
            ? "Period return: the close at the end (the market's last trading day of the month) ÷ the close at the start (its last trading day of the previous month) − 1, on each market's own trading days, compounded, not summed; stocks without a start or end close are left out and listed."
            : "Period return: the close at the end ÷ the close at the start − 1, compounded, not summed; "
                + string.Join("; ", markets.GroupBy(m => m.Frequency).Select(g => $"{EnList(g.Select(m => m.Market))} {EnPriceDays(g.Key)}"))
                + "; stocks without a start or end close are left out and listed.",
        ExcessMethod = "Excess return: the stock's unrounded period return minus its market benchmark's, in percentage points (ppt), rounded once for display; a displayed value ≥ 0 reads \"outperformed\", otherwise \"underperformed\" by its absolute value.",
        BenchmarksMethod = pairs => $"Benchmarks: {string.Join("; ", pairs.Select(p => $"{p.Market} against {p.Benchmark}"))}. Ranks are within each market by return, highest first; ties take the better rank.",
        ComputedIndexMethod = c =>
            $"Own sector index: {c.Name} ({c.Code}) is chain-linked daily from the closes of {string.Join(", ", c.Members)} ({Int(c.Securities)} securities), base {DisplayFormat.Number(c.Base, c.Base == Math.Round(c.Base) ? 0 : 2)} on {EnDate(c.BaseDate)}. "
            + $"Each trading day it moves by the {(c.Weights == IndexWeighting.Equal ? "equal-weighted mean" : "market-cap-weighted mean, weighted at the previous close (shares_mn in securities.csv × the previous close; shares held constant)")} of its members' returns; "
            + "a member enters at its first close (its returns count from the next trading day) and leaves after its last; a day without its close in between repeats its last close (a return of zero).",
        IndexPairSeparator = " vs ",
        MonthlyIndexCaption = pair => $"{pair}: monthly returns",
        RebasedIndexCaption = pair => $"{pair}: performance",
        RebasedAxis = "Index (start = 100)",
        ReturnSeries = "Return",
        ReturnAxis = "Return (%)",
        KeyCompaniesCaption = (period, sector) => $"{sector}: key companies' returns in {MonthName(period.Month)} (%)",
        TopGainersCaption = (period, sector, n) => $"{sector}: top {Int(n)} gainers, {MonthName(period.Month)} {Int(period.Year)} (%)",
        DeclinersCaption = (period, sector) => $"{sector}: stocks that fell, {MonthName(period.Month)} {Int(period.Year)} (%)",
        DeclinersCappedCaption = (period, sector, shown) => $"{sector}: the {Int(shown)} largest decliners, {MonthName(period.Month)} {Int(period.Year)} (%)",
        LateStartNote = (name, first, level) => $"{name} has closes from {EnDate(first)} only; it is drawn from that day, starting at the level of {level} on it.",
        MissingMonthNote = (name, period, day) => $"{name} has no return for {MonthName(period.Month)} {Int(period.Year)}: no close on {EnDate(day)}.",
        FewerGainersNote = (rose, bars) => $"Only {Int(rose)} stocks rose this month; all of them are shown (fewer than {Int(bars)}).",
        DeclinersCappedNote = (total, shown) => $"{Int(total)} stocks fell this month; the figure shows the {Int(shown)} largest falls. Every stock's return is in tables/stock_returns.csv.",
        MarketTopCaption = period => $"Top performers by market, {MonthName(period.Month)} {Int(period.Year)}",
        MarketTopColumns = ["Market", "Code", "Name", "Sub-sector", "Return", "Benchmark", "Index return", "Excess", "Rank"],

        ValuationHeading = "Valuation",
        FrequencyName = EnFrequency,
        ValuationMethod = (index, inception, method, frequency) =>
            $"Valuation percentile: the share of {EnFrequency(frequency)} PE-TTM observations of {index} since its inception on {EnDate(inception)} up to the valuation date that lie strictly below the current value; method {method} (inc = below ÷ (n − 1), as Excel PERCENTRANK.INC; rank = pandas average-rank percentile; strict = below ÷ n). Mean and standard deviation (sample) over the same window.",
        ValuationSentence = v =>
            $"As of {EnDate(v.ObservedOn)}, {v.IndexName} traded at a PE-TTM of {v.PeTtm.Display}, at the {Ordinal(v.Percentile)} percentile since its inception "
            + $"({Int(v.Observations)} observations since {DisplayFormat.Date(v.Inception)}, method {v.Method}); "
            + $"its mean over the period is {DisplayFormat.Multiple(v.Mean, DisplayFormat.PeTtmDecimals)}.",
        ValuationCaption = index => $"{index}: PE-TTM",
        PeAxis = "PE-TTM (x)",
        MeanLine = "Mean",

        ForecastsCaption = "Key companies: forecasts and ratings",
        NotRated = "Not rated",
        ForecastColumns = ["Code", "Company", "Rating"],
        CloseColumn = currencies => $"Last close ({currencies})",
        MarketCapColumn = currencies => $"Market cap ({currencies} mn)",
        CurrencySeparator = "/",
        ForecastsMethod = asOf => $"Forward PE = the latest close as of {EnDate(asOf)} × the FX rate on the close date (quote currency → EPS currency) ÷ EPS; NM where EPS is missing or ≤ 0. Market cap in millions of the quote currency. Multiple on adjusted profit = market cap in the profit currency ÷ the year's adjusted net profit.",
        ForecastsNote = (asOf, days) => (days switch
        {
            null => $"No close by {EnDate(asOf)}",
            var (first, last) when first == last => $"Closes of {EnDate(last)}",
            var (first, last) => $"Latest closes as of {EnDate(asOf)} ({EnDate(first)} to {EnDate(last)})",
        }) + "; EPS are forecasts; PE converted at the close date's FX rate.",

        ForecastYearColumn = (year, fiscal) => fiscal ? $"FY{Int(year)}E" : $"{Int(year)}E",
        ForecastOrdinalColumn = k => $"FY{Int(k)}",
        FiscalYearNote = (groups, ordinal, asOf) =>
        {
            static string Span(int year, int end) => $"FY{Int(year)} runs from {MonthName(end % 12 + 1)} {Int(year - 1)} to {MonthName(end)} {Int(year)}";
            string Years(FiscalYearGroup g) => EnList(g.Years.Select(y => g.FyEnd == 12 ? Int(y) : $"FY{Int(y)}"));
            var clauses = groups.Select(g => (g.FyEnd, ordinal) switch
            {
                (12, true) => $"other companies: {Years(g)}",
                (12, false) => "other companies: calendar years",
                (var m, true) => $"{EnList(g.Names)}, years ending in {MonthName(m)}: {Years(g)} ({Span(g.Years[0], m)})",
                (var m, false) => $"{EnList(g.Names)}: fiscal years ending in {MonthName(m)}; {Span(g.Years[0], m)}",
            });
            var columns = EnList(groups[0].Years.Select((_, k) => $"FY{Int(k + 1)}"));
            return (ordinal ? $"{columns} are each company's fiscal years ending after {EnDate(asOf)}: " : "") + string.Join("; ", clauses) + ".";
        },

        ChangesHeading = "Rating and forecast changes",
        FirstIssue = "This is the first report: the workspace history holds no earlier one to compare ratings and forecasts with.",
        ChangesParagraph = (title, date, summary) => $"Against the previous report, “{title}” ({date}): {summary}",
        ChangesMethod = (file, period, scale) =>
            $"Rating and forecast changes: compared with the latest report in the workspace history for an earlier period ({file}, period {period}). Ratings follow rating_scale from highest to lowest ({string.Join(", ", scale)}) to tell upgrades, downgrades and maintained ratings; unrated before means initiated, unrated now means dropped. EPS revision = this forecast ÷ the previous one − 1 (same fiscal year and currency); NM where the previous EPS is missing, ≤ 0 or in another currency.",
        ChangesColumns = ["Code", "Company", "Was", "Rating", "Action"],
        EpsGroup = header => $"{header} EPS",
        EpsColumns = ["Was", "Now", "Rev."],
        TargetGroup = "Target price",
        TargetColumns = ["Was", "Now", "Chg."],
        ChangesNote = (title, period, date) => $"Previous report: “{title}” (period {period}, {date}); EPS revision = current ÷ previous − 1.",
        ActionLabel = action => action switch
        {
            RatingAction.Maintained => "Maintained",
            RatingAction.Upgraded => "Upgraded",
            RatingAction.Downgraded => "Downgraded",
            RatingAction.Initiated => "Initiated",
            RatingAction.Dropped => "Dropped",
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        },
        SectorRatingMoved = (upgraded, sector, rating) => $"{(upgraded ? "upgraded" : "downgraded")} the {sector} sector to {rating}; ",
        ChangesSummary = s =>
        {
            // A year ending in another month than December says so: FY25 (year to June).
            static string Revised(IEnumerable<(string Name, int Year, decimal Pct, int FyEnd)> items) =>
                EnList(items.Select(r => $"{r.Name}'s FY{(r.Year % 100).ToString("00", CultureInfo.InvariantCulture)}{(r.FyEnd == 12 ? "" : $" (year to {MonthName(r.FyEnd)})")} EPS by {DisplayFormat.PercentAbs((double)r.Pct)}"));
            var parts = new List<string>();
            parts.AddRange(s.Maintained.Select(g => $"maintained {g.Rating} on {EnList(g.Names)}"));
            parts.AddRange(s.Upgraded.Select(c => $"upgraded {c.Name} to {c.Rating}"));
            parts.AddRange(s.Downgraded.Select(c => $"downgraded {c.Name} to {c.Rating}"));
            parts.AddRange(s.Initiated.Select(g => $"initiated {EnList(g.Names)} at {g.Rating}"));
            if (s.Dropped.Count > 0)
            {
                parts.Add($"dropped coverage of {EnList(s.Dropped)}");
            }

            if (s.RevisedUp.Count > 0)
            {
                parts.Add("raised " + Revised(s.RevisedUp));
            }

            if (s.RevisedDown.Count > 0)
            {
                parts.Add("cut " + Revised(s.RevisedDown));
            }

            if (s.Unchanged)
            {
                parts.Add("left forecasts unchanged");
            }

            parts.AddRange(s.TargetChanges.Select(t => $"moved {t.Name}'s target price by {t.Change}"));
            if (parts.Count == 0)
            {
                return "No rating or forecast changes this month.";
            }

            var text = string.Join("; ", parts) + ".";
            return char.ToUpperInvariant(text[0]) + text[1..];
        },

        KeyCompanyTier = "Key companies",
        OtherCompanyTier = "Other companies",
        GroupHeading = (name, headline) => $"{name}: {headline}",
        NewsKeyPoint = groups => string.Join("; ", groups.Select((g, i) => $"{Int(i + 1)}) {g.Name}: {g.Headline}")) + ".",
        DecodedNote = (file, encoding) => $"{file} is not UTF-8; read as {encoding}",
        NewsFilterMethod = (start, end, days, similarity) =>
            $"News selection: only items published within the period ({DisplayFormat.Date(start)} to {DisplayFormat.Date(end)}) are used; the rest are listed in tables/news_excluded.csv. "
            + $"Items with the same link or title within {Int(days)} days are duplicates; two items within {Int(days)} days whose frequency-weighted shared words exceed {similarity}% of the shorter are one story, merged with all their sources.",
        NewsClassifyMethod = "News classification: first by the item's own company codes and tags, then by the company aliases and keywords of the news taxonomy (news_taxonomy), matched as whole words after segmentation; each item goes to one section and group unless the taxonomy says otherwise.",
        NewsRankMethod = (tiers, key, recency, extra, maxExtra) =>
            $"News ranking: within a group by score, highest first; score = source tier ({tiers}) + key company {key} + recency {recency} × (days since the first of the month ÷ days in the month less one) + {extra} per extra source (at most {maxExtra}); "
            + "each group's headline is made of its top items' titles (leading company name removed); the analyst may rewrite it in narrative/headlines.yaml.",
        SeriesMethod = "Industry data: YoY = this month ÷ the same month a year earlier − 1, MoM = this month ÷ the previous month − 1; blank, not 0, when the month compared is missing.",
        SeriesCaption = (series, unit) => $"{series}{(unit is null ? "" : $" ({unit}, %)")}",
        YoySeries = "YoY (%)",
        SeriesTableCaption = "Industry data: latest values, YoY and MoM",
        SeriesColumns = ["Series", "Month", "Value", "Unit", "YoY", "MoM"],
        SeriesFrequencyMethod = (monthly, quarterly) =>
            "Industry data: the frequency of each series is read from the gaps between its dates. "
            + (monthly.Count == 0 ? "" : $"Monthly: {EnList(monthly)}; YoY = this month ÷ the same month a year earlier − 1, MoM = this month ÷ the previous month − 1. ")
            + $"Quarterly: {EnList(quarterly)}; YoY = this quarter ÷ the same quarter a year earlier − 1, QoQ = this quarter ÷ the previous quarter − 1. Blank, not 0, when the period compared is missing.",
        QuarterlySeriesColumns = ["Series", "Period", "Value", "Unit", "YoY", "QoQ/MoM"],
        QuarterLabel = (year, quarter) => $"{Int(year)}Q{Int(quarter)}",
        QuarterlySeriesNote = "Quarterly data; the change on the period before is quarter on quarter.",
    };

    private static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    private static string EnDate(DateOnly date) => $"{Int(date.Day)} {MonthName(date.Month)} {Int(date.Year)}";

    private static string EnMove(double pct) => DisplayFormat.ShownSign(pct) switch
    {
        > 0 => "rose " + DisplayFormat.PercentAbs(pct),
        < 0 => "fell " + DisplayFormat.PercentAbs(pct),
        _ => "was flat",
    };

    private static string EnList(IEnumerable<string> items) => string.Join(", ", items);

    /// <summary>8.85th: the percentile as displayed (always with decimals), read as an ordinal.</summary>
    private static string Ordinal(Model.Quantity percentile) =>
        percentile.Value is { } v ? DisplayFormat.Number(v, DisplayFormat.PercentileDecimals) + "th" : percentile.Display;

    /// <summary>Which closes a market's period return takes, by how often its prices are given (frequency from the dates).</summary>
    private static string EnPriceDays(Frequency frequency) => frequency switch
    {
        Frequency.Daily => "has daily closes: the end and start are the market's last trading days of the month and of the previous month",
        Frequency.Weekly => "has weekly closes: the end and start are the closes of the last week of the month and of the previous month",
        Frequency.Monthly => "has monthly closes: the end and start are the month's and the previous month's closes as given",
        _ => $"has {(frequency == Frequency.Quarterly ? "quarterly" : "annual")} closes: the end is the month's close as given, the start the close before it; other months have no return",
    };

    private static string EnFrequency(Frequency frequency) => frequency switch
    {
        Frequency.Daily => "daily",
        Frequency.Weekly => "weekly",
        Frequency.Monthly => "monthly",
        Frequency.Quarterly => "quarterly",
        _ => "annual",
    };
}
