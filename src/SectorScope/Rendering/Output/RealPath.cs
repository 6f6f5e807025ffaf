namespace SectorScope.Rendering.Output;

/// <summary>
/// The real path of a file or folder, as <c>realpath(3)</c> gives it: every symbolic link on the way resolved, so that two
/// spellings of one folder compare equal. A path that does not exist yet keeps its missing tail below its deepest real ancestor.
/// </summary>
public static class RealPath
{
    private const int MaxLinks = 40;

    public static string Of(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var root = Path.GetPathRoot(full) ?? "/";
        var resolved = root;
        int links = 0;
        var pending = new Stack<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse());
        while (pending.TryPop(out var part))
        {
            var next = Path.Combine(resolved, part);
            var info = new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++links > MaxLinks)
                {
                    throw new IOException($"{path}: too many levels of symbolic links");
                }

                // The target is read relative to the link's folder; its own parts may be links again.
                var absolute = Path.GetFullPath(target, resolved);
                var targetRoot = Path.GetPathRoot(absolute) ?? "/";
                foreach (var p in absolute[targetRoot.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse())
                {
                    pending.Push(p);
                }

                resolved = targetRoot;
                continue;
            }

            resolved = next;
        }

        return resolved;
    }

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or lies below it (both real paths).</summary>
    public static bool IsSameOrBelow(string inner, string outer)
    {
        var prefix = Path.TrimEndingDirectorySeparator(outer);
        // The file-system root keeps its separator ("/"), every other folder gets one.
        prefix = prefix.EndsWith(Path.DirectorySeparatorChar) ? prefix : prefix + Path.DirectorySeparatorChar;
        return inner == outer || inner.StartsWith(prefix, StringComparison.Ordinal);
    }
}
