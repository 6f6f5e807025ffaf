namespace SectorScope.Analytics;

/// <summary>Valuation multiples of the forecast table (PRODUCT.md, "Forward PE", "Multiple on adjusted profit").</summary>
public static class Multiples
{
    /// <summary>price × FX(price currency → EPS currency) ÷ EPS; null ("NM") when EPS is missing or ≤ 0.</summary>
    public static double? ForwardPe(double price, double fxToEpsCurrency, double? eps) =>
        eps is > 0 ? price * fxToEpsCurrency / eps.Value : null;

    /// <summary>Market cap converted to the profit's currency ÷ adjusted net profit; null when profit is missing or ≤ 0.</summary>
    public static double? OnAdjustedProfit(double marketCapMn, double fxToProfitCurrency, double? adjNetProfitMn) =>
        adjNetProfitMn is > 0 ? marketCapMn * fxToProfitCurrency / adjNetProfitMn.Value : null;

    /// <summary>Market cap in millions of the quote currency: the given figure if the price file has one, else close × shares.</summary>
    public static double? MarketCapMn(double close, double? givenMarketCapMn, double? sharesMn) =>
        givenMarketCapMn ?? (sharesMn is > 0 ? close * sharesMn.Value : null);
}
