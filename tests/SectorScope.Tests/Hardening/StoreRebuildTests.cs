using SectorScope.Cli;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Hardening;

/// <summary>
/// <c>ingest --rebuild</c> builds the new store beside the old one and replaces it only when the new one is complete: a
/// bad price file (which the workspace reader alone does not see) once deleted the store; now the store stays byte for byte.
/// </summary>
public sealed class StoreRebuildTests : IDisposable
{
    private readonly TestWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private int Ingest(params string[] more) => SectorScopeCli.Run(["ingest", "--workspace", _ws.Root, .. more]);

    [Theory]
    [InlineData("2024-03-01,0001.HK,-5")]
    [InlineData("2024-03-01,0009.HK,5")]
    [InlineData("2024-03-01,0001.HK,not-a-number")]
    [InlineData("yesterday,0001.HK,5")]
    public void A_rebuild_with_a_bad_price_file_keeps_the_old_store(string badLine)
    {
        Assert.Equal(ExitCodes.Ok, Ingest());
        var store = _ws.StoreFingerprint();
        _ws.Append("prices/hk.csv", badLine);
        Assert.Equal(ExitCodes.InputErrors, Ingest("--rebuild"));
        Assert.Equal(store, _ws.StoreFingerprint());
        Assert.Equal([], Directory.GetFiles(Path.GetDirectoryName(_ws.StorePath)!, "*.tmp*"));
    }

    [Fact]
    public void A_rebuild_with_a_bad_price_file_and_no_store_leaves_no_store()
    {
        _ws.Append("prices/hk.csv", "2024-03-01,0001.HK,-5");
        Assert.Equal(ExitCodes.InputErrors, Ingest("--rebuild"));
        Assert.Equal("absent", _ws.StoreFingerprint());
    }

    [Fact]
    public void A_good_rebuild_replaces_the_store_and_is_then_up_to_date()
    {
        Assert.Equal(ExitCodes.Ok, Ingest());
        _ws.Append("prices/us.csv", "2024-03-01,AAA.US,5.6");
        Assert.Equal(ExitCodes.Ok, Ingest("--rebuild"));
        var (_, again) = SectorScope.Pipeline.ReportPipeline.Ingest(_ws.Root).Value;
        Assert.True(again.UpToDate);
        Assert.Equal(["lock", "lock.owner", "store.duckdb"], Directory.GetFiles(Path.GetDirectoryName(_ws.StorePath)!).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
