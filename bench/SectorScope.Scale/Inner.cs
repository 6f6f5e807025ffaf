using System.Diagnostics;
using System.Globalization;

namespace SectorScope.Scale;

/// <summary>
/// The last line of a floor command: its own wall and CPU seconds from its first use of DuckDB on, without the start of
/// the process (this tool is not compiled ahead of time, so its start says nothing of the work), in the form of
/// bench/timing.sh's records: <c>inner SECONDS 0 CPU-SECONDS</c>.
/// </summary>
internal static class Inner
{
    public static string Line(Stopwatch clock, TimeSpan cpuAtStart) =>
        string.Create(CultureInfo.InvariantCulture,
            $"inner {clock.Elapsed.TotalSeconds:F3} 0 {(Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart).TotalSeconds:F3}");
}
