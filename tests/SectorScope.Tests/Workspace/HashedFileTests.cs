using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Workspace;

public sealed class HashedFileTests
{
    [Fact]
    public void Constructing_one_reads_nothing_and_stat_takes_size_and_time_from_the_file_system()
    {
        var file = new InputFile("prices/hk.csv", InputKind.Prices);
        var known = new HashedFile(file, "/nonexistent/prices/hk.csv", 42, 7);
        Assert.Equal((42L, 7L), (known.Length, known.LastWriteTicks));

        using var ws = new TestWorkspace();
        var stat = HashedFile.Stat(file, ws.Root);
        var info = new FileInfo(ws.Path("prices/hk.csv"));
        Assert.Equal((info.Length, info.LastWriteTimeUtc.Ticks), (stat.Length, stat.LastWriteTicks));
        var read = stat.Read();
        Assert.Equal(WorkspaceReader.Hash(ws.Path("prices/hk.csv")), read.Sha256);
        Assert.Equal((stat, file), (read.Stat, read.File));
    }

    [Fact]
    public void It_is_a_value_equal_when_path_size_and_time_are()
    {
        var file = new InputFile("prices/hk.csv", InputKind.Prices);
        var a = new HashedFile(file, "/ws/prices/hk.csv", 42, 7);
        Assert.Equal(a, new HashedFile(new InputFile("prices/hk.csv", InputKind.Prices), "/ws/prices/hk.csv", 42, 7));
        Assert.NotEqual(a, a with { LastWriteTicks = 8 });
        Assert.NotEqual(a, a with { Length = 43 });
        Assert.Equal(a.GetHashCode(), (a with { }).GetHashCode());
    }
}
