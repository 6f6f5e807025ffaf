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

    /// <summary>
    /// Beyond this magnitude a value is not converted to decimal (which holds 7.9e28). Inputs are bounded far
    /// below (see InputLimits), but a ratio or product of extreme inputs, or a number in the analyst's text,
    /// can still get here, and must print rather than crash.
    /// </summary>
    private const double DecimalSafe = 1e28;

    /// <summary>The value rounded for display; beyond decimal's range the nearest decimal bound, NaN as 0.</summary>
    public static decimal Round(double value, int decimals)
    {
        if (!Fits(value))
        {
            return double.IsNaN(value) ? 0m : value > 0 ? decimal.MaxValue : decimal.MinValue;
        }

        var rounded = Math.Round((decimal)value, decimals, MidpointRounding.AwayFromZero);
        return rounded == 0 ? 0m : rounded;
    }

    public static string Number(double value, int decimals) =>
        Fits(value) ? Round(value, decimals).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : Extreme(value);

    /// <summary>Thousands separators, as in market caps: 3,688,428.</summary>
    public static string Grouped(double value, int decimals) =>
        Fits(value) ? Round(value, decimals).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : Extreme(value);

    private static bool Fits(double value) => double.IsFinite(value) && Math.Abs(value) < DecimalSafe;

    /// <summary>A value no fixed-point column can show: 3.4E+38 in scientific notation; NaN and infinities as NM (not meaningful).</summary>
    private static string Extreme(double value) => double.IsFinite(value) ? value.ToString("0.###E+0", CultureInfo.InvariantCulture) : "NM";

    /// <summary>A return in percent: 16.7%.</summary>
    public static string Percent(double pct) => Number(pct, ReturnDecimals) + "%";

    /// <summary>
    /// The direction a return or change is worded with: the sign of its displayed value, so −0.013% (shown 0.0%)
    /// is 0, flat, never a rise or a fall of 0.0%.
    /// </summary>
    public static int ShownSign(double pct) => Math.Sign(Round(pct, ReturnDecimals));

    /// <summary>A return's size without its sign, for 上涨/下跌 wording.</summary>
    public static string PercentAbs(double pct) => Number(Math.Abs(pct), ReturnDecimals) + "%";

    public static string Percentile(double pct) => Number(pct, PercentileDecimals) + "%";

    public static string Multiple(double value, int decimals) => Number(value, decimals) + "x";

    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
