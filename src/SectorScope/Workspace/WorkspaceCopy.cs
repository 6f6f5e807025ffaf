namespace SectorScope.Workspace;

/// <summary>Copies a workspace's files to a new folder, leaving the store behind: it is a cache the copy rebuilds.</summary>
public static class WorkspaceCopy
{
    public const string CacheFolder = ".sectorscope";

    public static void Copy(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith(CacheFolder, StringComparison.Ordinal))
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
