using SectorScope.Store;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Store;

/// <summary><c>ingest --verbose</c> accounts for the ingest's time step by step, each step once, in the order they run.</summary>
public sealed class IngestStepsTests
{
    private static IngestResult Ingest(string root, bool rebuild = false) => IngestedStore.Update(root, rebuild);

    [Fact]
    public void A_full_ingest_names_every_step_once_in_order()
    {
        using var demo = new DemoCopy();
        var result = Ingest(demo.Root, rebuild: true);
        Assert.Equal(["open", "hash", "parse", "read prices", "check prices", "delete", "insert", "month ends", "cross-file checks", "commit", "checkpoint", "reopen"],
            result.Steps.Select(s => s.Step));
        Assert.All(result.Steps, s => Assert.True(s.Elapsed >= TimeSpan.Zero));
    }

    [Fact]
    public void An_ingest_with_nothing_to_do_only_opens_and_hashes()
    {
        using var demo = new DemoCopy();
        _ = Ingest(demo.Root);
        Assert.Equal(["open", "hash"], Ingest(demo.Root).Steps.Select(s => s.Step));
    }

    [Fact]
    public void A_step_met_again_adds_to_its_time()
    {
        var steps = new IngestSteps();
        steps.Mark("a");
        Thread.Sleep(5);
        steps.Mark("b");
        var b = steps.Steps.Single(s => s.Step == "b").Elapsed;
        Thread.Sleep(5);
        steps.Mark("b");
        Assert.Equal(["a", "b"], steps.Steps.Select(s => s.Step));
        Assert.True(steps.Steps[1].Elapsed > b);
    }
}
