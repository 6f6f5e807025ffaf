using ScottPlot;

namespace SectorScope.Rendering.Charts;

/// <summary>
/// Registers a <see cref="ChartFont"/> with ScottPlot for regular and bold text, once per process, and refuses
/// a font that cannot draw Chinese: a chart with boxes in place of its labels is worse than no chart.
/// </summary>
internal static class ChartFontRegistry
{
    private static readonly Lock Gate = new();
    private static readonly HashSet<ChartFont> Registered = [];

    public static void Ensure(ChartFont font)
    {
        lock (Gate)
        {
            if (Registered.Contains(font))
            {
                return;
            }

            if (ChartFont.Open(font.FilePath, font.Sample) is null)
            {
                throw new MissingFontException([font.FilePath]);
            }

            Fonts.AddFontFile(font.Family, font.FilePath, bold: false, italic: false);
            Fonts.AddFontFile(font.Family, font.FilePath, bold: true, italic: false);
            if (!Fonts.GetTypeface(font.Family, bold: false, italic: false).ContainsGlyphs(font.Sample)
                || !Fonts.GetTypeface(font.Family, bold: true, italic: false).ContainsGlyphs(font.Sample))
            {
                throw new MissingFontException([font.FilePath]);
            }

            Registered.Add(font);
        }
    }
}
