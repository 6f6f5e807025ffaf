using SectorScope.Store;
using SectorScope.Store.Postgres;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Store.Postgres;

/// <summary>
/// The store contract on the shared PostgreSQL store: the test workspace's market files loaded into a database of
/// the throwaway server, read back for the workspace's universe; its research rows from its own DuckDB store.
/// </summary>
public sealed class PostgresStoreContractTests : StoreContractTests
{
    protected override (IMarketDataStore, IResearchStore, IDisposable?) Open(WorkspaceInputs inputs)
    {
        var address = PostgresServer.SkipReason is null ? SharedStore.Loaded(inputs.Root) : null;
        var research = StoreIngester.Ingest(inputs).Value.Store;
        if (address is null)
        {
            return (research, research, research);
        }

        var market = PostgresMarketStore.Open(address, inputs.Universe);
        return (market, research, new Both(market, research));
    }

    private sealed class Both(IDisposable a, IDisposable b) : IDisposable
    {
        public void Dispose()
        {
            a.Dispose();
            b.Dispose();
        }
    }
}
