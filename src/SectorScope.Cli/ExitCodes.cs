namespace SectorScope.Cli;

public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The workspace has input errors (or the narrative fails its checks).</summary>
    public const int InputErrors = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;

    /// <summary>A system part the run needs is missing or failed (a CJK font, LibreOffice); nothing was written.</summary>
    public const int SystemPart = 3;
}

/// <summary>A command-line mistake found after parsing (a bad --period); exits with <see cref="ExitCodes.Usage"/>.</summary>
public sealed class UsageException(string message) : Exception(message);
