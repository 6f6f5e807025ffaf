namespace SampleGenerator;

/// <summary>The analyst's coverage and forecasts for the key companies.</summary>
internal static class Research
{
    public const string Rating = "优于大市";
    public static readonly DateOnly RatingDate = new(2024, 11, 11);
    public const string ForecastCurrency = "CNY";

    /// <summary>2025 adjusted net profit, CNY mn: not published by the model, set about 10% above 2024.</summary>
    private static readonly IReadOnlyDictionary<string, double> AdjProfit2025Mn = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["0700.HK"] = 241_000,
        ["9999.HK"] = 35_500,
        ["3690.HK"] = 54_000,
        ["9988.HK"] = 163_000,
    };

    public static IEnumerable<(string Code, int Year, double Eps, double AdjProfitMn)> Forecasts()
    {
        foreach (var code in Pins.KeyCompanies)
        {
            var f = Pins.Forecasts.Single(x => x.Code == code);
            var profit2024 = Pins.AdjustedProfits.Single(x => x.Code == code).AdjProfit2024Mn;
            yield return (code, 2024, f.Eps2024, profit2024);
            yield return (code, 2025, f.Eps2025, AdjProfit2025Mn[code]);
        }
    }

    /// <summary>Shares outstanding chosen so that the as-of close times shares gives the published market cap.</summary>
    public static double SharesMn(Stock stock) =>
        stock.SharesMn ?? Numbers.Round(Pins.MarketCapsMn[stock.Code] / Pins.AsOfCloses[stock.Code], 6);
}
