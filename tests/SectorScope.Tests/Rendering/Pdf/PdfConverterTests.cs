using System.Globalization;
using System.Text.RegularExpressions;
using SectorScope.Rendering.Pdf;
using SectorScope.Tests.Demo;

namespace SectorScope.Tests.Rendering.Pdf;

/// <summary>report.pdf made from report.docx by LibreOffice, read back with poppler.</summary>
[Collection(DemoReportCollection.Name)]
[Trait("Category", "Slow")]
public sealed partial class PdfConverterTests(DemoReportFixture report)
{
    private DemoPdf demo => report.Pdf;

    [Fact]
    public void Pdf_text_has_the_title_the_key_numbers_and_every_figure_caption()
    {
        var text = Squash(demo.Text);
        var model = demo.Docx.Model;
        Assert.Contains(Squash(model.Header.Title), text);
        Assert.Contains(Squash(model.Header.Subtitle!), text);
        foreach (var number in new[] { "20.59", "8.85%", "20.0pct", "398.0", "3,688,428" })
        {
            Assert.Contains(number, text);
        }

        foreach (var figure in model.Figures)
        {
            Assert.Contains(Squash($"{figure.Label}：{figure.Caption}"), text);
        }

        foreach (var table in model.Tables)
        {
            Assert.Contains(Squash($"{table.Label}：{table.Caption}"), text);
        }

        Assert.Contains(Squash(model.Header.PageFooter), text);
    }

    [Fact]
    public void Every_page_is_A4()
    {
        var sizes = PageSize().Matches(demo.Info).Select(m => (W: double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), H: double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
        Assert.True(sizes.Count >= 4, demo.Info);
        Assert.All(sizes, s =>
        {
            Assert.InRange(s.W, 595.28 - 0.5, 595.28 + 0.5);
            Assert.InRange(s.H, 841.89 - 0.5, 841.89 + 0.5);
        });
    }

    [Fact]
    public void Every_page_carries_the_header_and_the_footer_line_with_its_page_number()
    {
        var h = demo.Docx.Model.Header;
        var pages = demo.Text.Split('\f', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Trim().Length > 0).ToList();
        Assert.True(pages.Count >= 4);
        for (int i = 0; i < pages.Count; i++)
        {
            var page = Squash(pages[i]);
            Assert.Contains(Squash(h.Firm), page);
            Assert.Contains(Squash(h.ReportType), page);
            Assert.Contains(Squash(h.PageFooter) + (i + 1).ToString(CultureInfo.InvariantCulture), page);
        }
    }

    [Fact]
    public void The_front_page_fits_its_page_down_to_the_forecast_tables_source_line()
    {
        var pages = demo.Text.Split('\f');
        var first = Squash(pages[0]);
        var m = demo.Docx.Model;
        var forecast = m.Tables.Single(t => t.Id == m.FrontPage.ForecastTableId);
        Assert.Contains(Squash($"{forecast.Label}：{forecast.Caption}"), first);
        Assert.Contains(Squash(forecast.SourceLine), first);
        Assert.Contains(Squash(m.FrontPage.KeyPoints[^1].Label), first);

        // The second page starts the body: it is not left holding a stray line of the front page.
        Assert.Contains(Squash(m.MarketReview.Heading), Squash(pages[1]));
    }

    [Fact]
    public void Pdf_shows_no_missing_glyphs()
    {
        Assert.DoesNotContain('\uFFFD', demo.Text);
        Assert.Contains("互联网行业2024年12月投资策略", demo.Text.Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_LibreOffice_the_error_names_the_Debian_package()
    {
        var e = Assert.Throws<PdfConversionException>(() => PdfConverter.Convert(demo.Docx.DocxPath, Path.Combine(demo.Docx.Workspace, "none.pdf"), soffice: null, PdfConverter.DefaultTimeout));
        Assert.Contains("libreoffice-writer", e.Message);
        Assert.False(File.Exists(Path.Combine(demo.Docx.Workspace, "none.pdf")));
    }

    [Fact]
    public void A_missing_docx_fails_the_conversion()
    {
        var missing = Path.Combine(demo.Docx.Workspace, "no-such-report.docx");
        var e = Assert.Throws<PdfConversionException>(() => PdfConverter.Convert(missing, Path.Combine(demo.Docx.Workspace, "x.pdf")));
        Assert.Contains("no-such-report.docx", e.Message);
    }

    [Fact]
    public void A_conversion_that_overruns_its_timeout_is_stopped_and_fails()
    {
        var pdf = Path.Combine(demo.Docx.Workspace, "slow.pdf");
        var e = Assert.Throws<PdfConversionException>(() => PdfConverter.Convert(demo.Docx.DocxPath, pdf, PdfConverter.FindSoffice(), TimeSpan.FromMilliseconds(50)));
        Assert.Contains("within", e.Message);
        Assert.False(File.Exists(pdf));
    }

    [Fact]
    public void A_soffice_that_exits_with_an_error_fails_the_conversion()
    {
        var e = Assert.Throws<PdfConversionException>(() => PdfConverter.Convert(demo.Docx.DocxPath, Path.Combine(demo.Docx.Workspace, "f.pdf"), "/bin/false", PdfConverter.DefaultTimeout));
        Assert.Contains("exit code 1", e.Message);
    }

    /// <summary>pdftotext breaks lines where the page does; compare without any whitespace.</summary>
    private static string Squash(string s) => WhiteSpace().Replace(s, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"size:\s+([\d.]+) x ([\d.]+) pts")]
    private static partial Regex PageSize();
}
