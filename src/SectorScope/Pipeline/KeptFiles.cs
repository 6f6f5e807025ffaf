using SectorScope.Workspace;

namespace SectorScope.Pipeline;

/// <summary>
/// Files kept by key in a folder beside the store (<c>.sectorscope/NAME/</c>): each written whole (a
/// temporary file moved into place), only the most recently written keys kept. A file that cannot be
/// read or written only means the work is done again, so every I/O failure is swallowed here.
/// </summary>
internal sealed class KeptFiles(string folder, int keep)
{
    /// <summary>The ending of a file being written (<c>NAME.PID-N.tmp</c>); one left by a killed run is removed by <see cref="WorkspaceDebris"/>.</summary>
    public const string Temporary = ".tmp";

    public static KeptFiles In(string workspace, string name, int keep) => new(Path.Combine(workspace, WorkspaceCopy.CacheFolder, name), keep);

    /// <summary>True when nothing has been kept yet.</summary>
    public bool Empty => !Directory.Exists(folder) || !Directory.EnumerateFiles(folder).Any(f => !f.EndsWith(Temporary, StringComparison.Ordinal));

    /// <summary>Drops every kept file; one that cannot be deleted stays, still under its own key.</summary>
    public void Clear()
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left in place, the files still belong to their keys, never to another's.
        }
    }

    /// <summary>The bytes of <paramref name="fileName"/>, or null when it is not kept or cannot be read.</summary>
    public byte[]? Read(string fileName)
    {
        try
        {
            var path = Path.Combine(folder, fileName);
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Writes the files of one key in the order given (a reader that needs them all should look for the
    /// last one first), then drops the keys beyond the newest <c>keep</c>. A key is a file name without its extension.
    /// </summary>
    public void Write(params (string FileName, byte[] Bytes)[] files)
    {
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var (fileName, bytes) in files)
            {
                var path = Path.Combine(folder, fileName);
                var temp = $"{path}.{RunFiles.UniqueSuffix()}{Temporary}";
                File.WriteAllBytes(temp, bytes);
                File.Move(temp, path, overwrite: true);
            }

            var stale = new DirectoryInfo(folder).GetFiles().Where(f => f.Extension != Temporary)
                .GroupBy(f => Path.GetFileNameWithoutExtension(f.Name), StringComparer.Ordinal)
                .OrderByDescending(g => g.Max(f => f.LastWriteTimeUtc)).Skip(keep);
            foreach (var file in stale.SelectMany(g => g))
            {
                file.Delete();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing kept; the report itself is unaffected.
        }
    }
}
