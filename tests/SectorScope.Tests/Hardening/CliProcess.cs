using System.Diagnostics;

namespace SectorScope.Tests.Hardening;

/// <summary>What a run of the real command-line program printed and how it exited.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>True when the console shows a .NET stack trace (lines beginning "   at ").</summary>
    public bool ShowsStackTrace => Stderr.Contains("\n   at ", StringComparison.Ordinal) || Stdout.Contains("\n   at ", StringComparison.Ordinal);
}

/// <summary>
/// The built CLI (<c>SectorScope.Cli.dll</c>, copied beside the tests) run as a child process, as a user runs it: for what
/// only a separate process shows — exit codes seen from outside, two runs at once, a run killed with SIGKILL.
/// </summary>
public static class CliProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "SectorScope.Cli.dll");

    public static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return start;
    }

    /// <summary>Starts the CLI; the caller reads or kills it.</summary>
    public static RunningCli Start(params string[] args) => Start(null, args);

    public static RunningCli Start(IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        new(Process.Start(StartInfo(environment, args)) ?? throw new InvalidOperationException("dotnet did not start"));

    public static CliRun Run(params string[] args) => Start(args).Wait();

    public static CliRun Run(IReadOnlyDictionary<string, string> environment, params string[] args) => Start(environment, args).Wait();

    /// <summary>Runs the CLI with <paramref name="folder"/> as its current folder, as a user inside a workspace does.</summary>
    public static CliRun RunIn(string folder, params string[] args)
    {
        var start = StartInfo(null, args);
        start.WorkingDirectory = folder;
        return new RunningCli(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start")).Wait();
    }
}

/// <summary>A CLI child process whose output is collected while it runs.</summary>
public sealed class RunningCli(Process process) : IDisposable
{
    private readonly Task<string> _stdout = process.StandardOutput.ReadToEndAsync();
    private readonly Task<string> _stderr = process.StandardError.ReadToEndAsync();

    public Process Process => process;

    public CliRun Wait()
    {
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the CLI did not finish within 5 minutes");
        }

        process.WaitForExit();
        return new CliRun(process.ExitCode, _stdout.Result, _stderr.Result);
    }

    /// <summary>SIGKILL, as <c>kill -9</c>: the run gets no chance to clean up.</summary>
    public void KillHard()
    {
        try
        {
            process.Kill(entireProcessTree: false);
        }
        catch (InvalidOperationException)
        {
            // It had finished already.
        }

        process.WaitForExit();
    }

    public void Dispose() => process.Dispose();
}
