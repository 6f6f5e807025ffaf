using System.Security.Cryptography;
using System.Text.Json;
using SectorScope.Workspace;

namespace SectorScope.Rendering.Output;

/// <summary>
/// The one rule for where a report may go: a new folder, an empty one, or a folder SectorScope wrote before (its
/// <c>manifest.json</c> lists every file in it, unchanged since). Never the workspace, a folder that holds it, or a folder
/// inside it other than <c>out/</c>: replacing any of those would delete the analyst's inputs or history.
/// </summary>
public static class OutputTarget
{
    /// <summary>The one folder of a workspace that reports may be written into.</summary>
    public const string ReportsFolder = "out";

    public const string ManifestFile = "manifest.json";

    private const long ManifestLimit = 16 << 20;

    private const int Named = 3;

    /// <summary>The real path to write the report to; refuses any folder the rule does not allow.</summary>
    /// <exception cref="OutputFolderRefusedException">The folder is not allowed, with the reason in the user's words.</exception>
    public static string Check(string workspace, string outputFolder)
    {
        if (string.IsNullOrWhiteSpace(outputFolder))
        {
            throw new OutputFolderRefusedException(outputFolder, "输出目录为空，请给出一个目录");
        }

        string real;
        try
        {
            real = WorkspacePaths.RealPath(outputFolder);
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new OutputFolderRefusedException(outputFolder, $"不是可用的路径（{e.Message}）");
        }

        var ws = WorkspacePaths.RealPath(workspace);
        if (Path.GetDirectoryName(real) is null)
        {
            throw new OutputFolderRefusedException(outputFolder, "是文件系统的根目录，不能作为输出目录");
        }

        if (WorkspacePaths.IsInside(real, ws))
        {
            throw new OutputFolderRefusedException(outputFolder, real == ws
                ? "是工作区本身，写出报告会删除全部输入文件"
                : $"包含工作区 {ws}，写出报告会删除它和其中的全部文件");
        }

        if (WorkspacePaths.IsInside(ws, real) && !WorkspacePaths.IsInside(Path.Combine(ws, ReportsFolder), real))
        {
            throw new OutputFolderRefusedException(outputFolder, $"在工作区内；工作区内的报告只能写到 {ReportsFolder}/ 之下");
        }

        if (File.Exists(real))
        {
            throw new OutputFolderRefusedException(outputFolder, "是一个文件，不是目录");
        }

        if (Directory.Exists(real))
        {
            CheckReplaceable(outputFolder, real);
        }

        return real;
    }

    /// <summary>An existing folder may be replaced only when it is empty or every file in it is one its manifest lists, unchanged.</summary>
    private static void CheckReplaceable(string named, string folder)
    {
        try
        {
            var entries = Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
                .Order(StringComparer.Ordinal).ToArray();
            if (entries.Length == 0)
            {
                return;
            }

            var listed = ListedOutputs(named, folder);
            var foreign = entries.Select(e => Foreign(folder, e, listed)).OfType<string>().ToArray();
            if (foreign.Length > 0)
            {
                var more = foreign.Length > Named ? $" 等 {foreign.Length} 项" : "";
                throw new OutputFolderRefusedException(named,
                    $"已有不是 SectorScope 写出的内容（{string.Join("；", foreign.Take(Named))}{more}），不会被覆盖；请换一个新目录，或先移走这些文件");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputFolderRefusedException(named, $"无法读取其内容（{e.Message}），不会被覆盖");
        }
    }

    /// <summary>The outputs <c>manifest.json</c> lists, path → SHA-256; refuses a folder without a manifest of SectorScope.</summary>
    private static Dictionary<string, string> ListedOutputs(string named, string folder)
    {
        var path = Path.Combine(folder, ManifestFile);
        var info = new FileInfo(path);
        if (!info.Exists || info.LinkTarget is not null || info.Length > ManifestLimit)
        {
            throw new OutputFolderRefusedException(named, $"不是空目录，也没有 SectorScope 的 {ManifestFile}：其中的文件不是 SectorScope 写出的，不会被覆盖；请换一个新目录");
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = json.RootElement;
            if (root.GetProperty("tool").GetString() != "sectorscope")
            {
                throw new FormatException("not written by sectorscope");
            }

            return root.GetProperty("outputs").EnumerateArray()
                .ToDictionary(o => o.GetProperty("path").GetString() ?? "", o => o.GetProperty("sha256").GetString() ?? "", StringComparer.Ordinal);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new OutputFolderRefusedException(named, $"{ManifestFile} 不是 SectorScope 写出的清单，目录不会被覆盖；请换一个新目录");
        }
    }

    /// <summary>Why <paramref name="entry"/> is not the folder's own, or null when the manifest accounts for it.</summary>
    private static string? Foreign(string folder, string entry, Dictionary<string, string> listed)
    {
        var relative = Path.GetRelativePath(folder, entry).Replace(Path.DirectorySeparatorChar, '/');
        var info = new FileInfo(entry);
        if (info.LinkTarget is not null)
        {
            return $"{relative} 是符号链接";
        }

        if (info.Attributes.HasFlag(FileAttributes.Directory))
        {
            return listed.Keys.Any(p => p.StartsWith(relative + "/", StringComparison.Ordinal)) ? null : $"{relative}/";
        }

        if (relative == ManifestFile)
        {
            return null;
        }

        if (!listed.TryGetValue(relative, out var sha256))
        {
            return relative;
        }

        using var stream = File.OpenRead(entry);
        return Convert.ToHexStringLower(SHA256.HashData(stream)) == sha256 ? null : $"{relative} 在生成后被修改过";
    }
}
