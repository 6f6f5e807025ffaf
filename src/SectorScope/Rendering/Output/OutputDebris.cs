using System.Globalization;
using System.Text.RegularExpressions;
using SectorScope.Workspace;

namespace SectorScope.Rendering.Output;

/// <summary>
/// The folders a report run keeps beside its output while it works — <c>.NAME.partial-PID-N</c> (the new report being
/// written) and <c>.NAME.old-PID-N</c> (the previous one, renamed aside for the moment of the swap) — and their repair when
/// the run that made them was killed: a partial folder is deleted; a previous report whose place is still empty is put
/// back, else deleted. Only folders of processes that are gone are touched.
/// </summary>
public static partial class OutputDebris
{
    [GeneratedRegex(@"^\.(?<name>.+)\.(?<kind>partial|old)-(?<pid>\d+)-\d+$")]
    private static partial Regex DebrisName();

    public static string StagingName(string name, string unique) => $".{name}.partial-{unique}";

    public static string PreviousName(string name, string unique) => $".{name}.old-{unique}";

    /// <summary>Repairs what killed runs left in <paramref name="parent"/>; failures leave the debris for the next run.</summary>
    public static void Clean(string parent)
    {
        IEnumerable<string> folders;
        try
        {
            folders = [.. Directory.EnumerateDirectories(parent, ".*")];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        // Previous reports are restored before partial folders are dropped, oldest name first so a restore is deterministic.
        foreach (var folder in folders.Order(StringComparer.Ordinal))
        {
            var match = DebrisName().Match(Path.GetFileName(folder));
            if (!match.Success || new DirectoryInfo(folder).LinkTarget is not null
                || !int.TryParse(match.Groups["pid"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || RunFiles.IsAlive(pid))
            {
                continue;
            }

            var final = Path.Combine(parent, match.Groups["name"].Value);
            try
            {
                if (match.Groups["kind"].Value == "old" && !Directory.Exists(final) && !File.Exists(final))
                {
                    Directory.Move(folder, final);
                }
                else
                {
                    TryRemove(folder);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left for the next run.
            }
        }
    }

    /// <summary>Deletes a folder of ours, making read-only parts writable first; false when it could not be removed.</summary>
    public static bool TryRemove(string folder)
    {
        try
        {
            if (!Directory.Exists(folder))
            {
                return true;
            }

            try
            {
                Directory.Delete(folder, recursive: true);
                return true;
            }
            catch (UnauthorizedAccessException)
            {
                MakeWritable(new DirectoryInfo(folder));
                Directory.Delete(folder, recursive: true);
                return true;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void MakeWritable(DirectoryInfo folder)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        const UnixFileMode owner = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        folder.UnixFileMode |= owner;
        foreach (var sub in folder.EnumerateDirectories().Where(d => d.LinkTarget is null))
        {
            MakeWritable(sub);
        }
    }
}
