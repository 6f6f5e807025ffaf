using SectorScope.Fuzz;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Hardening;

/// <summary>One shared set of fuzz targets on the demo (built once: the end-to-end targets keep a store).</summary>
public sealed class FuzzFixture : IDisposable
{
    public FuzzTargets Targets { get; } = new(Repository.DemoWorkspace);

    public void Dispose() => Targets.Dispose();
}

/// <summary>
/// Every reader of the workspace, fed random bytes, random Unicode and mutations of the demo's real files with a
/// fixed seed: each input is accepted or rejected with diagnostics, never a crash and never a hang. The long
/// run is <c>bench/SectorScope.Fuzz</c>.
/// </summary>
[Trait("Category", "Slow")]
public sealed class InputFuzzTests(FuzzFixture fixture) : IClassFixture<FuzzFixture>
{
    private const int Seed = 20261130;

    [Theory]
    [InlineData("securities.csv", 300)]
    [InlineData("indices.csv", 300)]
    [InlineData("prices.csv", 300)]
    [InlineData("valuations.csv", 300)]
    [InlineData("fx.csv", 300)]
    [InlineData("coverage.csv", 300)]
    [InlineData("forecasts.csv", 300)]
    [InlineData("series.csv", 300)]
    [InlineData("news.jsonl", 300)]
    [InlineData("news.rss", 300)]
    [InlineData("sectorscope.yaml", 300)]
    [InlineData("taxonomy.yaml", 300)]
    [InlineData("headlines.yaml", 300)]
    [InlineData("history.json", 300)]
    [InlineData("report.docx", 150)]
    [InlineData("check:narrative.md", 12)]
    [InlineData("report:forecasts.csv", 6)]
    public void Reader_never_crashes_or_hangs_on_fuzzed_input(string target, int cases)
    {
        var count = FuzzRunner.Run(fixture.Targets[target], cases, Seed, TimeSpan.FromSeconds(60));
        Assert.Equal(cases, count.Accepted + count.Rejected + count.CrashCount + count.Hangs);
        Assert.True(count.CrashCount == 0, $"{count.CrashCount} crash(es) of {target}; first: {count.Crashes.FirstOrDefault().Exception}");
        Assert.Equal(0, count.Hangs);
        // Mutations keep some inputs valid and break others: both outcomes occur, so the target reads for real.
        Assert.True(count.Rejected > 0, $"{target}: no input was rejected");
    }
}
