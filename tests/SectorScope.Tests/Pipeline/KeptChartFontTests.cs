using System.Text;
using SectorScope.Pipeline;
using SectorScope.Rendering.Charts;
using SectorScope.Reporting.Wordings;
using SectorScope.Workspace;

namespace SectorScope.Tests.Pipeline;

/// <summary>The chart font a run located is kept for the next run only while no candidate font file changed.</summary>
public sealed class KeptChartFontTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("kept-font-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static readonly Wording Chinese = Wording.For(ReportLanguage.ZhCn);

    private string KeptFile() => Path.Combine(_root, ".sectorscope", "fonts", KeptChartFont.Key(ChartFont.KnownPaths, ChartFont.Probe) + ".txt");

    [Fact]
    public void The_located_font_is_kept_and_given_again()
    {
        var located = ChartFont.Locate(Chinese);
        Assert.Equal(located, KeptChartFont.Locate(_root, Chinese));
        Assert.True(File.Exists(KeptFile()));
        Assert.Equal(located, KeptChartFont.Locate(_root, Chinese));
    }

    [Fact]
    public void A_kept_font_is_what_the_next_run_uses()
    {
        var located = ChartFont.Locate(Chinese);
        Directory.CreateDirectory(Path.GetDirectoryName(KeptFile())!);
        File.WriteAllText(KeptFile(), $"Kept Family\n{located.FilePath}\n{ChartFont.Probe}");
        Assert.Equal(new ChartFont("Kept Family", located.FilePath), KeptChartFont.Locate(_root, Chinese));
    }

    [Theory]
    [InlineData("Family\n/tmp/not-a-candidate.ttf\n{probe}")]
    [InlineData("Family\n{path}\nanother sample")]
    [InlineData("Family\n{path}")]
    [InlineData("")]
    public void A_kept_file_naming_no_candidate_or_damaged_is_ignored(string content)
    {
        var located = ChartFont.Locate(Chinese);
        Directory.CreateDirectory(Path.GetDirectoryName(KeptFile())!);
        File.WriteAllText(KeptFile(), content.Replace("{probe}", ChartFont.Probe, StringComparison.Ordinal).Replace("{path}", located.FilePath, StringComparison.Ordinal));
        Assert.Equal(located, KeptChartFont.Locate(_root, Chinese));
        Assert.Equal($"{located.Family}\n{located.FilePath}\n{located.Sample}", File.ReadAllText(KeptFile(), Encoding.UTF8));
    }

    [Fact]
    public void A_candidate_changed_added_or_removed_changes_the_key()
    {
        var a = Path.Combine(_root, "a.ttf");
        var b = Path.Combine(_root, "b.ttf");
        File.WriteAllText(a, "font");
        var before = KeptChartFont.Key([a, b], "样");
        File.WriteAllText(a, "font, longer");
        var resized = KeptChartFont.Key([a, b], "样");
        File.SetLastWriteTimeUtc(a, new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var retimed = KeptChartFont.Key([a, b], "样");
        File.WriteAllText(b, "font");
        var added = KeptChartFont.Key([a, b], "样");
        Assert.Equal(4, new[] { before, resized, retimed, added }.Distinct().Count());
        Assert.Equal(added, KeptChartFont.Key([a, b], "样"));
        Assert.NotEqual(added, KeptChartFont.Key([a, b], "另"));
    }
}
