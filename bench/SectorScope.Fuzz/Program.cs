using System.Globalization;
using SectorScope.Fuzz;

// The long fuzz run: every reader for --cases inputs from --seed (end-to-end targets get a tenth of them).
// dotnet run -c Release --project bench/SectorScope.Fuzz -- [--cases 2000] [--seed 1] [--target NAME]
// FUZZ_DEBUG=1 prints the first diagnostics of each input the end-to-end targets reject.
int cases = 2000, seed = 1;
string? only = null;
for (int i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--cases": cases = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--target": only = args[i + 1]; break;
        default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
    }
}

var dir = new DirectoryInfo(AppContext.BaseDirectory);
while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SectorScope.slnx")))
{
    dir = dir.Parent;
}

var demo = Path.Combine(dir?.FullName ?? ".", "samples", "internet-2024-11");
using var targets = new FuzzTargets(demo);
int totalCases = 0, totalCrashes = 0, totalHangs = 0;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seed {seed}"));
Console.WriteLine("target                   cases  accepted  rejected  crashes  hangs  seconds");
foreach (var target in targets.All.Where(t => only is null || t.Name == only))
{
    int n = target.Name.Contains(':', StringComparison.Ordinal) ? Math.Max(1, cases / 10) : cases;
    var count = FuzzRunner.Run(target, n, seed, TimeSpan.FromSeconds(60));
    totalCases += count.Cases;
    totalCrashes += count.CrashCount;
    totalHangs += count.Hangs;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{count.Target,-24} {count.Cases,5} {count.Accepted,9} {count.Rejected,9} {count.CrashCount,8} {count.Hangs,6} {count.Elapsed.TotalSeconds,8:F1}"));
    foreach (var (input, exception) in count.Crashes)
    {
        var file = Path.Combine(Path.GetTempPath(), $"sectorscope-fuzz-crash-{target.Name.Replace(':', '-')}-{Guid.NewGuid():N}");
        File.WriteAllBytes(file, input);
        Console.WriteLine($"  crash, input kept in {file}:\n  {exception.Split('\n').Take(6).Aggregate((a, b) => a + "\n  " + b)}");
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total: {totalCases} cases, {totalCrashes} crashes, {totalHangs} hangs"));
return totalCrashes + totalHangs == 0 ? 0 : 1;
