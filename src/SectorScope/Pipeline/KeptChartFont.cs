using System.Security.Cryptography;
using System.Text;
using SectorScope.Rendering.Charts;
using SectorScope.Reporting.Wordings;
using SectorScope.Workspace;

namespace SectorScope.Pipeline;

/// <summary>
/// The chart font an earlier run located, kept in <c>.sectorscope/fonts/</c> under the size and modification time of every
/// candidate file: locating it opens font files with the drawing library (a tenth of a second or more), which a report whose
/// charts are all kept needs for nothing else. <see cref="ChartFont.Locate(Wording)"/> takes the first candidate that opens
/// and draws the sample, so while no candidate changed it gives the same font again. A font found through fontconfig
/// (no candidate of the list works) is never kept: a font installed later could change that answer unseen.
/// </summary>
internal static class KeptChartFont
{
    private const string Folder = "fonts";
    private static readonly string Build = typeof(ChartFont).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static ChartFont Locate(string workspace, Wording wording)
    {
        var (candidates, sample) = Candidates(wording);
        var files = KeptFiles.In(workspace, Folder, keep: 4);
        var key = Key(candidates, sample);
        if (files.Read(key + ".txt") is { } bytes && Encoding.UTF8.GetString(bytes).Split('\n') is [var family, var path, var kept]
            && kept == sample && candidates.Contains(path, StringComparer.Ordinal))
        {
            return new ChartFont(family, path, sample);
        }

        var font = ChartFont.Locate(wording);
        if (candidates.Contains(font.FilePath, StringComparer.Ordinal) && !font.Family.Contains('\n', StringComparison.Ordinal))
        {
            files.Write((key + ".txt", Encoding.UTF8.GetBytes($"{font.Family}\n{font.FilePath}\n{font.Sample}")));
        }

        return font;
    }

    /// <summary>
    /// The key under which the font of this edition is kept, or null when none is: then the font would be located again
    /// (perhaps through fontconfig, whose answer a font installed later changes), so charts drawn with it are not known to be drawn the same way again.
    /// </summary>
    public static string? KeptKey(string workspace, Wording wording)
    {
        var (candidates, sample) = Candidates(wording);
        var key = Key(candidates, sample);
        return KeptFiles.In(workspace, Folder, keep: 4).Read(key + ".txt") is null ? null : key;
    }

    private static (IReadOnlyList<string> Candidates, string Sample) Candidates(Wording wording) =>
        wording.Language == ReportLanguage.ZhCn ? (ChartFont.KnownPaths, ChartFont.Probe) : (ChartFont.LatinPaths, wording.ChartFontProbe);

    /// <summary>The build, the sample and each candidate's size and time (or its absence), in order.</summary>
    internal static string Key(IEnumerable<string> candidates, string sample)
    {
        var text = new StringBuilder(Build).Append('\n').Append(sample).Append('\n');
        foreach (var path in candidates)
        {
            var info = new FileInfo(path);
            text.Append(path).Append('\0').Append(info.Exists ? $"{info.Length}\0{info.LastWriteTimeUtc.Ticks}" : "-").Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
