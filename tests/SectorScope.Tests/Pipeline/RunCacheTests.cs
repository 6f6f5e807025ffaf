using SectorScope.Pipeline;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Pipeline;

/// <summary>Charts and news segmentations kept beside the store make a second run faster, never different.</summary>
public sealed class RunCacheTests
{
    [Fact]
    public void A_run_from_kept_charts_and_segmentations_writes_the_same_bytes()
    {
        using var demo = new DemoCopy();
        var (first, second) = (demo.Beside("first"), demo.Beside("second"));
        _ = ReportPipeline.Run(demo.Root, null, null, first, OutputFormat.Markdown | OutputFormat.Json | OutputFormat.Html).Value;
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(demo.Root, ".sectorscope", "charts"), "*.svg"));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(demo.Root, ".sectorscope", "segments"), "*.json"));

        _ = ReportPipeline.Run(demo.Root, null, null, second, OutputFormat.Markdown | OutputFormat.Json | OutputFormat.Html).Value;
        var files = Directory.EnumerateFiles(first, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first, f))
            .Where(f => f != "manifest.json").Order(StringComparer.Ordinal).ToArray();
        Assert.Contains(files, f => f.EndsWith(".svg", StringComparison.Ordinal));
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(first, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))), $"{file} differs between runs");
        }
    }
}
