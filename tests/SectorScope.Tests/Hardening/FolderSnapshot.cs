using System.Security.Cryptography;

namespace SectorScope.Tests.Hardening;

/// <summary>Every file and folder below a root with the hash of each file: two equal snapshots mean nothing was added, changed or lost.</summary>
public static class FolderSnapshot
{
    /// <param name="skip">Relative path prefixes left out (a store that a run may legitimately update).</param>
    public static SortedDictionary<string, string> Of(string root, params string[] skip)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(root))
        {
            return entries;
        }

        foreach (var path in Directory.EnumerateFileSystemEntries(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (skip.Any(s => relative.StartsWith(s, StringComparison.Ordinal)))
            {
                continue;
            }

            var info = new FileInfo(path);
            entries[relative] = info.LinkTarget is { } link ? "-> " + link
                : info.Attributes.HasFlag(FileAttributes.Directory) ? "dir"
                : Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        }

        return entries;
    }
}
