using System.Diagnostics;
using System.Globalization;

namespace SectorScope.Scale;

/// <summary>
/// <c>generate --securities N --years Y --seed S --out DIR [--news M] [--shape S]</c>: a synthetic workspace of N
/// securities over Y years ending December 2024, its prices laid out as one of three vendor exports (<see cref="PriceShape"/>).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 5 && args[0] == "wide" && args[1] == "--workspace" && args[3] == "--out")
        {
            var watch = Stopwatch.StartNew();
            var (dates, codes) = WideExport.Write(args[2], args[4]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{args[4]}: {codes} codes × {dates} dates in {watch.Elapsed.TotalSeconds:F1}s"));
            return 0;
        }

        if (args.Length == 5 && args[0] == "floor" && args[1] == "--workspace" && args[3] == "--db")
        {
            return DuckDbFloor.Run(args[2], args[4]);
        }

        if (args.Length == 5 && args[0] == "report-floor" && args[1] == "--workspace" && args[3] == "--period")
        {
            return ReportFloor.Run(args[2], args[4]);
        }

        if (args.Length == 0 || args[0] != "generate")
        {
            return Usage();
        }

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 1; i + 1 < args.Length; i += 2)
        {
            options[args[i]] = args[i + 1];
        }

        if (!options.TryGetValue("--out", out var output) || !options.ContainsKey("--securities") || !options.ContainsKey("--years"))
        {
            return Usage();
        }

        int Int(string key, int fallback) => options.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var shape = options.GetValueOrDefault("--shape", "market-year") switch
        {
            "market-year" => PriceShape.MarketYear,
            "by-code" => PriceShape.ByCode,
            "by-date" => PriceShape.ByDate,
            _ => (PriceShape?)null,
        };
        if (shape is null)
        {
            return Usage();
        }

        var spec = new ScaleSpec(Int("--securities", 0), Int("--years", 0), Int("--seed", 1), Int("--news", 200), shape.Value);
        if (spec.Securities < 30 || spec.Years < 2)
        {
            Console.Error.WriteLine("--securities must be at least 30 and --years at least 2");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var rows = ScaleWorkspace.Write(spec, output);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{output}: {spec.Securities} securities × {spec.Years}y, {rows:N0} price rows in {clock.Elapsed.TotalSeconds:F1}s"));
        return 0;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: generate --securities N --years Y --seed S --out DIR [--news M] [--shape market-year|by-code|by-date]");
        Console.Error.WriteLine("       wide --workspace WS --out FILE.xlsx|FILE.csv   (the workspace's prices as a wide vendor export)");
        Console.Error.WriteLine("       floor --workspace WS --db FILE                 (DuckDB reads the price files into a table and checkpoints: the ingest floor)");
        Console.Error.WriteLine("       report-floor --workspace WS --period YYYY-MM   (DuckDB computes the month-end closes straight from the price files: a cold report's floor)");
        return 2;
    }
}

/// <summary>What to generate.</summary>
internal sealed record ScaleSpec(int Securities, int Years, int Seed, int News, PriceShape Shape)
{
    public const int LastYear = 2024;

    public int FirstYear => LastYear - Years + 1;
}
