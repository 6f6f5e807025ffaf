namespace SectorScope.Workspace;

public sealed record Analyst(string Name, string Licence);

public sealed record RelatedReport(string Title, DateOnly Date);

/// <param name="Name">The market's name in the report (<c>markets.CH.name</c>), over the wording table's; null keeps the table's.</param>
public sealed record MarketSettings(string Market, string Benchmark, string? Name = null);

public enum PercentileMethod
{
    /// <summary>#below / (n − 1), like Excel PERCENTRANK.INC. The default.</summary>
    Inc,

    /// <summary>pandas <c>rank(pct=True)</c>: ties take the average rank.</summary>
    Rank,

    /// <summary>#below / n.</summary>
    Strict,
}

public sealed record ValuationSettings(string Index, PercentileMethod Method);

/// <summary>Hex colours (#RRGGBB) for rising and falling values.</summary>
public sealed record ChartColors(string Up, string Down)
{
    public static readonly ChartColors Default = new("#D7263D", "#1B9E4B");
}

/// <summary>The settings of <c>sectorscope.yaml</c>, defaults applied.</summary>
public sealed record WorkspaceSettings
{
    public const string DefaultReportType = "证券研究报告 · 行业研究 · 行业投资策略";
    public const string DefaultSourceLine = "资料来源：公司公告，研究所整理";
    public const string DefaultPageFooter = "请务必阅读正文之后的免责声明及其项下所有内容";
    public static readonly IReadOnlyList<string> DefaultRatingScale = ["买入", "优于大市", "中性", "弱于大市", "卖出"];

    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public required string Sector { get; init; }
    public string? SectorRating { get; init; }
    public string Firm { get; init; } = "";
    public IReadOnlyList<Analyst> Analysts { get; init; } = [];
    public ReportPeriod? Period { get; init; }
    public DateOnly? AsOf { get; init; }
    public required IReadOnlyList<MarketSettings> Markets { get; init; }
    public required string HeadlineIndex { get; init; }

    /// <summary>The sector index computed from its members (<c>headline_index: { computed: … }</c>), whose code is <see cref="HeadlineIndex"/>; null for a vendor index.</summary>
    public ComputedIndexSettings? ComputedIndex { get; init; }
    public string? ComparisonIndex { get; init; }
    public IReadOnlyList<string> KeyCompanies { get; init; } = [];
    public int TopPerMarket { get; init; } = 3;
    public int TopN { get; init; } = 10;

    /// <summary>The most bars the decliners figure draws, worst first; a market-wide universe can have thousands.</summary>
    public int DecliningMax { get; init; } = 40;

    public const int DefaultStaleAfterDays = 7;

    /// <summary>
    /// Calendar days a last close (or valuation) may lie before the as-of date: a week covers weekends and holidays. An
    /// older one is stale: a security is left out, an index or valuation the report needs is an error.
    /// </summary>
    public int StaleAfterDays { get; init; } = DefaultStaleAfterDays;

    /// <summary>Currency code → name in the report (<c>currencies:</c>), over the wording table's.</summary>
    public IReadOnlyDictionary<string, string> CurrencyNames { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
    public ValuationSettings? Valuation { get; init; }
    public IReadOnlyList<int> ForecastYears { get; init; } = [];
    public int PeDecimals { get; init; }
    public int PriceDecimals { get; init; } = 2;
    public int EpsDecimals { get; init; } = 2;
    public IReadOnlyList<string> RatingScale { get; init; } = DefaultRatingScale;
    public IReadOnlyList<RelatedReport> RelatedReports { get; init; } = [];
    public string? NewsTaxonomy { get; init; }
    public string SourceLine { get; init; } = DefaultSourceLine;
    public string PageFooter { get; init; } = DefaultPageFooter;
    public string? Disclaimer { get; init; }
    public string ReportType { get; init; } = DefaultReportType;

    /// <summary>Colours of gains and losses in charts; Chinese readers expect red up, green down.</summary>
    public ChartColors Colors { get; init; } = ChartColors.Default;

    /// <summary>The firm's Word template (.docx/.dotx), relative to the workspace; null uses the built-in one.</summary>
    public string? WordTemplate { get; init; }

    /// <summary>The language reports are written in unless <c>--language</c> says otherwise.</summary>
    public ReportLanguage Language { get; init; }

    /// <summary>The PostgreSQL server the market data are read from; null reads them from the workspace's own files and DuckDB store.</summary>
    /// Not in manifest.json's copy of the settings: the manifest names the server with each file it read from it.
    [System.Text.Json.Serialization.JsonIgnore]
    public StoreAddress? Store { get; init; }

    public string? BenchmarkOf(string market) => Markets.FirstOrDefault(m => m.Market == market)?.Benchmark;
}
