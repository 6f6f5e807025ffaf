using System.CommandLine;
using System.Globalization;

namespace SectorScope.Cli;

/// <summary>
/// The details of a failure the user cannot act on (a defect, a failing disk): the exception with its stack trace, the
/// command line and the version, in <c>WORKSPACE/.sectorscope/logs/</c>, or the temp folder's <c>sectorscope-logs/</c>
/// when there is no writable workspace. The console gets one line naming the file.
/// </summary>
public static class CrashLog
{
    public const string Folder = "logs";

    /// <returns>The log's path, or null when no folder could take it.</returns>
    public static string? Write(Exception e, string[] args, string? workspace)
    {
        var now = DateTime.UtcNow;
        var name = string.Create(CultureInfo.InvariantCulture, $"{now:yyyyMMdd-HHmmss}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}.log");
        var text = string.Create(CultureInfo.InvariantCulture,
            $"sectorscope {Pipeline.Manifest.ToolVersion} on .NET {Environment.Version}\n{now:O}\nargs: {string.Join(' ', args.Select(a => $"'{a}'"))}\n\n{e}\n");
        foreach (var folder in Folders(workspace))
        {
            try
            {
                Directory.CreateDirectory(folder);
                var path = Path.Combine(folder, name);
                File.WriteAllText(path, text);
                return path;
            }
            catch (Exception io) when (io is IOException or UnauthorizedAccessException)
            {
                // Try the next folder.
            }
        }

        return null;
    }

    /// <summary>The workspace a parsed command names (the demo's when it names none), or null for a command without one.</summary>
    public static string? WorkspaceOf(ParseResult parse)
    {
        try
        {
            var option = parse.CommandResult.Command.Options.OfType<Option<string?>>().FirstOrDefault(o => o.Name == "--workspace");
            return option is null ? null : CliOptions.ChooseWorkspace(parse.GetValue(option)).Root;
        }
        catch (Exception e) when (e is ArgumentException or IOException or InvalidOperationException)
        {
            return null;
        }
    }

    private static IEnumerable<string> Folders(string? workspace)
    {
        if (workspace is not null && Directory.Exists(workspace))
        {
            yield return Path.Combine(workspace, Workspace.WorkspaceCopy.CacheFolder, Folder);
        }

        yield return Path.Combine(Path.GetTempPath(), "sectorscope-logs");
    }
}
