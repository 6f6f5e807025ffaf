namespace SectorScope.Workspace;

/// <summary>
/// Real paths (every symbolic link followed, as <c>realpath(3)</c> does) and the one test of whether a
/// path stays inside a folder. Comparing path text is not enough: <c>disclaimer.md → /etc/passwd</c>
/// or a <c>history → /tmp/elsewhere</c> link look inside the workspace until the links are followed.
/// Readers and writers of the workspace ask here before they touch a file.
/// </summary>
public static class WorkspacePaths
{
    /// <summary>More links than this on one path is a loop (Linux stops at 40 as well).</summary>
    private const int MaxLinks = 40;

    /// <summary>
    /// The path with every link resolved, component by component. Components that do not exist
    /// (yet) are kept as written, so a file about to be created is resolved through its existing folders.
    /// Throws <see cref="IOException"/> on a link loop.
    /// </summary>
    public static string RealPath(string path)
    {
        // Not Path.GetFullPath: it folds "link/.." lexically, where the real parent of the link's target is meant.
        var full = Path.IsPathRooted(path) ? path : Path.Combine(Directory.GetCurrentDirectory(), path);
        var current = Path.GetPathRoot(full) ?? "/";
        var pending = new List<string>(Parts(full[current.Length..]));
        int links = 0;
        for (int i = 0; i < pending.Count; i++)
        {
            var part = pending[i];
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"too many levels of symbolic links at {next}");
            }

            // The link's target replaces it; its components are walked like the rest (they may be links too).
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target) ?? "/";
                target = target[current.Length..];
            }

            pending.RemoveAt(i);
            pending.InsertRange(i, Parts(target));
            i--;
        }

        return current;
    }

    /// <summary>True when <paramref name="path"/>'s real path is <paramref name="folder"/>'s real path or lies below it.</summary>
    public static bool IsInside(string folder, string path)
    {
        var root = RealPath(folder);
        var real = RealPath(path);
        return real == root || real.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <summary>
    /// The real path of <paramref name="relative"/> in <paramref name="workspace"/>, or null with the reason
    /// when it leads outside (by <c>..</c>, an absolute path or a link) or through a link loop. The reason
    /// never names the target, so nothing about a file outside the workspace is printed.
    /// </summary>
    public static string? Confine(string workspace, string relative, out string? problem)
    {
        problem = null;
        try
        {
            var real = RealPath(Path.Combine(workspace, relative));
            if (IsInside(workspace, real))
            {
                return real;
            }

            problem = ReaderMessages.OutsideWorkspace;
        }
        catch (IOException)
        {
            problem = ReaderMessages.SymlinkLoop;
        }

        return null;
    }

    private static IEnumerable<string> Parts(string path) =>
        path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Where(p => p.Length > 0);
}
