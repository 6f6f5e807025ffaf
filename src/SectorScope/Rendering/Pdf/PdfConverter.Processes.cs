using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace SectorScope.Rendering.Pdf;

/// <summary>The LibreOffice processes of this run, stopped with it (those of killed runs: <see cref="LibreOfficeLeftovers"/>).</summary>
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
            LibreOfficeLeftovers.Kill(process);
        }
    }
}
