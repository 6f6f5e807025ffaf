using System.Diagnostics;
using Npgsql;
using SectorScope.Workspace;

namespace SectorScope.Store.Postgres;

/// <summary>
/// Loads a <see cref="MarketDataFolder"/> into the shared PostgreSQL store, the way a workspace ingest brings its
/// DuckDB store up to date: only files whose content hash changed are read; a changed file's rows are compared
/// with the stored ones and only those that differ are deleted and inserted; a file gone from the folder takes
/// its rows with it. Everything happens in one transaction that first takes an advisory lock, so two loads run one
/// after the other, a reader sees the data before or after a load (never part of one), and a load that fails,
/// is refused or is killed leaves the previous data as they were.
/// </summary>
public static class PostgresLoader
{
    /// <summary>Loads the folder; a rejection (every problem of every changed file) leaves the store as it was.</summary>
    public static Outcome<IngestResult> Load(MarketDataFolder folder, StoreAddress address, Action<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        using var db = PostgresConnector.Open(address);
        try
        {
            return Load(db, folder, clock, progress);
        }
        catch (Exception e) when (e is NpgsqlException)
        {
            throw PostgresConnector.Unavailable(address, e);
        }
    }

    private static Outcome<IngestResult> Load(NpgsqlConnection db, MarketDataFolder folder, Stopwatch clock, Action<string>? progress)
    {
        // The files are hashed before the lock is taken: a load waiting for another does not wait to read its files.
        var digested = folder.Files.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount)).Select(f => f.Read()).ToArray();
        using var tx = db.BeginTransaction();
        progress?.Invoke("等待其他导入结束");
        Sql.Execute(db, "SELECT pg_advisory_xact_lock($1)", PostgresSchema.LoadLock);
        PrepareSchema(db);
        var known = Sql.Query(db, "SELECT path, sha256, file_id, kind FROM input_files", r => (Path: r.GetString(0), Hash: r.GetString(1), Id: r.GetInt32(2), Kind: r.GetString(3)))
            .ToDictionary(k => k.Path, StringComparer.Ordinal);
        var changed = digested.Where(f => !known.TryGetValue(f.File.RelativePath, out var k) || k.Hash != f.Sha256).ToArray();
        var removed = known.Keys.Except(folder.Files.Select(f => f.File.RelativePath), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (changed.Length == 0 && removed.Length == 0)
        {
            tx.Commit();
            return new IngestResult([], [], 0, clock.Elapsed, Rebuilt: false);
        }

        var referenceChanged = changed.Any(f => f.File.Kind is InputKind.Securities or InputKind.Indices)
            || removed.Any(p => known[p].Kind is nameof(InputKind.Securities) or nameof(InputKind.Indices));
        // The months whose last dates may move: those of the rows about to be replaced or removed, and below those of the new rows.
        var replacedPrices = changed.Where(f => f.File.Kind == InputKind.Prices).Select(f => f.File.RelativePath)
            .Concat(removed).Where(p => known.TryGetValue(p, out var k) && k.Kind == nameof(InputKind.Prices)).Select(p => known[p].Id).ToArray();
        var oldRange = CodeMonths.RangeOf(db, replacedPrices);
        foreach (var path in removed)
        {
            var (_, _, id, kind) = known[path];
            Sql.Execute(db, $"DELETE FROM {PostgresSchema.TableOf(Enum.Parse<InputKind>(kind))} WHERE file_id = $1", id);
            Sql.Execute(db, "DELETE FROM input_files WHERE file_id = $1", id);
        }

        // Every changed file is read and checked, even after the first has errors, so that all problems are listed
        // at once; rows are written as each file is read (the transaction is rolled back if any file had an error).
        var diagnostics = new DiagnosticBag();
        int nextId = known.Count == 0 ? 1 : known.Values.Max(k => k.Id) + 1;
        long written = 0;
        var priceIds = new List<int>();
        foreach (var file in changed)
        {
            progress?.Invoke($"导入 {file.File.RelativePath}");
            var replaced = known.TryGetValue(file.File.RelativePath, out var old);
            int id = replaced ? old.Id : nextId++;
            if (WorkspaceReader.ReadText(file.File, folder.Root, diagnostics) is not { } text)
            {
                continue;
            }

            var rows = MarketRows.Parse(file.File, text, folder.Universe, diagnostics);
            if (diagnostics.HasErrors)
            {
                continue;
            }

            written += rows.Write(db, id, replaced);
            if (file.File.Kind == InputKind.Prices)
            {
                priceIds.Add(id);
            }

            Sql.Execute(db, """
                INSERT INTO input_files VALUES ($1, $2, $3, $4, $5)
                ON CONFLICT (file_id) DO UPDATE SET sha256 = excluded.sha256, rows = excluded.rows
                """, id, file.File.RelativePath, file.File.Kind.ToString(), file.Sha256, (long)rows.Count);
        }

        if (diagnostics.HasErrors)
        {
            tx.Rollback();
            return Rejection.Of(diagnostics);
        }

        CodeMonths.Refresh(db, CodeMonths.Union(oldRange, CodeMonths.RangeOf(db, [.. priceIds])));
        progress?.Invoke("核对");
        var conflicts = StoreChecks.Run(db, folder.Universe, priceIds, referenceChanged,
            ["SELECT f.path, v.line, v.code FROM valuations v JOIN input_files f USING (file_id)"]);
        if (conflicts.Count > 0)
        {
            tx.Rollback();
            return new Rejection(conflicts);
        }

        tx.Commit();
        // Fresh statistics for the planner: a first load takes the tables from empty to millions of rows.
        Sql.Execute(db, $"ANALYZE {PostgresSchema.Name}.prices, {PostgresSchema.Name}.code_months, {PostgresSchema.Name}.input_files");
        return new IngestResult([.. changed.Select(f => f.File.RelativePath)], removed, written, clock.Elapsed, Rebuilt: known.Count == 0);
    }

    /// <summary>Creates the tables on first use; refuses a database whose tables another version of SectorScope made.</summary>
    private static void PrepareSchema(NpgsqlConnection db)
    {
        foreach (var statement in PostgresSchema.Statements)
        {
            Sql.Execute(db, statement);
        }

        Sql.Execute(db, $"SET LOCAL search_path TO {PostgresSchema.Name}");
        Sql.Execute(db, "INSERT INTO meta VALUES ('schema_version', $1) ON CONFLICT (key) DO NOTHING", PostgresSchema.Version);
        PostgresSchema.CheckVersion(db);
    }
}
