namespace SectorScope.Workspace;

/// <summary>Where a value came from: the file and line it was read at.</summary>
public readonly record struct SourceRef(string File, int Line)
{
    public override string ToString() => $"{File}:{Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}

/// <param name="FyEnd">The month (1–12) the company's fiscal year ends in; 12, a calendar year, when securities.csv leaves fy_end blank.</param>
public sealed record Security(string Code, string Name, string Market, string Currency, string SubSector, string? NameEn, double? SharesMn, int FyEnd = 12)
{
    /// <summary>A fiscal year that ends in another month than December: forecasts are labelled FY and the table says when it ends.</summary>
    public bool HasFiscalYear => FyEnd != 12;
}

public sealed record IndexInfo(string Code, string Name, string Market, string Currency, DateOnly Inception);

public sealed record PriceRow(DateOnly Date, string Code, double Close, double? MarketCapMn, SourceRef Source);

public sealed record ValuationRow(DateOnly Date, string Code, double PeTtm, SourceRef Source);

public sealed record FxRow(DateOnly Date, string From, string To, double Rate, SourceRef Source);

public sealed record CoverageRow(string Code, string Rating, double? TargetPrice, DateOnly? RatingDate, SourceRef Source);

public sealed record ForecastRow(string Code, int Year, double? Eps, string Currency, double? AdjNetProfitMn, SourceRef Source);

public sealed record SeriesRow(DateOnly Date, string Series, double Value, string? Unit, SourceRef Source);

public sealed record NewsItem(
    DateOnly Date,
    string Source,
    string Title,
    string Body,
    string? Url,
    IReadOnlyList<string> Companies,
    IReadOnlyList<string> Tags,
    SourceRef Origin);
