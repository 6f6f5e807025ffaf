using SectorScope.Tests.Support;

namespace SectorScope.Tests;

/// <summary>Rules of the code base that a compiler does not enforce.</summary>
public sealed class ConventionTests
{
    private static IEnumerable<(string Path, string Text)> CoreSources() =>
        Directory.EnumerateFiles(Path.Combine(Repository.Root, "src", "SectorScope"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(p => (Path.GetRelativePath(Repository.Root, p), File.ReadAllText(p)));

    [Fact]
    public void Core_library_never_reads_the_clock()
    {
        var offenders = CoreSources().Where(s => s.Text.Contains("DateTime.Now", StringComparison.Ordinal) || s.Text.Contains("DateTime.Today", StringComparison.Ordinal)
            || s.Text.Contains("DateTimeOffset.Now", StringComparison.Ordinal) || s.Text.Contains("UtcNow", StringComparison.Ordinal)).Select(s => s.Path);
        Assert.Empty(offenders);
    }

    [Fact]
    public void Core_library_never_writes_to_the_console()
    {
        Assert.Empty(CoreSources().Where(s => s.Text.Contains("Console.", StringComparison.Ordinal)).Select(s => s.Path));
    }

    [Fact]
    public void Analytics_depend_on_nothing_below_them()
    {
        var analytics = CoreSources().Where(s => s.Path.Contains($"{Path.DirectorySeparatorChar}Analytics{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        Assert.Empty(analytics.Where(s => s.Text.Contains("using SectorScope.Store", StringComparison.Ordinal) || s.Text.Contains("using SectorScope.Reporting", StringComparison.Ordinal)
            || s.Text.Contains("using SectorScope.Rendering", StringComparison.Ordinal) || s.Text.Contains("System.IO", StringComparison.Ordinal)).Select(s => s.Path));
    }

    [Fact]
    public void News_digest_uses_workspace_types_only()
    {
        var news = CoreSources().Where(s => s.Path.Contains($"{Path.DirectorySeparatorChar}News{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        Assert.NotEmpty(news);
        Assert.Empty(news.Where(s => s.Text.Contains("SectorScope.Store", StringComparison.Ordinal) || s.Text.Contains("SectorScope.Reporting", StringComparison.Ordinal)
            || s.Text.Contains("SectorScope.Rendering", StringComparison.Ordinal) || s.Text.Contains("SectorScope.Pipeline", StringComparison.Ordinal)).Select(s => s.Path));
    }

    [Fact]
    public void Renderers_never_open_the_store()
    {
        var rendering = CoreSources().Where(s => s.Path.Contains($"{Path.DirectorySeparatorChar}Rendering{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        Assert.Empty(rendering.Where(s => s.Text.Contains("SectorScope.Store", StringComparison.Ordinal) || s.Text.Contains("SectorScope.Analytics", StringComparison.Ordinal)).Select(s => s.Path));
    }
}
