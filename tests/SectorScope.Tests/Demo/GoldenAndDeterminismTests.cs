using SectorScope.Pipeline;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Demo;

/// <summary>
/// The demo's report.json and report.md against reviewed snapshots, one small file per section
/// (snapshots/report.json/, snapshots/report.md/), and byte-identical output across runs. A difference writes
/// NAME.received.EXT beside the snapshot and fails (see <see cref="Snapshot"/>).
/// </summary>
[Collection(DemoReportCollection.Name)]
[Trait("Category", "Slow")]
public sealed class GoldenAndDeterminismTests(DemoReportFixture demo)
{
    private static string Snapshots(string name) => Repository.TestData("Demo", "snapshots", name);

    private string Output(string name) => File.ReadAllText(Path.Combine(demo.Output, name));

    [Fact]
    public void Report_json_matches_its_snapshots_section_by_section()
    {
        Snapshot.MatchAll(Snapshots("report.json"), ReportParts.OfJson(Output("report.json")));
    }

    [Fact]
    public void Report_md_matches_its_snapshots_section_by_section()
    {
        Snapshot.MatchAll(Snapshots("report.md"), ReportParts.OfMarkdown(Output("report.md")));
    }

    [Fact]
    public void The_markdown_sections_joined_are_the_whole_file()
    {
        var markdown = Output("report.md");
        var parts = ReportParts.OfMarkdown(markdown);
        Assert.True(parts.Count > 10);
        Assert.Equal(markdown, string.Concat(parts.Select(p => p.Text)));
    }

    [Fact]
    public void Two_runs_give_identical_bytes()
    {
        var second = demo.Output + "-second";
        try
        {
            // A fresh copy rebuilds the store from scratch: the result must not depend on the cache.
            var workspace = Repository.CopyToTemp(Repository.DemoWorkspace);
            _ = ReportPipeline.Run(workspace, null, null, second, OutputFormats.Deterministic).Value;
            Directory.Delete(workspace, recursive: true);
            string[] Files(string folder) => [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
                .Where(f => f is not "report.pdf" and not "manifest.json")
                .Order(StringComparer.Ordinal)];
            var files = Files(demo.Output);
            Assert.Equal(files, Files(second));
            Assert.Contains("report.docx", files);
            Assert.Contains("tables.xlsx", files);
            Assert.Contains(files, f => f.StartsWith("charts/", StringComparison.Ordinal) && f.EndsWith(".svg", StringComparison.Ordinal));
            foreach (var file in files)
            {
                Assert.True(File.ReadAllBytes(Path.Combine(demo.Output, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))), $"{file} differs between runs");
            }
        }
        finally
        {
            if (Directory.Exists(second))
            {
                Directory.Delete(second, recursive: true);
            }
        }
    }
}
