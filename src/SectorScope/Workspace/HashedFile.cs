namespace SectorScope.Workspace;

/// <summary>
/// An input file with its size and modification time. Its SHA-256 is computed on first use, unless the
/// store already knows it for the same size and modification time (as git's index does) and the file is
/// larger than <see cref="AlwaysHashedBytes"/>: an unchanged large price file is then never read.
/// </summary>
public sealed class HashedFile
{
    /// <summary>Files up to this size are hashed on every run (a millisecond each), so that an edit keeping size and time is seen.</summary>
    public const long AlwaysHashedBytes = InputLimits.MiB;

    private readonly string _fullPath;
    private string? _sha256;
    private FileDigest? _digest;

    /// <summary>A file whose size and modification time are known; reads nothing (see <see cref="Stat"/>).</summary>
    public HashedFile(InputFile file, string fullPath, long length, long lastWriteTicks)
    {
        File = file;
        _fullPath = fullPath;
        Length = length;
        LastWriteTicks = lastWriteTicks;
    }

    /// <summary>The file of the workspace at <paramref name="root"/> with the size and modification time the file system gives now.</summary>
    public static HashedFile Stat(InputFile file, string root)
    {
        var path = file.FullPath(root);
        var info = new FileInfo(path);
        return new HashedFile(file, path, info.Length, info.LastWriteTimeUtc.Ticks);
    }

    public InputFile File { get; }

    public long Length { get; }

    /// <summary>Last write time, UTC ticks (100 ns).</summary>
    public long LastWriteTicks { get; }

    public string Sha256 => _sha256 ??= Digest.Sha256;

    /// <summary>Hash and shape of the content, read once.</summary>
    public FileDigest Digest => _digest ??= FileDigest.Of(_fullPath);

    /// <summary>True when the content was read in this run (the hash was not taken from the store).</summary>
    public bool WasRead => _digest is not null;

    /// <summary>Takes the hash the store recorded for this very size and modification time.</summary>
    public void AdoptKnownHash(string sha256) => _sha256 ??= sha256;
}
