using System.Globalization;
using System.Text.RegularExpressions;
using SectorScope.Rendering.Pdf;
using SectorScope.Workspace;

namespace SectorScope.Pipeline;

/// <summary>
/// Removes what runs killed mid-way left in a workspace — a store being built (<c>store.duckdb.PID-N.tmp</c> and its
/// log), a history entry being written (<c>history/.2024-11.json.tmp-PID-N</c>), a kept chart or segmentation being
/// written (<c>.sectorscope/charts/KEY.png.PID-N.tmp</c>) — and LibreOffice conversions they started. Only what belongs
/// to a process that is gone is touched. Runs under the workspace lock, at the start of every run.
/// </summary>
internal static partial class WorkspaceDebris
{
    [GeneratedRegex(@"^store\.duckdb\.(?<pid>\d+)(-\d+)?\.tmp(\.wal)?$")]
    private static partial Regex StoreTemp();

    [GeneratedRegex(@"^\.\d{4}-\d{2}\.json\.tmp-(?<pid>\d+)(-\d+)?$")]
    private static partial Regex HistoryTemp();

    [GeneratedRegex(@"\.(?<pid>\d+)(-\d+)?\.tmp$")]
    private static partial Regex KeptTemp();

    public static void Clean(string workspace)
    {
        var cache = Path.Combine(workspace, WorkspaceCopy.CacheFolder);
        Remove(cache, StoreTemp());
        Remove(Path.Combine(workspace, ReportHistory.Folder), HistoryTemp());
        foreach (var kept in Subfolders(cache))
        {
            Remove(kept, KeptTemp());
        }

        LibreOfficeLeftovers.Clean();
    }

    private static IEnumerable<string> Subfolders(string folder)
    {
        try
        {
            return Directory.Exists(folder) ? [.. Directory.EnumerateDirectories(folder).Where(d => new DirectoryInfo(d).LinkTarget is null)] : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>Deletes the files of <paramref name="folder"/> whose name matches and whose writer is gone; a failure leaves them for the next run.</summary>
    private static void Remove(string folder, Regex name)
    {
        try
        {
            if (!Directory.Exists(folder))
            {
                return;
            }

            foreach (var file in Directory.EnumerateFiles(folder))
            {
                var match = name.Match(Path.GetFileName(file));
                if (match.Success && int.TryParse(match.Groups["pid"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !RunFiles.IsAlive(pid))
                {
                    File.Delete(file);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next run.
        }
    }
}
