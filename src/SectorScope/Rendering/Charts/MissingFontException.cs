namespace SectorScope.Rendering.Charts;

/// <summary>
/// No font that can draw Chinese was found, so charts cannot be drawn without boxes in place of the text.
/// The message names the Debian package that fixes it.
/// </summary>
public sealed class MissingFontException : Exception
{
    /// <summary>The Debian package whose font the charts are made for.</summary>
    public const string DebianPackage = "fonts-wqy-zenhei";

    public MissingFontException()
        : this([])
    {
    }

    public MissingFontException(string message)
        : base(message)
    {
    }

    public MissingFontException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal MissingFontException(IReadOnlyList<string> tried)
        : base(Describe(tried))
    {
    }

    private static string Describe(IReadOnlyList<string> tried) =>
        "No font that can draw Chinese text was found for the charts"
        + (tried.Count == 0 ? "" : $" (looked at {string.Join(", ", tried)})")
        + $". Install one: sudo apt-get install {DebianPackage} (WenQuanYi Zen Hei).";
}
