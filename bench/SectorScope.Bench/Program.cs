using System.Diagnostics;
using System.Globalization;
using SectorScope.Bench;
using SectorScope.News;
using SectorScope.Pipeline;
using SectorScope.Workspace;

// Time to process N generated news items (default 10,000) against the demo workspace's taxonomy:
//   dotnet run -c Release --project bench/SectorScope.Bench -- [N]
// 1. end to end: read + validate the jsonl, ingest into the DuckDB store, digest, build the report model;
// 2. the digest alone (segmentation, duplicates, placement, ranking, headlines) on items already in memory,
//    warm, median of three runs.
int count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var demo = FindDemo();
var workspace = Path.Combine(Path.GetTempPath(), "sectorscope-bench", Guid.NewGuid().ToString("N"));
try
{
    CopyWorkspace(demo, workspace);
    foreach (var f in Directory.EnumerateFiles(Path.Combine(workspace, "news")))
    {
        File.Delete(f);
    }

    File.WriteAllText(Path.Combine(workspace, "news", "bench.jsonl"), GeneratedNews.JsonLines(count));
    Console.WriteLine($"{count} generated items in {workspace}");

    var clock = Stopwatch.StartNew();
    var (model, inputs, _) = ReportPipeline.BuildModel(workspace, null, null).Value;
    var endToEnd = clock.Elapsed;
    var digestSummary = model.NewsDigest!;
    Console.WriteLine($"end to end (read, ingest, digest, report model; cold, includes loading the word dictionary): {endToEnd.TotalSeconds:F2} s");
    Console.WriteLine($"  {digestSummary.Read} read, {digestSummary.InPeriod} in 2024-11, {digestSummary.Stories} stories after merging, {digestSummary.Shown} shown, {digestSummary.LeftOut.Count} left out");

    var diagnostics = new DiagnosticBag();
    var (items, _) = InputParsers.NewsFile("news/bench.jsonl", File.ReadAllBytes(Path.Combine(workspace, "news", "bench.jsonl")), inputs.Universe, diagnostics);
    var request = new DigestRequest(items, new ReportPeriod(2024, 11), inputs.Taxonomy, inputs.Universe, inputs.Settings.KeyCompanies, HeadlineOverrides.None);
    var runs = new List<double>();
    for (int i = 0; i < 3; i++)
    {
        clock.Restart();
        NewsDigest.Build(request);
        runs.Add(clock.Elapsed.TotalSeconds);
    }

    runs.Sort();
    Console.WriteLine($"digest alone, warm: median {runs[1]:F2} s (runs {string.Join(", ", runs.Select(r => r.ToString("F2", CultureInfo.InvariantCulture)))} s)");
    return 0;
}
finally
{
    if (Directory.Exists(workspace))
    {
        Directory.Delete(workspace, recursive: true);
    }
}

static string FindDemo()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "samples", "internet-2024-11");
        if (Directory.Exists(candidate))
        {
            return candidate;
        }
    }

    throw new InvalidOperationException("samples/internet-2024-11 not found above the bench binaries");
}

static void CopyWorkspace(string from, string to) => WorkspaceCopy.Copy(from, to);
