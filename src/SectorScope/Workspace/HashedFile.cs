namespace SectorScope.Workspace;

/// <summary>
/// An input file as the workspace lists it: its path and kind, with the size and modification time the file
/// system gave when it was listed. A value: it reads nothing and never changes; equal when every part is.
/// Its content's hash is read by <see cref="Read"/>, once, by the one step that needs it (the ingest, which
/// skips a large file whose size and time the store already knows, as git's index does).
/// </summary>
/// <param name="FullPath">Where the content is read from.</param>
/// <param name="LastWriteTicks">Last write time, UTC ticks (100 ns).</param>
public sealed record HashedFile(InputFile File, string FullPath, long Length, long LastWriteTicks)
{
    /// <summary>Files up to this size are hashed on every run (a millisecond each), so that an edit keeping size and time is seen.</summary>
    public const long AlwaysHashedBytes = InputLimits.MiB;

    /// <summary>
    /// The one rule for a file found again with the size and time recorded before: a large one is unchanged without being read;
    /// a small one is not judged so (it is hashed again), so that an edit keeping its size and restoring its time is still seen.
    /// </summary>
    public static bool UnchangedBySizeAndTime(long length, long ticks, long recordedLength, long recordedTicks) =>
        length == recordedLength && ticks == recordedTicks && length > AlwaysHashedBytes;

    /// <summary>The file of the workspace at <paramref name="root"/> with the size and modification time the file system gives now.</summary>
    public static HashedFile Stat(InputFile file, string root)
    {
        var path = file.FullPath(root);
        var info = new FileInfo(path);
        return new HashedFile(file, path, info.Length, info.LastWriteTimeUtc.Ticks);
    }

    /// <summary>Reads the content once for its hash and shape.</summary>
    /// <param name="layout">See <see cref="FileDigest.Of(string, bool)"/>.</param>
    public DigestedFile Read(bool layout = true) => new(this, FileDigest.Of(FullPath, layout));
}

/// <summary>An input file with the digest of its content, read once and passed on with it.</summary>
public sealed record DigestedFile(HashedFile Stat, FileDigest Digest)
{
    public InputFile File => Stat.File;

    public string Sha256 => Digest.Sha256;
}
