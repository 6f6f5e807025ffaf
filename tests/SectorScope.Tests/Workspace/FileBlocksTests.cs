using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SectorScope.Workspace;

namespace SectorScope.Tests.Workspace;

/// <summary>A plain file's blocks are the header alone, then runs of whole lines that together cover every byte and line once.</summary>
public sealed class FileBlocksTests : IDisposable
{
    private readonly string _file = Path.GetTempFileName();

    public void Dispose() => File.Delete(_file);

    [Property(MaxTest = 40)]
    public Property Blocks_cover_the_file_in_whole_lines() => Prop.ForAll(
        Gen.Choose(0, 3 * FileBlocks.LinesPerBlock).SelectMany(n => Gen.Elements(true, false).Select(end => (Lines: n, NewlineAtEnd: end))).ToArbitrary(),
        shape =>
        {
            var text = "date,code,close\n" + string.Join("\n", Enumerable.Range(0, shape.Lines).Select(i => $"2024-01-{1 + (i % 28):00},C{i},{i}")) + (shape.NewlineAtEnd ? "\n" : "");
            File.WriteAllText(_file, text);
            var bytes = File.ReadAllBytes(_file);
            var blocks = FileDigest.Of(_file).Blocks;
            long offset = 0;
            int line = 1;
            bool whole = true;
            foreach (var b in blocks)
            {
                var part = bytes.AsSpan((int)b.Offset, b.Length);
                int lines = part.Count((byte)'\n') + (part[^1] == (byte)'\n' ? 0 : 1);
                whole &= b.Offset == offset && b.FirstLine == line && b.Lines == lines && (b.FirstLine == 1 ? b.Lines == 1 : b.Lines <= FileBlocks.LinesPerBlock);
                offset += b.Length;
                line += b.Lines;
            }

            int total = text.Count(c => c == '\n') + (text.EndsWith('\n') ? 0 : 1);
            return (whole && offset == bytes.Length && line - 1 == total && blocks.Take(blocks.Count - 1).Skip(1).All(b => b.Lines == FileBlocks.LinesPerBlock))
                .Label($"{shape}: {blocks.Count} blocks");
        });

    [Fact]
    public void The_same_lines_give_the_same_block_hashes_and_one_changed_value_changes_one_block()
    {
        var rows = Enumerable.Range(0, 10_000).Select(i => $"2024-01-01,C{i},{i}").ToList();
        File.WriteAllText(_file, "date,code,close\n" + string.Join("\n", rows) + "\n");
        var before = FileDigest.Of(_file).Blocks;
        rows[5000] = "2024-01-01,C5000,50001";
        File.WriteAllText(_file, "date,code,close\n" + string.Join("\n", rows) + "\n");
        var after = FileDigest.Of(_file).Blocks;
        Assert.Equal([1, 2, 4098, 8194], after.Select(b => b.FirstLine));
        Assert.Equal([false, false, true, false], before.Zip(after, (x, y) => x.Hash != y.Hash));
    }
}
