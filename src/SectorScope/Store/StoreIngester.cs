using System.Diagnostics;
using DuckDB.NET.Data;
using SectorScope.Workspace;

namespace SectorScope.Store;

/// <summary>What an ingest did.</summary>
/// <param name="BulkLoaded">Price files read by DuckDB's CSV reader (the others of <paramref name="Refreshed"/> went through the managed parser).</param>
public sealed record IngestResult(IReadOnlyList<string> Refreshed, IReadOnlyList<string> Removed, long RowsWritten, TimeSpan Elapsed, bool Rebuilt, IReadOnlyList<string>? BulkLoaded = null)
{
    public bool UpToDate => Refreshed.Count == 0 && Removed.Count == 0;

    /// <summary>The SHA-256 of every stored input by its path: read this run, or recorded for an unchanged large file.</summary>
    public IReadOnlyDictionary<string, string> Hashes { get; init; } = new Dictionary<string, string>();

    /// <summary>Price files re-read only by their changed blocks (<see cref="PricePatch"/>).</summary>
    public IReadOnlyList<string> Patched { get; init; } = [];

    /// <summary>The stored inputs whose content this run read to hash it.</summary>
    public IReadOnlyList<string> Read { get; init; } = [];

    /// <summary>Each step's time, in the order first met: open, hash, parse, read prices, check prices, delete, insert, month ends, cross-file checks, commit, checkpoint.</summary>
    public IReadOnlyList<(string Step, TimeSpan Elapsed)> Steps { get; init; } = [];
}

/// <summary>
/// Brings the store up to date with the workspace files: only files whose content hash changed are
/// loaded and replaced (a file of unchanged size and modification time is taken as unchanged without reading it), all in one transaction. Any rejected value aborts the whole ingest and the
/// store stays exactly as it was (a new store is only moved into place when complete).
/// </summary>
public static class StoreIngester
{
    /// <summary>The ending of a store being built (<c>store.duckdb.PID-N.tmp</c>), moved into place when complete.</summary>
    public const string TemporarySuffix = ".tmp";

    private static readonly InputKind[] Stored = [.. StoreSchema.SingleFileTables.Keys, .. StoreSchema.MultiFileTables.Keys];

    /// <param name="rebuild">Ignore the existing store: build a new one from every file and move it over the old one only when it is complete.</param>
    /// <returns>The store, open, and what was done; or the rejection of some file, with the store as it was.</returns>
    public static Outcome<(WorkspaceStore Store, IngestResult Result)> Ingest(WorkspaceInputs inputs, bool rebuild = false) =>
        Run(inputs, rebuild, reopen: true).Select(done => (done.Store!, done.Result));

    /// <summary>As <see cref="Ingest"/>, for a caller that only brings the store up to date: a rebuilt store is not opened again.</summary>
    public static Outcome<IngestResult> Update(WorkspaceInputs inputs, bool rebuild = false) =>
        Run(inputs, rebuild, reopen: false).Select(done =>
        {
            done.Store?.Dispose();
            return done.Result;
        });

    private static Outcome<(WorkspaceStore? Store, IngestResult Result)> Run(WorkspaceInputs inputs, bool rebuild, bool reopen)
    {
        var clock = Stopwatch.StartNew();
        var steps = new IngestSteps();
        var existing = rebuild ? null : WorkspaceStore.OpenExisting(inputs.Root);
        if (existing is not null)
        {
            Outcome<IngestResult> applied;
            try
            {
                applied = Apply(existing, inputs, clock, steps, rebuilt: false);
            }
            catch
            {
                existing.Dispose();
                throw;
            }

            if (applied.Rejected is { } rejected)
            {
                existing.Dispose();
                return rejected;
            }

            return ((WorkspaceStore?)existing, applied.Value with { Steps = steps.Steps });
        }

        var finalPath = WorkspaceStore.PathFor(inputs.Root);
        var tempPath = $"{finalPath}.{RunFiles.UniqueSuffix()}{TemporarySuffix}";
        Directory.CreateDirectory(Path.GetDirectoryName(finalPath)!);
        Outcome<IngestResult> built;
        using (var fresh = WorkspaceStore.Create(tempPath))
        {
            try
            {
                built = Apply(fresh, inputs, clock, steps, rebuilt: true);
            }
            catch
            {
                fresh.Dispose();
                DeleteStoreFiles(tempPath);
                throw;
            }
        }

        if (built.Rejected is { } refused)
        {
            DeleteStoreFiles(tempPath);
            return refused;
        }

        // The old store's write-ahead log belongs to the old file: left beside the new one it would be replayed into it.
        File.Delete(finalPath + ".wal");
        File.Move(tempPath, finalPath, overwrite: true);
        if (!reopen)
        {
            return ((WorkspaceStore?)null, built.Value with { Steps = steps.Steps });
        }

        var store = WorkspaceStore.OpenExisting(inputs.Root) ?? throw new InvalidOperationException($"store {finalPath} could not be reopened");
        steps.Mark("reopen");
        return (store, built.Value with { Steps = steps.Steps });
    }

    /// <param name="patch">Whether a stored price file changed in a few blocks may be re-read by those blocks only (<see cref="PricePatch"/>).</param>
    private static Outcome<IngestResult> Apply(WorkspaceStore store, WorkspaceInputs inputs, Stopwatch clock, IngestSteps steps, bool rebuilt, bool patch = true)
    {
        var db = store.Connection;
        var known = Sql.Query(db, "SELECT path, sha256, file_id, size, mtime, kind FROM input_files",
                r => new KnownFile(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt64(3), r.GetInt64(4), r.GetString(5)))
            .ToDictionary(f => f.Path, StringComparer.Ordinal);
        steps.Mark("open");
        var current = inputs.Files.Where(f => Stored.Contains(f.File.Kind)).ToArray();
        // A file unmodified by HashedFile's rule keeps its recorded hash and is not read at all (a small one is hashed anyway);
        // a file whose size or time changed (not SameStat) but whose hash did not has only its time recorded again.
        bool SameStat(HashedFile f) => known.TryGetValue(f.File.RelativePath, out var k) && k.Size == f.Length && k.Mtime == f.LastWriteTicks;
        bool Unmodified(HashedFile f) => known.TryGetValue(f.File.RelativePath, out var k) && HashedFile.UnchangedBySizeAndTime(f.Length, f.LastWriteTicks, k.Size, k.Mtime);
        // A stored price file with kept blocks is read for its hash and blocks only (it may need no more: PricePatch).
        var blocked = patch && !rebuilt ? Sql.Query(db, "SELECT DISTINCT file_id FROM price_blocks", r => r.GetInt32(0)).ToHashSet() : [];
        bool Layout(HashedFile f) => !(f.File.Kind == InputKind.Prices && known.TryGetValue(f.File.RelativePath, out var k) && blocked.Contains(k.Id));
        // An unmodified large file keeps the hash the store recorded; every other file is read once, here.
        var digested = Read(current.Where(f => !Unmodified(f)), Layout);
        steps.Mark("hash");
        string HashOf(HashedFile f) => digested.TryGetValue(f, out var d) ? d.Sha256 : known[f.File.RelativePath].Hash;
        var changed = current.Where(f => !known.TryGetValue(f.File.RelativePath, out var k) || k.Hash != HashOf(f)).Select(f => digested[f]).ToArray();
        var touched = current.Where(f => !SameStat(f) && known.TryGetValue(f.File.RelativePath, out var k) && k.Hash == HashOf(f)).ToArray();
        IngestResult Result(IngestResult r) => r with
        {
            Hashes = current.ToDictionary(f => f.File.RelativePath, HashOf, StringComparer.Ordinal),
            Read = [.. digested.Keys.Select(f => f.File.RelativePath).Order(StringComparer.Ordinal)],
        };
        var removed = known.Keys.Except(current.Select(f => f.File.RelativePath), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var referenceChanged = changed.Any(f => f.File.Kind is InputKind.Securities or InputKind.Indices)
            || removed.Any(p => p is "securities.csv" or "indices.csv");
        if (changed.Length == 0 && removed.Length == 0)
        {
            RecordTimes(db, touched);
            return Result(new IngestResult([], [], 0, clock.Elapsed, rebuilt));
        }

        // Files other than prices are parsed first; nothing is kept unless every file is clean.
        var diagnostics = new DiagnosticBag();
        var parsed = new List<(DigestedFile File, ParsedInput Rows)>();
        foreach (var file in changed.Where(f => f.File.Kind != InputKind.Prices))
        {
            if (file.File.Kind == InputKind.News)
            {
                if (InputBytes.Read(inputs.Root, file.File, diagnostics) is { } bytes)
                {
                    parsed.Add((file, ParsedInput.ParseNews(file.File, bytes, inputs, diagnostics)));
                }
            }
            else if (WorkspaceReader.ReadText(file.File, inputs.Root, diagnostics) is { } text)
            {
                parsed.Add((file, ParsedInput.Parse(file.File, text, inputs, diagnostics)));
            }
        }

        steps.Mark("parse");
        long written = 0;
        int nextId = known.Count == 0 ? 1 : known.Values.Max(k => k.Id) + 1;
        var ids = changed.ToDictionary(f => f, f => known.TryGetValue(f.File.RelativePath, out var k) ? k.Id : nextId++);
        // A stored price file changed in a few of its blocks re-reads only those (not with the universe changed: every row is checked again then).
        var candidates = patch && !rebuilt && !referenceChanged && !diagnostics.HasErrors
            ? changed.Where(f => f.File.Kind == InputKind.Prices && known.ContainsKey(f.File.RelativePath)).ToArray()
            : [];
        var patches = candidates.Select(f => PricePatch.Plan(db, inputs.Root, f, ids[f], inputs.Universe)).OfType<PricePatch>().ToArray();
        var patched = patches.Select(p => p.File).ToHashSet();
        if (candidates.Length > 0)
        {
            // A file read without its layout whose blocks could not be patched is read again in full for the bulk load.
            var idOf = ids.ToDictionary(p => p.Key.File.RelativePath, p => p.Value, StringComparer.Ordinal);
            changed = [.. changed.Select(f => f.Digest.Layout || patched.Contains(f) ? f : f.Stat.Read())];
            ids = changed.ToDictionary(f => f, f => idOf[f.File.RelativePath]);
            steps.Mark("read blocks");
        }

        var prices = changed.Where(f => f.File.Kind == InputKind.Prices && !patched.Contains(f)).Select(f => (File: f, Id: ids[f])).ToArray();
        // With errors elsewhere every price file goes through the managed parser, so all problems are listed together.
        using var staged = PriceBulkLoad.Stage(db, inputs.Root, diagnostics.HasErrors ? [] : prices, inputs.Universe, steps);
        var managed = diagnostics.HasErrors ? [.. prices] : staged.Rejected;
        var tx = db.BeginTransaction();
        try
        {
            // The months whose ends may move: those of the replaced rows and, below, of the new ones.
            var changedIds = prices.Select(p => p.Id).ToArray();
            var oldRange = MonthEndTable.RangeOf(db, changedIds);
            bool allMonths = rebuilt || referenceChanged || removed.Any(p => known[p].Kind == nameof(InputKind.Prices));
            foreach (var path in removed)
            {
                DeleteFile(db, path, known[path].Id);
            }

            // A bulk-loaded file that replaces an earlier version keeps its unchanged rows: only the difference is
            // deleted and inserted below, so a vendor's one-line correction writes one row, not the whole file.
            var replaced = staged.Accepted.Where(a => known.ContainsKey(a.File.File.RelativePath)).Select(a => a.Id).ToHashSet();
            // A file the store does not hold yet (every file of a rebuild) has nothing to delete.
            foreach (var file in changed.Where(f => !patched.Contains(f) && known.ContainsKey(f.File.RelativePath)))
            {
                DeleteFile(db, file.File.RelativePath, !replaced.Contains(ids[file]) ? ids[file] : null);
            }

            steps.Mark("delete");
            foreach (var (file, id) in managed)
            {
                if (WorkspaceReader.ReadText(file.File, inputs.Root, diagnostics) is { } text)
                {
                    parsed.Add((file, ParsedInput.Parse(file.File, text, inputs, diagnostics)));
                }
            }

            if (diagnostics.HasErrors)
            {
                tx.Rollback();
                return Rejection.Of(diagnostics);
            }

            steps.Mark("parse");
            staged.Insert(replaced);
            foreach (var (file, id) in staged.Accepted)
            {
                written += file.Digest.DataRows;
                Record(db, id, file, file.Digest.DataRows, InputText.Utf8);
                PricePatch.RecordBlocks(db, id, file.Digest);
            }

            foreach (var (file, rows) in parsed)
            {
                written += rows.Append(db, ids[file]);
                Record(db, ids[file], file, rows.Count, rows.Encoding);
                if (file.File.Kind == InputKind.Prices)
                {
                    PricePatch.RecordBlocks(db, ids[file], file.Digest);
                }
            }

            RecordTimes(db, touched);
            (DateOnly From, DateOnly To)? patchedDates = null;
            foreach (var p in patches)
            {
                var (clean, dates) = p.Apply(db);
                if (!clean)
                {
                    // A key of the re-read rows repeats one kept: the full read of the file lists it with its lines.
                    tx.Rollback();
                    return Apply(store, inputs, clock, steps, rebuilt, patch: false);
                }

                written += p.RowsRead;
                patchedDates = MonthEndTable.Union(patchedDates, dates);
            }

            steps.Mark("insert");
            if (rebuilt)
            {
                // A store being built is no one's yet: its rows are committed before the month ends and the cross-file checks,
                // which read committed rows about twice as fast as a transaction's own. A check that fails still leaves no
                // store, since the new file is then deleted instead of moved into place.
                tx.Commit();
                tx.Dispose();
                tx = db.BeginTransaction();
            }

            if (allMonths || changedIds.Length > 0 || patchedDates is not null)
            {
                MonthEndTable.Refresh(db, allMonths ? null : MonthEndTable.Union(patchedDates, MonthEndTable.Union(oldRange, MonthEndTable.RangeOf(db, changedIds))));
            }

            steps.Mark("month ends");
            // A patched file's re-read rows were checked against the other files by PricePatch.Apply.
            var conflicts = StoreChecks.Run(db, inputs, [.. prices.Select(p => p.Id)], checkAllCodes: referenceChanged);
            steps.Mark("cross-file checks");
            if (conflicts.Count > 0)
            {
                tx.Rollback();
                return new Rejection(conflicts);
            }

            tx.Commit();
            steps.Mark("commit");
        }
        finally
        {
            tx.Dispose();
        }

        // Fold the write-ahead log into the file now, so that the next open does not replay it.
        Sql.Execute(db, "CHECKPOINT");
        steps.Mark("checkpoint");
        return Result(new IngestResult([.. changed.Select(f => f.File.RelativePath)], removed, written, clock.Elapsed, rebuilt, [.. staged.Accepted.Select(f => f.File.File.RelativePath)])
        {
            Patched = [.. patches.Select(p => p.File.File.RelativePath)],
        });
    }

    private sealed record KnownFile(string Path, string Hash, int Id, long Size, long Mtime, string Kind);

    /// <summary>Reads and hashes the files, as many at a time as there are cores.</summary>
    private static Dictionary<HashedFile, DigestedFile> Read(IEnumerable<HashedFile> files, Func<HashedFile, bool> layout) =>
        files.AsParallel().WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount)).Select(f => f.Read(layout(f))).ToDictionary(d => d.Stat);

    private static void Record(DuckDBConnection db, int id, DigestedFile file, long rows, string encoding) =>
        Sql.Execute(db, "INSERT INTO input_files VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, file.File.RelativePath, file.File.Kind.ToString(), file.Sha256, rows, encoding, file.Stat.Length,
            file.Stat.LastWriteTicks);

    /// <summary>A file rewritten with the same content keeps its rows; only its size and time are updated.</summary>
    private static void RecordTimes(DuckDBConnection db, IEnumerable<HashedFile> files)
    {
        foreach (var f in files)
        {
            Sql.Execute(db, "UPDATE input_files SET size = ?, mtime = ? WHERE path = ?", f.Length, f.LastWriteTicks, f.File.RelativePath);
        }
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

        Sql.Execute(db, "DELETE FROM price_blocks WHERE file_id IN (SELECT file_id FROM input_files WHERE path = ?)", path);
        Sql.Execute(db, "DELETE FROM input_files WHERE path = ?", path);
    }
}
