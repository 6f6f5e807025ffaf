using SkiaSharp;

namespace SectorScope.Rendering.Charts;

/// <summary>
/// The font file every chart draws its text with: it must hold Chinese glyphs, or charts would show boxes.
/// <see cref="Family"/> is the name the chart library knows it by; <see cref="FilePath"/> is the .ttf/.ttc file.
/// </summary>
public sealed record ChartFont(string Family, string FilePath)
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

    /// <summary>Finds an installed font that draws Chinese: the known paths first, then what fontconfig suggests.</summary>
    /// <exception cref="MissingFontException">No such font is installed.</exception>
    public static ChartFont Locate() => Locate(KnownPaths.Concat(FontConfig.MatchChinese()));

    /// <summary>The first of <paramref name="candidatePaths"/> that exists and draws Chinese.</summary>
    internal static ChartFont Locate(IEnumerable<string> candidatePaths)
    {
        var tried = new List<string>();
        foreach (var path in candidatePaths)
        {
            if (tried.Contains(path, StringComparer.Ordinal))
            {
                continue;
            }

            tried.Add(path);
            if (Open(path) is { } font)
            {
                return font;
            }
        }

        throw new MissingFontException(tried);
    }

    /// <summary>The font in <paramref name="path"/> (first face of a collection) if it can draw <see cref="Probe"/>.</summary>
    internal static ChartFont? Open(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var typeface = SKTypeface.FromFile(path);
        return typeface is not null && DrawsChinese(typeface) ? new ChartFont(typeface.FamilyName, path) : null;
    }

    internal static bool DrawsChinese(SKTypeface typeface) => typeface.ContainsGlyphs(Probe);
}
