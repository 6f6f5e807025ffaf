using DuckDB.NET.Data;
using SectorScope.Store;
using SectorScope.Workspace;

namespace SectorScope.Tests.Support;

/// <summary>A workspace's store brought up to date, and read back as text, for tests that compare stores by their rows.</summary>
public static class IngestedStore
{
    /// <summary>A price row as text: its file and line, date, code, close and market value (<c>-</c> when none); <c>p</c> is <c>prices</c>, <c>f</c> its <c>input_files</c>.</summary>
    public const string PriceRow =
        "f.path || ':' || p.line || ' ' || strftime(p.date, '%Y-%m-%d') || ' ' || p.code || ' ' || p.close || ' ' || coalesce(p.market_cap_mn::VARCHAR, '-')";

    /// <summary>Ingests the workspace's files, closes the store and says what the ingest did.</summary>
    public static IngestResult Update(string root, bool rebuild = false)
    {
        var (store, result) = StoreIngester.Ingest(WorkspaceReader.Open(root).Value, rebuild).Value;
        store.Dispose();
        return result;
    }

    /// <summary>The first column of every row a query of the workspace's store gives, in its order.</summary>
    public static List<string> Rows(string root, string sql)
    {
        using var db = new DuckDBConnection($"Data Source={WorkspaceStore.PathFor(root)}");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
