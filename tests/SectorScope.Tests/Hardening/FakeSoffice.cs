namespace SectorScope.Tests.Hardening;

/// <summary>
/// A stand-in <c>soffice</c> in a folder put first on the PATH of a CLI child process: LibreOffice broken or hung in ways the
/// real one cannot be made to be on demand. The real one is used wherever it can show the behaviour.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class FakeSoffice : IDisposable
{
    /// <summary>Ignores every signal but SIGKILL and never exits, like a LibreOffice stuck in a document.</summary>
    public const string Hung = "#!/bin/sh\ntrap '' INT TERM HUP PIPE\nwhile :; do sleep 1; done\n";

    /// <summary>Aborts as soon as it starts (exit 134).</summary>
    public const string Crashing = "#!/bin/sh\nkill -ABRT $$\n";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sectorscope-tests", "bin-" + Guid.NewGuid().ToString("N"));

    public FakeSoffice(string script, bool executable = true)
    {
        Directory.CreateDirectory(_folder);
        var soffice = Path.Combine(_folder, "soffice");
        File.WriteAllText(soffice, script);
        File.SetUnixFileMode(soffice, UnixFileMode.UserRead | UnixFileMode.UserWrite | (executable ? UnixFileMode.UserExecute : UnixFileMode.None));
    }

    /// <summary>The environment that makes a child process find this soffice first.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["PATH"] = $"{_folder}:{System.Environment.GetEnvironmentVariable("PATH")}",
    };

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
