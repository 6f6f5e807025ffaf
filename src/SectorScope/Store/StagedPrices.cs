using DuckDB.NET.Data;
using SectorScope.Workspace;

namespace SectorScope.Store;

/// <summary>Price files read into temporary tables and checked, waiting to be appended.</summary>
internal sealed class StagedPrices(DuckDBConnection db) : IDisposable
{
    private readonly List<(int Group, HashSet<int> Rejected, (HashedFile File, int Id)[] Files)> _groups = [];

    public List<(HashedFile File, int Id)> Rejected { get; } = [];

    public List<(HashedFile File, int Id)> Accepted { get; } = [];

    internal DuckDBConnection Db => db;

    internal int NextGroup => _groups.Count;

    internal void Add(int group, HashSet<int> rejected, (HashedFile File, int Id)[] files) => _groups.Add((group, rejected, files));

    /// <summary>Appends the accepted rows to <c>prices</c>, numbering each row by its line in its file.</summary>
    public void Insert()
    {
        // The order of rows in the table does not matter (every query orders): let DuckDB write in parallel.
        Sql.Execute(db, "SET preserve_insertion_order = false");
        foreach (var (g, rejected, files) in _groups)
        {
            long first = 0;
            var starts = new List<long>();
            foreach (var (file, _) in files)
            {
                starts.Add(first);
                first += file.Digest.DataRows;
            }

            Sql.Execute(db, $"""
                INSERT INTO prices
                SELECT file_id, (rowid - [{string.Join(',', starts)}][k + 1] + 2)::INTEGER, date, code, close, market_cap_mn
                FROM (SELECT {PriceBulkLoad.FileIndexOfRow(files)} AS k, [{string.Join(',', files.Select(f => f.Id))}][k + 1] AS file_id, rowid, * FROM price_stage_{g})
                WHERE file_id NOT IN ({(rejected.Count == 0 ? "-1" : string.Join(',', rejected))})
                """);
        }

        // Back to DuckDB's default for whatever else runs on this connection.
        Sql.Execute(db, "SET preserve_insertion_order = true");
    }

    public void Dispose()
    {
        foreach (var (g, _, _) in _groups)
        {
            Sql.Execute(db, $"DROP TABLE IF EXISTS price_stage_{g}");
        }
    }
}
