namespace SectorScope.Scale;

/// <summary>One security or index of the synthetic universe and the parameters of its price path.</summary>
internal sealed class Instrument
{
    public required string Code { get; init; }

    public required string Market { get; init; }

    public required bool IsIndex { get; init; }

    public required byte[] CodeBytes { get; init; }

    /// <summary>First day with a close (a listing inside the window leaves the months before it without a return).</summary>
    public DateOnly Listed { get; init; }

    /// <summary>Days without a close (a suspension); a month end inside it excludes the security from that month.</summary>
    public (DateOnly From, DateOnly To) Suspended { get; init; }

    public double Beta { get; init; }

    public double Volatility { get; init; }

    public double Level { get; set; }

    public ulong State { get; set; }

    public bool Trades(DateOnly day) => day >= Listed && (day < Suspended.From || day > Suspended.To);
}

/// <summary>The universe: a benchmark per market, the headline and comparison indices, N securities split 4:3:3 across HK, US and CN.</summary>
internal static class Instruments
{
    public static readonly (string Code, string Name, string Market, string Currency)[] Indices =
    [
        ("HSTECH", "恒生科技指数", "HK", "HKD"),
        ("IXIC", "纳斯达克综合指数", "US", "USD"),
        ("QNET", "纳斯达克互联网指数", "US", "USD"),
        ("CSI300", "沪深300指数", "CN", "CNY"),
    ];

    public static readonly string[] SubSectors = ["电商", "游戏", "本地生活", "金融科技", "短视频", "软件服务", "医疗健康", "汽车科技"];

    public static string MarketOf(int i) => (i % 10) switch { < 4 => "HK", < 7 => "US", _ => "CN" };

    public static string CodeOf(int i) => MarketOf(i) switch
    {
        "HK" => $"{1000 + i:D4}.HK",
        "US" => $"U{i:D5}.US",
        _ => $"{600000 + i:D6}.SH",
    };

    public static string CurrencyOf(string market) => market switch { "HK" => "HKD", "US" => "USD", _ => "CNY" };

    public static List<Instrument> Create(ScaleSpec spec, DateOnly first)
    {
        var list = new List<Instrument>();
        var last = new DateOnly(ScaleSpec.LastYear, 12, 31);
        int span = last.DayNumber - first.DayNumber;
        for (int j = 0; j < Indices.Length; j++)
        {
            var (code, _, market, _) = Indices[j];
            var rng = new SplitMix(Hash(spec.Seed, j, 7));
            list.Add(new Instrument
            {
                Code = code,
                Market = market,
                IsIndex = true,
                CodeBytes = System.Text.Encoding.ASCII.GetBytes(code),
                Listed = first,
                Suspended = (DateOnly.MaxValue, DateOnly.MaxValue),
                Beta = 1.0,
                Volatility = 0.004,
                Level = 1000 + (rng.NextDouble() * 4000),
                State = rng.State,
            });
        }

        for (int i = 0; i < spec.Securities; i++)
        {
            var rng = new SplitMix(Hash(spec.Seed, i, 11));
            var code = CodeOf(i);
            // A fifth list inside the window; about 1% are suspended over the November 2024 month end, 2% at some other time.
            var listed = rng.NextDouble() < 0.2 ? first.AddDays((int)(rng.NextDouble() * (span - 90))) : first;
            var roll = rng.NextDouble();
            (DateOnly, DateOnly) suspended = roll < 0.01 ? (new DateOnly(2024, 11, 18), new DateOnly(2024, 12, 6))
                : roll < 0.03 ? Window(first.AddDays((int)(rng.NextDouble() * span)), 12) : (DateOnly.MaxValue, DateOnly.MaxValue);
            list.Add(new Instrument
            {
                Code = code,
                Market = MarketOf(i),
                IsIndex = false,
                CodeBytes = System.Text.Encoding.ASCII.GetBytes(code),
                Listed = listed,
                Suspended = suspended,
                Beta = 0.5 + rng.NextDouble(),
                Volatility = 0.01 + (rng.NextDouble() * 0.03),
                Level = 5 + (rng.NextDouble() * 195),
                State = rng.State,
            });
        }

        return list;
    }

    private static (DateOnly, DateOnly) Window(DateOnly from, int days) => (from, from.AddDays(days));

    public static ulong Hash(int seed, int i, int salt) => ((ulong)(uint)seed << 32) ^ ((ulong)(uint)i * 0x9E3779B97F4A7C15UL) ^ ((ulong)salt << 56);
}

/// <summary>SplitMix64: tiny, fast and the same on every machine.</summary>
internal struct SplitMix(ulong state)
{
    public ulong State = state;

    public ulong Next()
    {
        ulong z = State += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public double NextGaussian()
    {
        double u = 1.0 - NextDouble(), v = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }
}
