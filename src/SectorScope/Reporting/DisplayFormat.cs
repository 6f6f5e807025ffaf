using System.Globalization;

namespace SectorScope.Reporting;

/// <summary>
/// The one formatter for every displayed number: invariant culture, half away from zero on the decimal
/// value (as Excel and analysts round), and never a "-0.0".
/// </summary>
public static class DisplayFormat
{
    public const int ReturnDecimals = 1;
    public const int PctDecimals = 1;
    public const int PercentileDecimals = 2;
    public const int PeTtmDecimals = 2;
    public const int PriceDecimals = 1;

    public static decimal Round(double value, int decimals)
    {
        var rounded = Math.Round((decimal)value, decimals, MidpointRounding.AwayFromZero);
        return rounded == 0 ? 0m : rounded;
    }

    public static string Number(double value, int decimals) =>
        Round(value, decimals).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Thousands separators, as in market caps: 3,688,428.</summary>
    public static string Grouped(double value, int decimals) =>
        Round(value, decimals).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A return in percent: 16.7%.</summary>
    public static string Percent(double pct) => Number(pct, ReturnDecimals) + "%";

    /// <summary>A return's size without its sign, for 上涨/下跌 wording.</summary>
    public static string PercentAbs(double pct) => Number(Math.Abs(pct), ReturnDecimals) + "%";

    public static string Percentile(double pct) => Number(pct, PercentileDecimals) + "%";

    public static string Multiple(double value, int decimals) => Number(value, decimals) + "x";

    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
