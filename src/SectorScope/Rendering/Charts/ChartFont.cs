using SkiaSharp;

namespace SectorScope.Rendering.Charts;

/// <summary>
/// The font file every chart draws its text with: it must hold Chinese glyphs, or charts would show boxes.
/// <see cref="Family"/> is the name the chart library knows it by; <see cref="FilePath"/> is the .ttf/.ttc file.
/// </summary>
/// <param name="Sample">Characters it must draw: Chinese ones for the Chinese edition, Latin ones for English.</param>
public sealed record ChartFont(string Family, string FilePath, string Sample = ChartFont.Probe)
{
    /// <summary>Characters every chart font must be able to draw.</summary>
    internal const string Probe = "恒生科技指数涨跌幅均值同比亿元款";

    /// <summary>Where common systems install a CJK font, best first: WenQuanYi Zen Hei lays out legends cleanly.</summary>
    internal static readonly IReadOnlyList<string> KnownPaths =
    [
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc",
        "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    ];

    /// <summary>Latin sans fonts for English charts, best first (Debian's fonts-dejavu-core, fonts-liberation).</summary>
    internal static readonly IReadOnlyList<string> LatinPaths =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
    ];

    /// <summary>Finds an installed font that draws Chinese: the known paths first, then what fontconfig suggests.</summary>
    /// <exception cref="MissingFontException">No such font is installed.</exception>
    public static ChartFont Locate() => Locate(KnownPaths.Concat(FontConfig.MatchChinese()));

    /// <summary>The chart font of a report's language: a Chinese one for zh-CN, a Latin sans for English.</summary>
    /// <exception cref="MissingFontException">No such font is installed.</exception>
    public static ChartFont Locate(Reporting.Wordings.Wording wording) =>
        wording.Language == Workspace.ReportLanguage.ZhCn ? Locate() : Locate(LatinPaths, wording.ChartFontProbe);

    /// <summary>The first of <paramref name="candidatePaths"/> that exists and draws <paramref name="probe"/> (Chinese unless given).</summary>
    internal static ChartFont Locate(IEnumerable<string> candidatePaths, string probe = Probe)
    {
        var tried = new List<string>();
        foreach (var path in candidatePaths)
        {
            if (tried.Contains(path, StringComparer.Ordinal))
            {
                continue;
            }

            tried.Add(path);
            if (Open(path, probe) is { } font)
            {
                return font;
            }
        }

        throw new MissingFontException(tried);
    }

    /// <summary>The font in <paramref name="path"/> (first face of a collection) if it can draw <paramref name="probe"/>.</summary>
    internal static ChartFont? Open(string path, string probe = Probe)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var typeface = SKTypeface.FromFile(path);
        return typeface is not null && typeface.ContainsGlyphs(probe) ? new ChartFont(typeface.FamilyName, path, probe) : null;
    }

    internal static bool DrawsChinese(SKTypeface typeface) => typeface.ContainsGlyphs(Probe);
}
