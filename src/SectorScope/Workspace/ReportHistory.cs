using System.Text;
using System.Text.RegularExpressions;

namespace SectorScope.Workspace;

/// <summary>
/// The workspace's record of published reports: one <c>history/YYYY-MM.json</c> per period. It lives
/// beside the inputs, not in the store, because it is not derived from them: deleting the
/// <c>.sectorscope/</c> cache must not forget what was published.
/// </summary>
public static partial class ReportHistory
{
    public const string Folder = "history";

    /// <summary>Between an entry's name and its writer's <c>PID-N</c> while it is written: <c>.2024-11.json.tmp-PID-N</c>.</summary>
    public const string TemporaryMark = ".tmp-";

    [GeneratedRegex(@"^\d{4}-\d{2}\.json$")]
    private static partial Regex EntryName();

    public static string RelativePath(ReportPeriod period) => $"{Folder}/{period}.json";

    /// <summary>Every entry of the workspace, oldest first; each problem is a diagnostic, nothing is skipped silently.</summary>
    public static IReadOnlyList<HistoryEntry> Read(string workspace, IReadOnlyList<string> ratingScale, DiagnosticBag diagnostics)
    {
        var dir = Path.Combine(workspace, Folder);
        if (!Directory.Exists(dir))
        {
            return [];
        }

        var entries = new List<HistoryEntry>();
        foreach (var name in Directory.EnumerateFiles(dir, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal))
        {
            var relative = $"{Folder}/{name}";
            if (!EntryName().IsMatch(name) || !ReportPeriod.TryParse(name[..7], out var period))
            {
                diagnostics.Add(relative, 0, "file", ReaderMessages.HistoryFileName);
                continue;
            }

            if (InputBytes.Read(workspace, relative, InputLimits.TextFileBytes, diagnostics) is { } bytes
                && HistoryJson.Parse(relative, period, bytes, ratingScale, diagnostics) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    /// <summary>
    /// Writes (or replaces) the entry of its period: to a temporary file in the same folder, then moved
    /// over the old one, so a reader sees the old entry or the new one, never half of either.
    /// Returns the path relative to the workspace.
    /// </summary>
    public static string Write(string workspace, HistoryEntry entry)
    {
        var dir = Path.Combine(workspace, Folder);
        Directory.CreateDirectory(dir);
        var final = Path.Combine(dir, $"{entry.Period}.json");
        // A leading dot and no .json ending: an interrupted write is never read as an entry.
        var temp = Path.Combine(dir, $".{entry.Period}.json{TemporaryMark}{RunFiles.UniqueSuffix()}");
        try
        {
            File.WriteAllText(temp, HistoryJson.Serialize(entry), new UTF8Encoding(false));
            File.Move(temp, final, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }

        return RelativePath(entry.Period);
    }
}
