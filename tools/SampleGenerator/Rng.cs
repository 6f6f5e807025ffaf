namespace SampleGenerator;

/// <summary>
/// Seeded randomness. Each series draws from its own generator, seeded from the fixed base seed and
/// the series' name, so adding or reordering securities leaves every other path unchanged.
/// </summary>
internal static class Rng
{
    public const int BaseSeed = 20241130;

    public static Random For(string series)
    {
        // FNV-1a: string.GetHashCode is randomised per process and would break reproducibility.
        uint hash = 2166136261;
        foreach (char c in series)
        {
            hash = (hash ^ c) * 16777619;
        }

        return new Random((int)((hash ^ BaseSeed) & int.MaxValue));
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public static double Normal(this Random random)
    {
        double u1 = 1.0 - random.NextDouble();
        double u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
