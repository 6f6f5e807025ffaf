using System.Diagnostics;
using System.Globalization;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Hardening;

/// <summary>
/// LibreOffice goes with the run that started it. A hung soffice (one that ignores every signal but SIGKILL) is stopped
/// when its run is stopped by Ctrl+C or SIGTERM; when its run was killed with SIGKILL it outlives it, and the next run stops it.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
[Trait("Category", "Slow")]
public sealed class SignalTests : IDisposable
{
    private readonly TestWorkspace _ws = new();
    private readonly FakeSoffice _soffice = new(FakeSoffice.Hung);

    public void Dispose()
    {
        _soffice.Dispose();
        _ws.Dispose();
    }

    private RunningCli StartConverting(out string marker)
    {
        var run = CliProcess.Start(_soffice.Environment, "report", "--workspace", _ws.Root, "--out", _ws.OutputFolder, "--format", "pdf");
        marker = $"sectorscope-soffice-{run.Process.Id.ToString(CultureInfo.InvariantCulture)}-";
        var m = marker;
        Assert.True(Eventually(() => Processes(m).Count > 0, TimeSpan.FromMinutes(2)), "soffice never started");
        return run;
    }

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public void A_run_stopped_by_a_signal_stops_its_LibreOffice(string signal)
    {
        using var run = StartConverting(out var marker);
        Tool.Run("kill", $"-{signal}", run.Process.Id.ToString(CultureInfo.InvariantCulture));
        run.Wait();
        Assert.True(Eventually(() => Processes(marker).Count == 0, TimeSpan.FromSeconds(30)), $"still running after SIG{signal}: {string.Join("; ", Processes(marker))}");
    }

    [Fact]
    public void The_LibreOffice_of_a_killed_run_is_stopped_by_the_next_run_and_its_work_folder_removed()
    {
        using var run = StartConverting(out var marker);
        run.KillHard();
        Assert.NotEmpty(Processes(marker));
        Assert.Equal(0, CliProcess.Run("report", "--workspace", _ws.Root, "--out", _ws.OutputFolder, "--format", "json").ExitCode);
        Assert.True(Eventually(() => Processes(marker).Count == 0, TimeSpan.FromSeconds(30)), string.Join("; ", Processes(marker)));
        Assert.Empty(Debris.In(_ws.Root, _ws.OutputFolder));
    }

    private static bool Eventually(Func<bool> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > limit)
            {
                return false;
            }

            Thread.Sleep(50);
        }

        return true;
    }

    private static List<string> Processes(string marker) =>
        [.. Directory.EnumerateDirectories("/proc").Select(d =>
        {
            try
            {
                return File.ReadAllText(Path.Combine(d, "cmdline")).Replace('\0', ' ');
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return "";
            }
        }).Where(c => c.Contains(marker, StringComparison.Ordinal))];
}
