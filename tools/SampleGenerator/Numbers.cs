using System.Globalization;

namespace SampleGenerator;

/// <summary>Rounding and invariant formatting shared by every writer and check.</summary>
internal static class Numbers
{
    public static double Round(double value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    public static string Fixed(double value, int decimals) =>
        Round(value, decimals).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static double Parse(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Percent change, e.g. 0.1674 for a 16.74% rise is returned as 16.74.</summary>
    public static double PctChange(double to, double from) => (to / from - 1.0) * 100.0;
}
