using SectorScope.Analytics;

namespace SectorScope.Reporting.FactCheck;

/// <summary>
/// The English words of claims, as English sell-side notes write them: Kingsoft rose 16.7% in November,
/// outperforming the Hang Seng TECH Index by 20.0 ppt; a 3.2% decline year to date; 15.0x 2024E PE; PE-TTM of
/// 20.59x, at the 8.85th percentile; ranked number 3 among US gainers. Words match whole words only.
/// </summary>
public static class EnglishClaimWords
{
    private const string MonthName = "January|February|March|April|May|June|July|August|September|October|November|December"
        + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    // A month of a date or a title is not a period: 2 December 2024, December 2, the December strategy.
    private const string Month = @"(?<![0-9]\s)\b(?<NAME>" + MonthName + @")\b(?>(?:\s+(?<YEAR>20[0-9]{2}))?)(?!\s+[0-9]{1,2}(?![0-9]))(?!['’]?s?\s+(?:strategy|report|issue|outlook))";

    private static string MonthGroup(string name, string year) => Month.Replace("NAME", name, StringComparison.Ordinal).Replace("YEAR", year, StringComparison.Ordinal);

    private static readonly string[] Rise = ["rose", "rise", "rises", "risen", "rising", "gained", "gain", "gains", "gaining", "climbed", "climbs", "advanced", "rallied",
        "rebounded", "jumped", "surged", "soared", "added", "increased", "increase", "up", "higher", "grew", "growth"];

    private static readonly string[] Fall = ["fell", "fall", "falls", "fallen", "falling", "declined", "decline", "declines", "dropped", "drop", "drops", "slid",
        "slipped", "lost", "loss", "losses", "down", "lower", "retreated", "decreased", "decrease", "shrank"];

    private static readonly string[] Ahead = ["outperformed", "outperforming", "outperforms", "outperform", "outperformance", "beat", "beating", "beats", "ahead of"];

    private static readonly string[] Behind = ["underperformed", "underperforming", "underperforms", "underperform", "underperformance", "lagged", "lagging", "lags",
        "trailed", "behind"];

    public static ClaimVocabulary Vocabulary { get; } = new()
    {
        WholeWords = true,
        WordsFollow = true,
        Articles = ["the", "its", "their"],
        MonthNames = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["January"] = 1,
            ["February"] = 2,
            ["March"] = 3,
            ["April"] = 4,
            ["May"] = 5,
            ["June"] = 6,
            ["July"] = 7,
            ["August"] = 8,
            ["September"] = 9,
            ["October"] = 10,
            ["November"] = 11,
            ["December"] = 12,
            ["Jan"] = 1,
            ["Feb"] = 2,
            ["Mar"] = 3,
            ["Apr"] = 4,
            ["Jun"] = 6,
            ["Jul"] = 7,
            ["Aug"] = 8,
            ["Sep"] = 9,
            ["Sept"] = 9,
            ["Oct"] = 10,
            ["Nov"] = 11,
            ["Dec"] = 12,
        },
        FullStopExceptAfter = ["vs", "No", "Inc", "Ltd", "Co", "Corp", "approx", "e.g", "i.e", "Mr", "Ms", "Dr", "St"],
        CorporateWords = new HashSet<string>(StringComparer.Ordinal)
        {
            "Holdings", "Holding", "Group", "International", "Software", "Technology", "Technologies", "Limited", "Ltd", "Inc", "Corp", "Corporation",
            "Online", "Semiconductor", "Electronic", "Electronics", "Co",
        },
        Units =
        [
            ("percentage points", ClaimUnit.Points, 1), ("percentage point", ClaimUnit.Points, 1), ("ppts", ClaimUnit.Points, 1), ("ppt", ClaimUnit.Points, 1),
            ("pp", ClaimUnit.Points, 1), ("basis points", ClaimUnit.Points, 0.01), ("basis point", ClaimUnit.Points, 0.01), ("bps", ClaimUnit.Points, 0.01),
            ("bp", ClaimUnit.Points, 0.01), ("th percentile", ClaimUnit.Percent, 1), ("st percentile", ClaimUnit.Percent, 1), ("nd percentile", ClaimUnit.Percent, 1),
            ("rd percentile", ClaimUnit.Percent, 1), ("per cent", ClaimUnit.Percent, 1), ("percent", ClaimUnit.Percent, 1), ("%", ClaimUnit.Percent, 1),
            ("x", ClaimUnit.Multiple, 1), ("X", ClaimUnit.Multiple, 1),
        ],
        RankPattern = @"\b(?i:rank(?:ed|s|ing)?|placed|came)\s+(?:(?i:number|No\.?)\s*|#\s*)?(?<n>[0-9]{1,3}|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))(?:st|nd|rd|th)?(?![0-9A-Za-z])",
        ChangeFrequencies =
        [
            ("month on month", Frequency.Monthly), ("month-on-month", Frequency.Monthly), ("mom", Frequency.Monthly), ("MoM", Frequency.Monthly), ("m/m", Frequency.Monthly),
            ("quarter on quarter", Frequency.Quarterly), ("quarter-on-quarter", Frequency.Quarterly), ("qoq", Frequency.Quarterly), ("QoQ", Frequency.Quarterly), ("q/q", Frequency.Quarterly),
        ],
        MetricWords =
        [
            .. Ahead.Concat(Behind).Select(w => (w, MetricWord.Excess)),
            ("excess return", MetricWord.Excess), ("excess returns", MetricWord.Excess),
            ("year on year", MetricWord.Yoy), ("year-on-year", MetricWord.Yoy), ("yoy", MetricWord.Yoy), ("YoY", MetricWord.Yoy), ("y/y", MetricWord.Yoy),
            ("month on month", MetricWord.Mom), ("month-on-month", MetricWord.Mom), ("mom", MetricWord.Mom), ("MoM", MetricWord.Mom), ("m/m", MetricWord.Mom),
            // A quarterly series' change on the quarter before is its 环比 as a monthly series' is on the month before.
            ("quarter on quarter", MetricWord.Mom), ("quarter-on-quarter", MetricWord.Mom), ("qoq", MetricWord.Mom), ("QoQ", MetricWord.Mom), ("q/q", MetricWord.Mom),
            .. Rise.Concat(Fall).Select(w => (w, MetricWord.Return)),
            ("return", MetricWord.Return), ("returns", MetricWord.Return), ("returned", MetricWord.Return), ("performance", MetricWord.Return), ("change", MetricWord.Return),
        ],
        Falling = Fall,
        Rising = Rise,
        Underperform = Behind,
        Outperform = Ahead,
        BenchmarkMarkers = [.. Ahead, .. Behind, "relative to", "against", "versus", "vs.", "vs", "than"],
        AdjustedMultiple = ["adjusted", "adj."],
        TrailingMultiple = ["PE-TTM", "TTM", "ttm", "trailing"],
        ForwardMultiple = ["PE", "PEs", "P/E", "P/Es", "earnings"],
        Percentile = ["percentile"],
        PeriodPattern =
            @"\b(?i:(?<cur>this month|(?:in|during|over|for|across) the month)|(?<prev>last month|the previous month|the prior month))\b"
            + @"|\b(?<ytd>(?i:year[- ]to[- ]date|so far this year|since the (?:start|beginning) of (?:the|this) year)|YTD|(?i:since the (?:start|beginning) of )(?<ytdy>20[0-9]{2})|(?<ytdy>20[0-9]{2}) YTD)\b"
            + @"|\b(?<t12>(?i:(?:over|in|during) the (?:past|last) (?:year|12 months|twelve months)|(?:the )?(?:past|last|trailing) (?:12|twelve) months))\b"
            + @"|\b(?i:the first )(?<qn>(?i:two|three)|[23])(?i: quarters)(?:(?i: of )(?<qny>20[0-9]{2}))?\b"
            + @"|\b(?i:the )?(?<q>(?i:first|second|third|fourth))(?i: quarter)(?![- ](?i:results|earnings|report))(?:(?i: of )(?<qy>20[0-9]{2}))?\b"
            + @"|(?<![0-9A-Za-z])Q(?<q>[1-4])(?:\s*(?<qy>20[0-9]{2}|[0-9]{2}))?(?![0-9])|(?<![0-9A-Za-z])(?<q>[1-4])Q(?<qy>[0-9]{2})?(?![0-9A-Za-z])"
            + @"|\b(?i:since )" + MonthGroup("sm", "sy")
            + @"|(?:\b(?i:from) )?" + MonthGroup("m1", "ry") + @"\s*(?:-|–|(?i:to|through))\s*" + MonthGroup("m2", "ry")
            + "|" + MonthGroup("m", "my")
            + @"|\b(?i:in|during|for|over|throughout) (?<y>20[0-9]{2})(?![0-9])(?![Ee]\b)",
        ForecastYearPattern = @"(?<![0-9A-Za-z])(?<y>20[0-9]{2}|[0-9]{2})[Ee](?![A-Za-z])|(?<![A-Za-z])FY\s*(?<y>20[0-9]{2}|[0-9]{2})(?![0-9])|(?<![0-9.,A-Za-z])(?<y>20[0-9]{2})(?![0-9])(?![.,][0-9])",
        Numerals = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["one"] = 1,
            ["two"] = 2,
            ["three"] = 3,
            ["four"] = 4,
            ["five"] = 5,
            ["six"] = 6,
            ["seven"] = 7,
            ["eight"] = 8,
            ["nine"] = 9,
            ["ten"] = 10,
            ["first"] = 1,
            ["second"] = 2,
            ["third"] = 3,
            ["fourth"] = 4,
            ["fifth"] = 5,
            ["sixth"] = 6,
            ["seventh"] = 7,
            ["eighth"] = 8,
            ["ninth"] = 9,
            ["tenth"] = 10,
        },
        ListSeparators = [",", "and", ", and", "&", "as well as"],
        CollectivePattern = @"\b(?i:(?:all|the|these|those) )?(?<n>(?i:two|three|four|five))(?i: (?:of them|companies|stocks|names))\b",
        UnknownNamePattern = @"(?<![A-Za-z0-9])[A-Z][A-Za-z0-9&'’.\-]*[A-Za-z0-9](?:\s+[A-Z][A-Za-z0-9&.\-]*[A-Za-z0-9])*|(?<![A-Za-z0-9])[0-9]{4,6}\.(?:HK|SH|SZ|US)(?![A-Za-z])",
        UnknownNameSuffixesAlone = new HashSet<string>(StringComparer.Ordinal) { "Index", "Group", "Holdings" },
        LatinNonNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "PE", "TTM", "YTD", "FY", "EPS", "AI", "ppt", "pp", "bp", "bps", "Q", "E", "x", "vs", "ROE", "PB", "PS", "PE-TTM", "P/E",
            "The", "In", "On", "At", "For", "From", "Since", "Among", "While", "But", "And", "Its", "Their", "This", "That", "These", "Those", "Over", "During",
            "After", "Before", "By", "As", "With", "Meanwhile", "Overall", "Both", "All", "Of", "Only", "Year", "Shares", "We", "Our", "It", "Hong Kong", "US",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Outperform", "Neutral", "Buy", "Sell", "Underperform",
        },
        LeadingFillers = ["the", "its", "their", "shares of", "shares in", "both", "while", "and", "but", "meanwhile", "in", "on", "among", "of", "with"],
        NumberClauseWords = ["respectively", "were", "was", "are", "is", "of", "at", "by", "to", "about", "around", "roughly", "approximately", "only", "just",
            "some", "nearly", "almost", "a", "an", "and", "for", "with", "reaching", "reached", "stood at", "came in at", "trade at", "trades at", "trading at"],
        SubjectlessWords = ["it", "its", "the stock", "the shares", "shares", "the company", "the index", "the sector", "over the same period", "in the same period",
            "also", "further", "then", "later", "in turn", "which", "that", "the"],
        ShortNameFollowers = "",
        SentenceEnds = "!?\n",
        ClauseEnds = [',', ';', ':', '—'],
        MetricExamples = "rose, outperformed, percentile, year on year …",
        MultipleExamples = "PE-TTM, a year's PE, adjusted profit",
        SignedReturnWord = "a change of",
    };
}
