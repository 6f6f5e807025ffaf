using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SectorScope.Rendering.Output;
using SectorScope.Workspace;

namespace SectorScope.Cli.Serve;

/// <summary>
/// A short fingerprint of the workspace's inputs (every file's path, size and modification time; the store's cache
/// and the report folders left out), so the page can tell that an input changed without anything being read.
/// <see cref="Data"/> leaves out the narrative: the computed values a live check compares with do not depend on it.
/// </summary>
public sealed record WorkspaceState(string All, string Data)
{
    public static WorkspaceState Of(string workspace)
    {
        var all = new StringBuilder();
        var data = new StringBuilder();
        var root = Path.GetFullPath(workspace);
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden, ReturnSpecialDirectories = false };
        foreach (var file in new DirectoryInfo(root).EnumerateFiles("*", options).OrderBy(f => f.FullName, StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file.FullName).Replace('\\', '/');
            if (relative.StartsWith(WorkspaceCopy.CacheFolder + "/", StringComparison.Ordinal) || relative.StartsWith(OutputTarget.ReportsFolder + "/", StringComparison.Ordinal))
            {
                continue;
            }

            var line = string.Create(CultureInfo.InvariantCulture, $"{relative}\t{file.Length}\t{file.LastWriteTimeUtc.Ticks}\n");
            all.Append(line);
            if (!relative.StartsWith("narrative/", StringComparison.Ordinal))
            {
                data.Append(line);
            }
        }

        return new WorkspaceState(Hash(all), Hash(data));
    }

    private static string Hash(StringBuilder text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
}
