using SectorScope.Pipeline;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Demo;

/// <summary>
/// The demo's report.json and report.md against reviewed golden files, and byte-identical output
/// across runs. To accept a reviewed change: SECTORSCOPE_UPDATE_GOLDEN=1 dotnet test.
/// </summary>
public sealed class GoldenAndDeterminismTests(DemoReportFixture demo) : IClassFixture<DemoReportFixture>
{
    private static string Golden(string name) => Repository.TestData("Demo", "golden", name);

    [Theory]
    [InlineData("report.json")]
    [InlineData("report.md")]
    public void Output_matches_the_golden_file(string name)
    {
        var actual = File.ReadAllText(Path.Combine(demo.Output, name));
        if (Environment.GetEnvironmentVariable("SECTORSCOPE_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Golden(name))!);
            File.WriteAllText(Golden(name), actual);
        }

        Assert.True(File.Exists(Golden(name)), $"no golden file {Golden(name)}; review the output and run with SECTORSCOPE_UPDATE_GOLDEN=1");
        var expected = File.ReadAllText(Golden(name));
        if (expected != actual)
        {
            File.WriteAllText(Golden(name) + ".received", actual);
        }

        Assert.True(expected == actual, $"{name} differs from the golden file; see {Golden(name)}.received");
    }

    [Fact]
    public void Two_runs_give_identical_bytes()
    {
        var second = demo.Output + "-second";
        try
        {
            // A fresh copy rebuilds the store from scratch: the result must not depend on the cache.
            var workspace = Repository.CopyToTemp(Repository.DemoWorkspace);
            ReportPipeline.Run(workspace, null, null, second, OutputFormats.Deterministic);
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
