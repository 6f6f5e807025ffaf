using System.Net;

namespace SectorScope.Cli.Serve;

/// <summary>How <c>serve</c> runs: the workspace, where it listens, and whether it may write.</summary>
/// <param name="Port">0 takes a free port (the tests do).</param>
/// <param name="ReadOnly">The bundled demo: shown and checked, never written to.</param>
public sealed record WorkbenchOptions(string Workspace, IPAddress Bind, int Port, bool ReadOnly)
{
    public const int DefaultPort = 5177;

    /// <summary>Bound to anything but loopback, every request needs this token; on loopback none is needed.</summary>
    public string? Token { get; init; } = IPAddress.IsLoopback(Bind) ? null : WorkbenchGuard.NewToken();
}
