using SectorScope.Rendering.Charts;

namespace SectorScope.Tests.Rendering.Charts;

/// <summary>Charts are drawn with a real font that has Chinese glyphs, or not at all.</summary>
public sealed class ChartFontTests
{
    [Fact]
    public void Locate_finds_the_installed_wenquanyi_zen_hei()
    {
        var font = ChartFont.Locate();

        Assert.Equal("WenQuanYi Zen Hei", font.Family);
        Assert.Equal("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", font.FilePath);
    }

    [Fact]
    public void With_no_candidate_font_the_message_names_the_debian_package()
    {
        var error = Assert.Throws<MissingFontException>(() => ChartFont.Locate([]));

        Assert.Contains("fonts-wqy-zenhei", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_that_are_missing_or_not_fonts_are_passed_over_and_listed()
    {
        var notAFont = Path.GetTempFileName();
        try
        {
            File.WriteAllText(notAFont, "这不是字体");
            var error = Assert.Throws<MissingFontException>(() => ChartFont.Locate(["/nonexistent/wqy-zenhei.ttc", notAFont]));

            Assert.Contains("/nonexistent/wqy-zenhei.ttc", error.Message, StringComparison.Ordinal);
            Assert.Contains(notAFont, error.Message, StringComparison.Ordinal);
            Assert.Contains("fonts-wqy-zenhei", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(notAFont);
        }
    }

    [Fact]
    public void A_font_without_chinese_glyphs_is_refused_rather_than_drawing_boxes()
    {
        // DejaVu Sans (Debian fonts-dejavu-core, pulled in by fontconfig) has Latin and Greek, no Chinese.
        const string latinOnly = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
        Assert.True(File.Exists(latinOnly), $"{latinOnly} is needed by this test (Debian fonts-dejavu-core)");

        Assert.Throws<MissingFontException>(() => ChartFont.Locate([latinOnly]));
        Assert.Throws<MissingFontException>(() => ChartRenderer.Render(ChartSamples.Figure(SectorScope.Reporting.Model.FigureKind.SignedBars), ChartSamples.Header(), new ChartFont("DejaVu Sans", latinOnly)));
    }

    [Fact]
    public void The_first_usable_candidate_wins()
    {
        var font = ChartFont.Locate(["/nonexistent/font.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"]);

        Assert.Equal(new ChartFont("WenQuanYi Zen Hei", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), font);
    }
}
