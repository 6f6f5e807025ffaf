using SectorScope.Store;
using SectorScope.Store.Postgres;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Store.Postgres;

/// <summary>Test steps on the shared store: load a folder into a new database, and a workspace that keeps only its own files.</summary>
public static class SharedStore
{
    /// <summary>The market data files a workspace would no longer hold once its market data are shared.</summary>
    public static readonly string[] MarketFiles = ["prices", "valuations.csv", "fx.csv"];

    /// <summary>A new database with the market data of <paramref name="folder"/> loaded.</summary>
    public static StoreAddress Loaded(string folder)
    {
        var address = PostgresServer.Instance.NewDatabase();
        _ = Load(folder, address).Value;
        return address;
    }

    /// <summary>Loads <paramref name="folder"/> into the store at <paramref name="address"/>.</summary>
    public static Outcome<IngestResult> Load(string folder, StoreAddress address) => MarketDataFolder.Open(folder).Then(f => PostgresLoader.Load(f, address));

    /// <summary>A copy of <paramref name="workspace"/> without its market data files: an analyst's workspace reading a shared store.</summary>
    public static string AnalystCopy(string workspace)
    {
        var copy = Repository.CopyToTemp(workspace);
        foreach (var name in MarketFiles.Select(n => Path.Combine(copy, n)))
        {
            if (Directory.Exists(name))
            {
                Directory.Delete(name, recursive: true);
            }

            File.Delete(name);
        }

        return copy;
    }

    /// <summary>Every row of the shared tables, one line each, sorted: two stores with the same lines hold the same data.</summary>
    public static string[] Rows(StoreAddress address) =>
        [.. PostgresServer.Instance.Psql(address.Database, """
            SELECT 'p|' || f.path || '|' || p.line || '|' || p.date || '|' || p.code || '|' || p.close::text || '|' || coalesce(p.market_cap_mn::text, '')
              FROM sectorscope.prices p JOIN sectorscope.input_files f USING (file_id)
            UNION ALL SELECT 'v|' || f.path || '|' || v.line || '|' || v.date || '|' || v.code || '|' || v.pe_ttm::text FROM sectorscope.valuations v JOIN sectorscope.input_files f USING (file_id)
            UNION ALL SELECT 'x|' || f.path || '|' || x.line || '|' || x.date || '|' || x.from_ccy || x.to_ccy || '|' || x.rate::text FROM sectorscope.fx x JOIN sectorscope.input_files f USING (file_id)
            UNION ALL SELECT 's|' || code || '|' || market FROM sectorscope.securities
            UNION ALL SELECT 'i|' || code || '|' || market FROM sectorscope.indices
            UNION ALL SELECT 'm|' || code || '|' || month || '|' || last FROM sectorscope.code_months
            """).Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];
}
