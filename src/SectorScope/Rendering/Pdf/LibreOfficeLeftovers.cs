using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using SectorScope.Workspace;

namespace SectorScope.Rendering.Pdf;

/// <summary>
/// What conversions leave when their run is killed: LibreOffice processes that outlive it and their work folders under the
/// temp folder. Kept apart from <see cref="PdfConverter"/>, whose first use registers signal handlers for its own
/// conversions: every run cleans up after killed ones, and most runs convert nothing.
/// </summary>
public static partial class LibreOfficeLeftovers
{
    [GeneratedRegex(@"^sectorscope-(soffice|pdf)-(?<pid>\d+)-\d+$")]
    private static partial Regex WorkFolder();

    [GeneratedRegex(@"-env:UserInstallation=file://[^\0]*/sectorscope-soffice-(?<pid>\d+)-\d+/")]
    private static partial Regex ProfileArgument();

    /// <summary>
    /// Stops LibreOffice processes whose run was killed (the profile folder on their command line names a process that is
    /// gone), wherever their profile is and whether or not it is still there, and deletes those runs' work folders.
    /// </summary>
    public static void Clean()
    {
        if (OperatingSystem.IsLinux())
        {
            foreach (var pid in OrphanedProcesses())
            {
                try
                {
                    using var process = Process.GetProcessById(pid);
                    Kill(process);
                }
                catch (ArgumentException)
                {
                    // Already gone.
                }
            }
        }

        try
        {
            foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), "sectorscope-*"))
            {
                var match = WorkFolder().Match(Path.GetFileName(folder));
                if (match.Success && int.TryParse(match.Groups["pid"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !RunFiles.IsAlive(pid))
                {
                    Delete(folder);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next run.
        }
    }

    /// <summary>Stops a process and what it started; one that already exited is left.</summary>
    internal static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // Exited meanwhile.
        }
    }

    /// <summary>Deletes a work folder; one that cannot be deleted now is left.</summary>
    internal static void Delete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A profile file still held by a stopped process; the temp folder is cleaned by the system.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static List<int> OrphanedProcesses()
    {
        var found = new List<int>();
        foreach (var entry in SafeEnumerate("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            string commandLine;
            try
            {
                commandLine = File.ReadAllText(Path.Combine(entry, "cmdline"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            var match = ProfileArgument().Match(commandLine);
            if (match.Success && int.TryParse(match.Groups["pid"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var owner) && !RunFiles.IsAlive(owner))
            {
                found.Add(pid);
            }
        }

        return found;
    }

    private static string[] SafeEnumerate(string folder)
    {
        try
        {
            return [.. Directory.EnumerateDirectories(folder)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
