using DuckDB.NET.Data;
using SectorScope.Workspace;

namespace SectorScope.Store;

/// <summary>Price files read into temporary tables and checked, waiting to be appended.</summary>
internal sealed class StagedPrices(DuckDBConnection db) : IDisposable
{
    private readonly List<(int Group, HashSet<int> Rejected, (DigestedFile File, int Id)[] Files, bool MarketCap)> _groups = [];

    public List<(DigestedFile File, int Id)> Rejected { get; } = [];

    public List<(DigestedFile File, int Id)> Accepted { get; } = [];

    internal DuckDBConnection Db => db;

    internal int NextGroup => _groups.Count;

    /// <param name="marketCap">Whether the group's files have a market value column (staged only then).</param>
    internal void Add(int group, HashSet<int> rejected, (DigestedFile File, int Id)[] files, bool marketCap) => _groups.Add((group, rejected, files, marketCap));

    /// <summary>
    /// Appends the accepted rows to <c>prices</c>, numbering each row by its line in its file. The rows of the
    /// <paramref name="replaced"/> files are still in the table: of those, only rows that differ (in line or
    /// value) are deleted and inserted.
    /// </summary>
    public void Insert(IReadOnlySet<int> replaced)
    {
        // The order of rows in the table does not matter (every query orders): let DuckDB write in parallel.
        Sql.Execute(db, "SET preserve_insertion_order = false");
        foreach (var (g, rejected, files, marketCap) in _groups)
        {
            var rows = $"""
                SELECT f.file_id, (s.rowid - f.start + 2)::INTEGER AS line, s.date, s.code, s.close, {(marketCap ? "s.market_cap_mn" : "NULL::DOUBLE")} AS market_cap_mn
                FROM price_stage_{g} s JOIN price_files_{g} f USING (k) WHERE f.file_id NOT IN ({IdList(rejected)})
                """;
            var same = files.Select(f => f.Id).Where(id => replaced.Contains(id) && !rejected.Contains(id)).ToArray();
            if (same.Length == 0)
            {
                Sql.Execute(db, $"INSERT INTO prices {rows}");
                continue;
            }

            // One join by (file, line) finds both the rows that went and the rows that came; for a corrected
            // file both are small, so the table, its log and the checkpoint see only those.
            var ids = IdList(same);
            Sql.Execute(db, $"""
                CREATE OR REPLACE TEMP TABLE price_diff AS
                SELECT o.file_id AS old_file, o.line AS old_line, n.*
                FROM (SELECT file_id, line, date, code, close, market_cap_mn FROM prices WHERE file_id IN ({ids})) o
                FULL OUTER JOIN (SELECT * FROM ({rows}) WHERE file_id IN ({ids})) n ON o.file_id = n.file_id AND o.line = n.line
                WHERE o.line IS NULL OR n.line IS NULL OR o.date <> n.date OR o.code <> n.code OR o.close <> n.close
                   OR o.market_cap_mn IS DISTINCT FROM n.market_cap_mn
                """);
            Sql.Execute(db, $"DELETE FROM prices WHERE file_id IN ({ids}) AND (file_id, line) IN (SELECT (old_file, old_line) FROM price_diff WHERE old_line IS NOT NULL)");
            Sql.Execute(db, "INSERT INTO prices SELECT file_id, line, date, code, close, market_cap_mn FROM price_diff WHERE line IS NOT NULL");
            Sql.Execute(db, "DROP TABLE price_diff");
            if (files.Length > same.Length)
            {
                Sql.Execute(db, $"INSERT INTO prices SELECT * FROM ({rows}) WHERE file_id NOT IN ({ids})");
            }
        }

        // Back to DuckDB's default for whatever else runs on this connection.
        Sql.Execute(db, "SET preserve_insertion_order = true");
    }

    private static string IdList(IEnumerable<int> ids) => ids.Any() ? string.Join(',', ids) : "-1";

    public void Dispose()
    {
        foreach (var (g, _, _, _) in _groups)
        {
            Sql.Execute(db, $"DROP TABLE IF EXISTS price_stage_{g}");
            Sql.Execute(db, $"DROP TABLE IF EXISTS price_files_{g}");
        }
    }
}
