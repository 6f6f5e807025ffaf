using SectorScope.Pipeline;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Pipeline;

/// <summary>
/// A report over a store the last run left up to date, with every stored file unchanged and every answer kept, opens no
/// store (<c>.sectorscope/stamps/store.txt</c>): the same bytes as one that opened it, and the store opened whenever anything it holds may differ.
/// </summary>
public sealed class StoreStampTests
{
    private const OutputFormat Formats = OutputFormat.Markdown | OutputFormat.Json;

    private static ReportRunResult Report(string workspace, string output) => ReportPipeline.Run(workspace, null, null, output, Formats, recordHistory: false).Value;

    private static string StampFile(string workspace) => Path.Combine(workspace, ".sectorscope", "stamps", "store.txt");

    private static void AppendToRisks(string root) => File.AppendAllText(Path.Combine(root, "narrative", "risks.md"), "\n\n监管政策变化的节奏存在不确定性。\n");

    [Fact]
    public void A_narrative_edit_over_an_unchanged_store_opens_no_store_and_writes_what_the_store_gives()
    {
        using var demo = new DemoCopy();
        var first = Report(demo.Root, demo.Beside("first"));
        Assert.True(first.StoreOpened);
        Assert.True(File.Exists(StampFile(demo.Root)));

        AppendToRisks(demo.Root);
        var (edited, opened) = (demo.Beside("edited"), demo.Beside("opened"));
        var run = Report(demo.Root, edited);
        Assert.False(run.StoreOpened);
        Assert.True(run.AnswersKept);
        Assert.True(run.Ingest.UpToDate);

        // Without the stamp the store is opened and brought up to date (nothing to do) and gives the same report.
        File.Delete(StampFile(demo.Root));
        var again = Report(demo.Root, opened);
        Assert.True(again.StoreOpened);
        Assert.True(again.Ingest.UpToDate);
        SameOutput.AssertSameFiles(opened, edited);
    }

    public static TheoryData<string> Changes() => ["a close", "a price file added", "the store written", "the stamp damaged", "the stamp of another store"];

    [Theory]
    [MemberData(nameof(Changes))]
    public void The_store_is_opened_when_anything_it_holds_may_differ(string change)
    {
        using var demo = new DemoCopy();
        _ = Report(demo.Root, demo.Beside("first"));
        var stamp = File.ReadAllText(StampFile(demo.Root));
        var store = Path.Combine(demo.Root, ".sectorscope", "store.duckdb");
        switch (change)
        {
            case "a close":
                var prices = Path.Combine(demo.Root, "prices", "HK-2024.csv");
                File.WriteAllText(prices, File.ReadAllText(prices).Replace("2024-11-29,0241.HK,3.3084", "2024-11-29,0241.HK,3.4084", StringComparison.Ordinal));
                break;
            case "a price file added":
                File.Copy(Path.Combine(demo.Root, "prices", "HK-2020.csv"), Path.Combine(demo.Root, "prices", "HK-2019.csv"));
                File.WriteAllText(Path.Combine(demo.Root, "prices", "HK-2019.csv"), "date,code,close\n2019-12-31,0241.HK,20.0000\n");
                break;
            case "the store written":
                File.SetLastWriteTimeUtc(store, File.GetLastWriteTimeUtc(store).AddSeconds(1));
                break;
            case "the stamp damaged":
                File.WriteAllText(StampFile(demo.Root), stamp.Replace("HK-2024.csv", "HK-2025.csv", StringComparison.Ordinal));
                break;
            default:
                // A stamp of the same files but another store (rebuilt since): its size or time differs.
                File.WriteAllText(StampFile(demo.Root), stamp);
                _ = ReportPipeline.Ingest(demo.Root, rebuild: true).Value;
                File.WriteAllText(StampFile(demo.Root), stamp);
                break;
        }

        AppendToRisks(demo.Root);
        var run = Report(demo.Root, demo.Beside("after"));
        Assert.True(run.StoreOpened);
        var expected = demo.Beside("expected");
        File.Delete(StampFile(demo.Root));
        _ = Report(demo.Root, expected);
        SameOutput.AssertSameFiles(expected, demo.Beside("after"));
    }
}
