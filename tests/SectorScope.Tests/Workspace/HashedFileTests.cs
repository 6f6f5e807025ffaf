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
        Assert.Equal((42L, 7L, false), (known.Length, known.LastWriteTicks, known.WasRead));

        using var ws = new TestWorkspace();
        var stat = HashedFile.Stat(file, ws.Root);
        var info = new FileInfo(ws.Path("prices/hk.csv"));
        Assert.Equal((info.Length, info.LastWriteTimeUtc.Ticks, false), (stat.Length, stat.LastWriteTicks, stat.WasRead));
        Assert.Equal(WorkspaceReader.Hash(ws.Path("prices/hk.csv")), stat.Sha256);
        Assert.True(stat.WasRead);
    }
}
