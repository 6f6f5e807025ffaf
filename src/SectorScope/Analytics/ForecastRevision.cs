namespace SectorScope.Analytics;

/// <summary>How much a forecast moved between two reports.</summary>
public static class ForecastRevision
{
    /// <summary>
    /// new ÷ old − 1, in percent, unrounded. Null when either value is missing or the old one is ≤ 0:
    /// a ratio against a loss or zero has no meaning as a revision.
    /// </summary>
    public static double? Pct(double? previous, double? current) =>
        previous is > 0 && current is { } c ? (c / previous.Value - 1) * 100 : null;
}
