using System.Globalization;
using System.Text.RegularExpressions;

namespace SectorScope.Tests.Hardening;

/// <summary>What a killed run may leave behind, found by name: temporary stores, history entries and kept files, staged and
/// previous report folders, LibreOffice work folders and processes of runs that are gone.</summary>
public static partial class Debris
{
    [GeneratedRegex(@"sectorscope-(soffice|pdf)-(?<pid>\d+)-")]
    private static partial Regex PdfWork();

    /// <param name="tempRoot">The temporary folder the runs used (their TMPDIR); by default this process's. A test that kills
    /// runs gives them a folder of their own, so that another test's or another program's work at the same time is not taken
    /// for debris of its runs.</param>
    public static IReadOnlyList<string> In(string workspace, string? output = null, string? tempRoot = null)
    {
        var found = new List<string>();
        var cache = Path.Combine(workspace, ".sectorscope");
        if (Directory.Exists(cache))
        {
            found.AddRange(Directory.EnumerateFiles(cache, "*", SearchOption.AllDirectories).Where(f => f.Contains(".tmp", StringComparison.Ordinal)));
        }

        var history = Path.Combine(workspace, "history");
        if (Directory.Exists(history))
        {
            found.AddRange(Directory.EnumerateFileSystemEntries(history).Where(f => Path.GetFileName(f).StartsWith('.')));
        }

        if (output is not null && Path.GetDirectoryName(Path.GetFullPath(output)) is { } parent && Directory.Exists(parent))
        {
            var name = Path.GetFileName(Path.GetFullPath(output));
            found.AddRange(Directory.EnumerateFileSystemEntries(parent, $".{name}.*"));
        }

        found.AddRange(Directory.EnumerateDirectories(tempRoot ?? Path.GetTempPath(), "sectorscope-*").Where(d => OwnerGone(Path.GetFileName(d))));
        found.AddRange(OrphanedLibreOffice(tempRoot));
        return found;
    }

    /// <summary>LibreOffice processes whose command line names the work folder of a run that is gone.</summary>
    public static IEnumerable<string> OrphanedLibreOffice(string? tempRoot = null)
    {
        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            string commandLine;
            try
            {
                commandLine = File.ReadAllText(Path.Combine(entry, "cmdline"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            if (commandLine.Contains("soffice", StringComparison.Ordinal) && OwnerGone(commandLine)
                && (tempRoot is null || commandLine.Contains(tempRoot, StringComparison.Ordinal)))
            {
                yield return $"process {Path.GetFileName(entry)}: {commandLine.Replace('\0', ' ')}";
            }
        }
    }

    private static bool OwnerGone(string text)
    {
        var match = PdfWork().Match(text);
        return match.Success && !Directory.Exists($"/proc/{int.Parse(match.Groups["pid"].Value, CultureInfo.InvariantCulture)}");
    }
}
