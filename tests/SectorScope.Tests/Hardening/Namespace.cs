using System.Diagnostics;

namespace SectorScope.Tests.Hardening;

/// <summary>
/// A shell script run in a private mount namespace (<c>unshare</c>), where a test may mount a tiny or read-only file
/// system: a full disk and a read-only folder that hold even for root (permission bits do not stop root; a file system does).
/// </summary>
public static class Namespace
{
    /// <summary>Runs <paramref name="script"/> with <c>$CLI</c> naming the command line to start SectorScope; returns what it printed.</summary>
    public static CliRun Run(string script)
    {
        var start = new ProcessStartInfo("unshare") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // As root a mount namespace is enough; otherwise a user namespace maps the user to root inside it.
        foreach (var a in Environment.UserName == "root" ? new[] { "--mount" } : ["--mount", "--map-root-user"])
        {
            start.ArgumentList.Add(a);
        }

        start.ArgumentList.Add("--propagation");
        start.ArgumentList.Add("private");
        start.ArgumentList.Add("sh");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("set -u\n" + script);
        start.Environment["CLI"] = $"dotnet {CliProcess.Dll}";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return new RunningCli(Process.Start(start) ?? throw new InvalidOperationException("unshare did not start")).Wait();
    }
}
