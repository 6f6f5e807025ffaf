using SectorScope.Store;
using SectorScope.Workspace;

namespace SectorScope.Import;

/// <summary>
/// The edge where import touches the disk. New and changed files are written in a staging folder inside
/// the workspace's cache folder (same file system, so moves are renames); the staged workspace is
/// validated exactly as <c>ingest</c>/<c>check</c> read it; only then are the files moved into place, each
/// original kept aside until all moves succeed. Disposing removes the staging folder (and the cache
/// folder when it did not exist before), so a failed or dry run leaves the workspace byte for byte as it was.
/// </summary>
public sealed class StagedWorkspace : IDisposable
{
    private readonly bool _cacheExisted;
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);

    public StagedWorkspace(string root)
    {
        Root = Path.GetFullPath(root);
        var cache = Path.Combine(Root, WorkspaceCopy.CacheFolder);
        _cacheExisted = Directory.Exists(cache);
        Folder = Path.Combine(cache, $"import-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Folder);
    }

    public string Root { get; }

    /// <summary>The staging folder: a mirror of the workspace with the import's files in it.</summary>
    public string Folder { get; }

    /// <summary>Workspace-relative paths (forward slashes) the import writes.</summary>
    public IReadOnlyCollection<string> Changed => _changed;

    /// <summary>The staged path of <paramref name="relative"/>, recorded as changed.</summary>
    public string Stage(string relative)
    {
        _changed.Add(relative);
        var path = Path.Combine(Folder, relative.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    public void Unstage(string relative)
    {
        _changed.Remove(relative);
        File.Delete(Path.Combine(Folder, relative.Replace('/', Path.DirectorySeparatorChar)));
    }

    /// <summary>Whether the workspace or the staging folder already has <paramref name="relative"/>.</summary>
    public bool Exists(string relative) =>
        File.Exists(Path.Combine(Root, relative)) || _changed.Contains(relative);

    /// <summary>
    /// Mirrors the workspace's other inputs (<paramref name="inputs"/>, workspace-relative) beside the staged
    /// files and reads the whole as ingest and check do.
    /// </summary>
    /// <returns>Null when the whole reads clean; the rejection otherwise.</returns>
    public Rejection? Validate(IEnumerable<string> inputs)
    {
        foreach (var relative in inputs)
        {
            var target = Path.Combine(Folder, relative);
            if (File.Exists(target))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(Root, relative), target);
        }

        var ingested = WorkspaceReader.Open(Folder).Then(staged => StoreIngester.Ingest(staged));
        if (ingested.Rejected is { } rejected)
        {
            return rejected;
        }

        ingested.Value.Store.Dispose();
        return null;
    }

    /// <summary>Moves the staged files into the workspace; if any move fails, the ones done are undone.</summary>
    public void Commit()
    {
        var backup = Path.Combine(Folder, WorkspaceCopy.CacheFolder, "originals");
        var done = new List<(string Target, string? Original)>();
        try
        {
            foreach (var relative in _changed.Order(StringComparer.Ordinal))
            {
                var target = Path.Combine(Root, relative);
                string? original = null;
                if (File.Exists(target))
                {
                    original = Path.Combine(backup, relative);
                    Directory.CreateDirectory(Path.GetDirectoryName(original)!);
                    File.Copy(target, original);
                }

                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(Path.Combine(Folder, relative), target, overwrite: true);
                done.Add((target, original));
            }
        }
        catch
        {
            foreach (var (target, original) in Enumerable.Reverse(done))
            {
                if (original is null)
                {
                    File.Delete(target);
                }
                else
                {
                    File.Copy(original, target, overwrite: true);
                }
            }

            throw;
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }

        var cache = Path.Combine(Root, WorkspaceCopy.CacheFolder);
        if (!_cacheExisted && Directory.Exists(cache) && !Directory.EnumerateFileSystemEntries(cache).Any())
        {
            Directory.Delete(cache);
        }
    }
}
