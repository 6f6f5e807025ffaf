using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using SectorScope.Workspace;

namespace SectorScope.Rendering.Pdf;

/// <summary>The LibreOffice processes of this run and the ones killed runs left behind.</summary>
public static partial class PdfConverter
{
    /// <summary>A conversion's work folder (profile and output) under the temp folder: <c>sectorscope-soffice-PID-N</c>.</summary>
    private const string WorkPrefix = "sectorscope-soffice-";

    /// <summary>The Word file of an in-memory conversion: <c>sectorscope-pdf-PID-N</c>.</summary>
    private const string ScratchPrefix = "sectorscope-pdf-";

    private static readonly HashSet<Process> Running = [];

    /// <summary>
    /// Kept alive for the life of the process: a registration that is collected stops handling its signal.
    /// </summary>
    private static readonly PosixSignalRegistration[] SignalHandlers = RegisterSignalHandlers();

    static PdfConverter() => AppDomain.CurrentDomain.ProcessExit += (_, _) => StopRunning();

    /// <summary>
    /// Ctrl+C, SIGTERM, SIGHUP and SIGQUIT end the run without raising <see cref="AppDomain.ProcessExit"/> (the runtime
    /// restores the default action and re-raises the signal), so LibreOffice is stopped in a handler that runs first and
    /// then lets the signal take its usual course.
    /// </summary>
    private static PosixSignalRegistration[] RegisterSignalHandlers()
    {
        if (OperatingSystem.IsWindows())
        {
            return [];
        }

        return [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT }
            .Select(signal => PosixSignalRegistration.Create(signal, _ => StopRunning()))];
    }

    [GeneratedRegex(@"^sectorscope-(soffice|pdf)-(?<pid>\d+)-\d+$")]
    private static partial Regex WorkFolder();

    [GeneratedRegex(@"-env:UserInstallation=file://[^\0]*/sectorscope-soffice-(?<pid>\d+)-\d+/")]
    private static partial Regex ProfileArgument();

    /// <summary>Starts soffice and remembers it, so that it is stopped if this process exits first; a file that cannot run is the system's failure.</summary>
    private static Process Start(ProcessStartInfo start, string soffice)
    {
        try
        {
            var process = Process.Start(start) ?? throw new PdfConversionException($"could not start {soffice}");
            lock (Running)
            {
                Running.Add(process);
            }

            return process;
        }
        catch (Win32Exception e)
        {
            throw new PdfConversionException($"LibreOffice ({soffice}) cannot be started: {e.Message}; reinstall the Debian package {DebianPackage}", e);
        }
    }

    private static void Forget(Process process)
    {
        lock (Running)
        {
            Running.Remove(process);
        }
    }

    private static void StopRunning()
    {
        Process[] running;
        lock (Running)
        {
            running = [.. Running];
        }

        foreach (var process in running)
        {
            TryKill(process);
        }
    }

    /// <summary>
    /// Stops LibreOffice processes whose run was killed (the profile folder on their command line names a process that is
    /// gone) and deletes those runs' work folders. Such a process keeps its profile folder, so the process table is read
    /// only when a killed run's folder is there: the common run, with nothing left behind, lists no process.
    /// </summary>
    public static void CleanAfterKilledRuns()
    {
        string[] leftovers;
        try
        {
            leftovers = [.. Directory.EnumerateDirectories(Path.GetTempPath(), "sectorscope-*").Where(folder =>
                WorkFolder().Match(Path.GetFileName(folder)) is { Success: true } match
                && int.TryParse(match.Groups["pid"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !RunFiles.IsAlive(pid))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next run.
            return;
        }

        if (leftovers.Length > 0 && OperatingSystem.IsLinux())
        {
            foreach (var pid in OrphanedProcesses())
            {
                try
                {
                    using var process = Process.GetProcessById(pid);
                    TryKill(process);
                }
                catch (ArgumentException)
                {
                    // Already gone.
                }
            }
        }

        foreach (var folder in leftovers)
        {
            TryDelete(folder);
        }
    }

    private static IEnumerable<int> OrphanedProcesses()
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

    private static IEnumerable<string> SafeEnumerate(string folder)
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

    private static void TryKill(Process process)
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
}
