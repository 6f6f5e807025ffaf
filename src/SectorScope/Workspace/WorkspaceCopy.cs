namespace SectorScope.Workspace;

/// <summary>Copies a workspace's files to a new folder, leaving the store behind: it is a cache the copy rebuilds.</summary>
public static class WorkspaceCopy
{
    public const string CacheFolder = ".sectorscope";

    /// <param name="leaveOut">Top-level folders not copied besides the cache (the demo's history and reports for a new analyst's copy).</param>
    public static void Copy(string source, string target, params string[] leaveOut)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var top = relative.Split(Path.DirectorySeparatorChar)[0];
            if (top == CacheFolder || leaveOut.Contains(top, StringComparer.Ordinal))
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
