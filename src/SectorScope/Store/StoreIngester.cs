using System.Diagnostics;
using DuckDB.NET.Data;
using SectorScope.Workspace;

namespace SectorScope.Store;

/// <summary>What an ingest did.</summary>
public sealed record IngestResult(IReadOnlyList<string> Refreshed, IReadOnlyList<string> Removed, long RowsWritten, TimeSpan Elapsed, bool Rebuilt)
{
    public bool UpToDate => Refreshed.Count == 0 && Removed.Count == 0;
}

/// <summary>
/// Brings the store up to date with the workspace files: only files whose content hash changed are
/// parsed and replaced, all in one transaction. Any rejected value aborts the whole ingest and the
/// store stays exactly as it was (a new store is only moved into place when complete).
/// </summary>
public static class StoreIngester
{
    private static readonly InputKind[] Stored = [.. StoreSchema.SingleFileTables.Keys, .. StoreSchema.MultiFileTables.Keys];

    public static (WorkspaceStore Store, IngestResult Result) Ingest(WorkspaceInputs inputs)
    {
        var clock = Stopwatch.StartNew();
        var existing = WorkspaceStore.OpenExisting(inputs.Root);
        if (existing is not null)
        {
            try
            {
                var result = Apply(existing, inputs, clock, rebuilt: false);
                return (existing, result);
            }
            catch
            {
                existing.Dispose();
                throw;
            }
        }

        var finalPath = WorkspaceStore.PathFor(inputs.Root);
        var tempPath = finalPath + $".{Environment.ProcessId}.tmp";
        Directory.CreateDirectory(Path.GetDirectoryName(finalPath)!);
        DeleteStoreFiles(tempPath);
        IngestResult built;
        using (var fresh = WorkspaceStore.Create(tempPath))
        {
            try
            {
                built = Apply(fresh, inputs, clock, rebuilt: true);
            }
            catch
            {
                fresh.Dispose();
                DeleteStoreFiles(tempPath);
                throw;
            }
        }

        File.Move(tempPath, finalPath, overwrite: true);
        var store = WorkspaceStore.OpenExisting(inputs.Root) ?? throw new InvalidOperationException($"store {finalPath} could not be reopened");
        return (store, built);
    }

    private static IngestResult Apply(WorkspaceStore store, WorkspaceInputs inputs, Stopwatch clock, bool rebuilt)
    {
        var db = store.Connection;
        var known = Sql.Query(db, "SELECT path, sha256, file_id FROM input_files", r => (Path: r.GetString(0), Hash: r.GetString(1), Id: r.GetInt32(2)))
            .ToDictionary(f => f.Path, StringComparer.Ordinal);
        var current = inputs.Files.Where(f => Stored.Contains(f.File.Kind)).ToArray();
        var changed = current.Where(f => !known.TryGetValue(f.File.RelativePath, out var k) || k.Hash != f.Sha256).ToArray();
        var removed = known.Keys.Except(current.Select(f => f.File.RelativePath), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var referenceChanged = changed.Any(f => f.File.Kind is InputKind.Securities or InputKind.Indices)
            || removed.Any(p => p is "securities.csv" or "indices.csv");
        if (changed.Length == 0 && removed.Length == 0)
        {
            return new IngestResult([], [], 0, clock.Elapsed, rebuilt);
        }

        // Parse everything that changed first: nothing touches the store until all files are clean.
        var diagnostics = new DiagnosticBag();
        var parsed = new List<(HashedFile File, ParsedInput Rows)>();
        foreach (var file in changed)
        {
            if (file.File.Kind == InputKind.News)
            {
                parsed.Add((file, ParsedInput.ParseNews(file.File, File.ReadAllBytes(file.File.FullPath(inputs.Root)), inputs, diagnostics)));
            }
            else if (WorkspaceReader.ReadText(file.File, inputs.Root, diagnostics) is { } text)
            {
                parsed.Add((file, ParsedInput.Parse(file.File, text, inputs, diagnostics)));
            }
        }

        if (diagnostics.HasErrors)
        {
            throw new InputRejectedException(diagnostics.Sorted());
        }

        long written = 0;
        using (var tx = db.BeginTransaction())
        {
            int nextId = known.Count == 0 ? 1 : known.Values.Max(k => k.Id) + 1;
            foreach (var path in removed)
            {
                DeleteFile(db, path, known[path].Id);
            }

            foreach (var (file, rows) in parsed)
            {
                int id = known.TryGetValue(file.File.RelativePath, out var k) ? k.Id : nextId++;
                DeleteFile(db, file.File.RelativePath, known.ContainsKey(file.File.RelativePath) ? id : null);
                written += rows.Append(db, id);
                Sql.Execute(db, "INSERT INTO input_files VALUES (?, ?, ?, ?, ?, ?)", id, file.File.RelativePath, file.File.Kind.ToString(), file.Sha256, rows.Count, rows.Encoding);
            }

            var conflicts = StoreChecks.Run(db, inputs, checkAllCodes: referenceChanged);
            if (conflicts.Count > 0)
            {
                tx.Rollback();
                throw new InputRejectedException(conflicts);
            }

            tx.Commit();
        }

        return new IngestResult([.. changed.Select(f => f.File.RelativePath)], removed, written, clock.Elapsed, rebuilt);
    }

    private static void DeleteStoreFiles(string path)
    {
        File.Delete(path);
        File.Delete(path + ".wal");
    }

    private static void DeleteFile(DuckDBConnection db, string path, int? fileId)
    {
        var kind = Sql.Scalar(db, "SELECT kind FROM input_files WHERE path = ?", path) as string;
        if (kind is not null && Enum.TryParse<InputKind>(kind, out var k))
        {
            if (StoreSchema.SingleFileTables.TryGetValue(k, out var table))
            {
                Sql.Execute(db, $"DELETE FROM {table}");
            }
            else if (StoreSchema.MultiFileTables.TryGetValue(k, out var multi) && fileId is not null)
            {
                Sql.Execute(db, $"DELETE FROM {multi} WHERE file_id = ?", fileId.Value);
            }
        }

        Sql.Execute(db, "DELETE FROM input_files WHERE path = ?", path);
    }
}
