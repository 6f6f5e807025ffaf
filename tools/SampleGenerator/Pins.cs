namespace SampleGenerator;

/// <summary>
/// The figures the model report publishes for November 2024. The written data must reproduce each
/// of them exactly; <see cref="Verifier"/> recomputes them from the files.
/// </summary>
internal static class Pins
{
    public static readonly DateOnly PreviousMonthEnd = new(2024, 10, 31);
    public static readonly DateOnly MonthEnd = new(2024, 11, 30);

    /// <summary>Allowed distance of a realised monthly return from its target, in percentage points.</summary>
    public const double ReturnTolerancePct = 0.002;

    /// <summary>Published November returns (percent, unrounded targets).</summary>
    public static readonly IReadOnlyDictionary<string, double> NovemberReturns = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["HSTECH"] = -3.23,
        ["QNET"] = 9.21,
        ["IXIC"] = 6.21,
        ["3888.HK"] = 16.738,
        ["9999.HK"] = 9.087,
        ["0268.HK"] = 7.736,
        ["SE.US"] = 21.01,
        ["AMZN.US"] = 11.50,
        ["WB.US"] = 6.10,
    };

    /// <summary>Top three per market in order, with the displayed excess return over that market's benchmark.</summary>
    public static readonly IReadOnlyList<(string Market, string Benchmark, string[] Top, double Ceiling, double[] ExcessPct)> Leaders =
    [
        ("HK", "HSTECH", ["3888.HK", "9999.HK", "0268.HK"], 7.0, [20.0, 12.3, 11.0]),
        ("US", "IXIC", ["SE.US", "AMZN.US", "WB.US"], 6.0, [14.8, 5.3, -0.1]),
    ];

    public static readonly string[] KeyCompanies = ["0700.HK", "9999.HK", "3690.HK", "9988.HK"];

    /// <summary>Closes on the as-of date (HKD).</summary>
    public static readonly IReadOnlyDictionary<string, double> AsOfCloses = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["0700.HK"] = 398.0,
        ["9999.HK"] = 134.4,
        ["3690.HK"] = 168.7,
        ["9988.HK"] = 83.7,
    };

    /// <summary>Market caps on the as-of date, HKD millions, as published (rounded to integers).</summary>
    public static readonly IReadOnlyDictionary<string, long> MarketCapsMn = new Dictionary<string, long>(StringComparer.Ordinal)
    {
        ["0700.HK"] = 3_688_428,
        ["9999.HK"] = 431_529,
        ["3690.HK"] = 1_026_583,
        ["9988.HK"] = 1_599_221,
    };

    public const double HkdCny = 0.9346;
    public const double UsdCny = 7.2763;

    /// <summary>EPS forecasts in CNY for 2024 and 2025, and the published forward PEs (integers).</summary>
    public static readonly IReadOnlyList<(string Code, double Eps2024, double Eps2025, int Pe2024, int Pe2025)> Forecasts =
    [
        ("0700.HK", 24.1, 26.3, 15, 14),
        ("9999.HK", 11.2, 12.0, 11, 10),
        ("3690.HK", 7.1, 8.6, 22, 18),
        ("9988.HK", 7.8, 8.5, 10, 9),
    ];

    /// <summary>2024 adjusted net profit (CNY mn) and, where the report states one, the multiple on it.</summary>
    public static readonly IReadOnlyList<(string Code, double AdjProfit2024Mn, int? Multiple)> AdjustedProfits =
    [
        ("0700.HK", 218_000, 16),
        ("9999.HK", 33_000, null),
        ("3690.HK", 45_000, 21),
        ("9988.HK", 150_000, 10),
    ];

    public const string ValuationIndex = "HSTECH";
    public const double PeTtmAsOf = 20.59;
    public const double PercentileIncPct = 8.85;

    public const string ReserveSeries = "非金融机构存款";
    public const double Reserve2024Oct = 23664;
    public const double ReserveYoYPct = 0.0;
    public const double ReserveMoMPct = -2.1;

    public const string GameSeries = "国产网络游戏版号";
    public const double Games2024Nov = 112;
    public static readonly DateOnly GamesMissingMonth = new(2023, 7, 31);
}
