using System.Security.Cryptography;
using SectorScope.Store;
using SectorScope.Workspace;

namespace SectorScope.Pipeline;

/// <summary>One file as a finished run left it: its size, modification time (UTC ticks) and the SHA-256 of its content.</summary>
internal sealed record StampedFile(string Path, long Length, long Ticks, string Sha256);

/// <summary>
/// The workspace as a finished report left it: every input file (as <see cref="WorkspaceFiles"/> lists them), every history
/// entry, and the store's file and log. It still holds when a later run lists the same files, each no larger than
/// <see cref="HashedFile.AlwaysHashedBytes"/> with the same content and each larger one with the same size and time (the
/// ingest's own rule for an unchanged file, so the ingest would find nothing to do either), and the store's files with
/// the size and time they had: nothing wrote to the store since. Then everything the report read is what the earlier one
/// read, without opening the store.
/// </summary>
/// <param name="Named">The files the settings name (disclaimer, Word template, taxonomy): with an unchanged settings file, the same.</param>
internal sealed record InputStamp(NamedFiles Named, IReadOnlyList<StampedFile> Inputs, IReadOnlyList<StampedFile> History, StampedFile? Store, StampedFile? StoreLog)
{
    /// <summary>The stamp of a workspace whose inputs were listed as <paramref name="inputs"/>, with the hash of each by path.</summary>
    /// <returns>Null when some input has no hash (the run did not read it).</returns>
    public static InputStamp? Take(WorkspaceInputs inputs, IReadOnlyDictionary<string, string> hashes)
    {
        var stamped = new List<StampedFile>();
        foreach (var file in inputs.Files)
        {
            if (!hashes.TryGetValue(file.File.RelativePath, out var sha))
            {
                return null;
            }

            stamped.Add(new StampedFile(file.File.RelativePath, file.Length, file.LastWriteTicks, sha));
        }

        var history = new List<StampedFile>();
        foreach (var path in HistoryFiles(inputs.Root))
        {
            if (Now(inputs.Root, path, hashed: true) is not { } entry)
            {
                return null;
            }

            history.Add(entry);
        }

        return new InputStamp(NamedFiles.Of(inputs.Settings), stamped, history, StoreNow(inputs.Root), StoreLogNow(inputs.Root));
    }

    /// <summary>True when the workspace is still as this stamp found it (see the type's remarks); any failure to look is false.</summary>
    public bool StillHolds(string root)
    {
        try
        {
            var listed = WorkspaceFiles.List(root, Named.Disclaimer, Named.WordTemplate, Named.NewsTaxonomy);
            if (listed.Count != Inputs.Count || Inputs.Where((s, i) => s.Path != listed[i].RelativePath).Any())
            {
                return false;
            }

            // The reader's own checks (a link out of the workspace, a FIFO, a file over its limit) refuse what a full run would.
            var refused = new DiagnosticBag();
            foreach (var file in listed)
            {
                InputBytes.Check(root, file.RelativePath, InputLimits.For(file.Kind), refused);
            }

            var history = HistoryFiles(root);
            return !refused.HasErrors && Inputs.All(s => Same(root, s)) && history.SequenceEqual(History.Select(h => h.Path), StringComparer.Ordinal)
                && History.All(h => Same(root, h)) && StoreNow(root) == Store && StoreLogNow(root) == StoreLog;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The store's file as it is now (size and time, no hash), or null when there is none.</summary>
    public static StampedFile? StoreNow(string root) => Now(root, StoreFile(root), hashed: false);

    /// <summary>The store's write-ahead log as it is now, or null when there is none.</summary>
    public static StampedFile? StoreLogNow(string root) => Now(root, StoreFile(root) + ".wal", hashed: false);

    private static string StoreFile(string root) => Path.GetRelativePath(root, WorkspaceStore.PathFor(root)).Replace('\\', '/');

    /// <summary>Every file the history folder holds that the history reader would read, in its order.</summary>
    private static IReadOnlyList<string> HistoryFiles(string root)
    {
        var folder = Path.Combine(root, ReportHistory.Folder);
        return Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).Select(n => $"{ReportHistory.Folder}/{n}")]
            : [];
    }

    /// <summary>True when the file is as stamped by the ingest's rule for an unchanged file.</summary>
    public static bool Same(string root, StampedFile stamped)
    {
        var info = new FileInfo(Path.Combine(root, stamped.Path));
        if (!info.Exists)
        {
            return false;
        }

        return HashedFile.UnchangedBySizeAndTime(info.Length, info.LastWriteTimeUtc.Ticks, stamped.Length, stamped.Ticks) || Sha256(info.FullName) == stamped.Sha256;
    }

    private static StampedFile? Now(string root, string path, bool hashed)
    {
        var info = new FileInfo(Path.Combine(root, path));
        return info.Exists ? new StampedFile(path, info.Length, info.LastWriteTimeUtc.Ticks, hashed ? Sha256(info.FullName) : "") : null;
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}

/// <summary>The files a workspace's settings name, which <see cref="WorkspaceFiles.List(string, string?, string?, string?)"/> looks for.</summary>
internal sealed record NamedFiles(string? Disclaimer, string? WordTemplate, string? NewsTaxonomy)
{
    public static NamedFiles Of(WorkspaceSettings settings) => new(settings.Disclaimer, settings.WordTemplate, settings.NewsTaxonomy);
}
