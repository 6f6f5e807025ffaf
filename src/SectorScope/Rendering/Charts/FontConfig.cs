using System.ComponentModel;
using System.Diagnostics;

namespace SectorScope.Rendering.Charts;

/// <summary>Asks fontconfig (fc-match) for a font file that covers Simplified Chinese, when fontconfig is installed.</summary>
internal static class FontConfig
{
    /// <summary>Lazily: fc-match only runs when a caller gets this far down its list of candidates.</summary>
    public static IEnumerable<string> MatchChinese()
    {
        if (Match("WenQuanYi Zen Hei:lang=zh-cn") is { } path)
        {
            yield return path;
        }
    }

    private static string? Match(string pattern)
    {
        try
        {
            var start = new ProcessStartInfo("fc-match", ["--format=%{file}", pattern])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd().Trim();
            return process.WaitForExit(TimeSpan.FromSeconds(5)) && process.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (Win32Exception)
        {
            // fc-match is not installed: the known paths are all there is.
            return null;
        }
    }
}
