using System.Globalization;

namespace SectorScope.Workspace;

/// <summary>
/// Names of temporary files and folders that say which run made them: the process id (so the next run can tell a killed
/// run's debris from a live one's) and a number unique within the process (so two runs in one process never collide).
/// </summary>
public static class RunFiles
{
    private static long _sequence;

    /// <summary><c>PID-N</c>, unique per call.</summary>
    public static string UniqueSuffix() =>
        string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId}-{Interlocked.Increment(ref _sequence)}");

    /// <summary>True when a process with this id runs (or may run: when it cannot be told, the debris is left alone).</summary>
    public static bool IsAlive(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        if (OperatingSystem.IsLinux())
        {
            return Directory.Exists($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}");
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
