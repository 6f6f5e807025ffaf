using System.Text.Json;
using SectorScope.Cli;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Demo;

/// <summary>The demo report in every format, as the README's demo command writes it, and the PDF of an edited Word file.</summary>
[Collection(DemoReportCollection.Name)]
[Trait("Category", "Slow")]
public sealed class AllFormatsTests(DemoReportFixture demo)
{
    [Fact]
    public void Every_format_and_every_chart_is_written_and_listed_in_the_manifest()
    {
        var expected = new List<string> { "report.docx", "report.pdf", "report.html", "report.md", "report.json", "tables.xlsx" };
        foreach (var figure in demo.Result.Model.Figures)
        {
            expected.Add($"charts/{figure.FileStem}.png");
            expected.Add($"charts/{figure.FileStem}.svg");
        }

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(demo.Output, "manifest.json")));
        var listed = manifest.RootElement.GetProperty("outputs").EnumerateArray().Select(o => o.GetProperty("path").GetString()).ToHashSet();
        foreach (var file in expected)
        {
            Assert.True(new FileInfo(Path.Combine(demo.Output, file)).Length > 0, file);
            Assert.Contains(file, listed);
        }

        Assert.StartsWith("fig01-", demo.Result.Model.Figures[0].FileStem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pdf_shows_the_pinned_figures_and_every_caption()
    {
        var text = Squash(Tool.Run("pdftotext", "-enc", "UTF-8", Path.Combine(demo.Output, "report.pdf"), "-"));
        Assert.Contains(Squash(demo.Result.Model.Header.Title), text);
        foreach (var number in new[] { "20.59", "8.85%", "20.0pct", "12.3pct", "14.8pct", "跑输0.1pct", "16.7%", "21.0%" })
        {
            Assert.Contains(number, text);
        }

        foreach (var figure in demo.Result.Model.Figures)
        {
            Assert.Contains(Squash($"{figure.Label}：{figure.Caption}"), text);
        }
    }

    [Fact]
    public void An_edited_word_file_converts_with_the_pdf_command()
    {
        var edited = Path.Combine(demo.Workspace, "edited.docx");
        File.Copy(Path.Combine(demo.Output, "report.docx"), edited);
        var pdf = Path.Combine(demo.Workspace, "edited-out", "final.pdf");
        Assert.Equal(ExitCodes.Ok, SectorScopeCli.Run(["pdf", edited, "--out", pdf]));
        Assert.Contains("A4", Tool.Run("pdfinfo", pdf));
    }

    private static string Squash(string s) => new([.. s.Where(c => !char.IsWhiteSpace(c))]);
}
