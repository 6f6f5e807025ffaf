using SectorScope.Pipeline;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Pipeline;

/// <summary>
/// A report over a store of unchanged content takes the store's answers kept by the last one (<c>.sectorscope/answers/</c>):
/// the same bytes as a report that queried the store, and never an answer of other content.
/// </summary>
public sealed class AnswerCacheTests
{
    private const OutputFormat Formats = OutputFormat.Markdown | OutputFormat.Json;

    private static ReportRunResult Report(string workspace, string output, ReportPeriod? period = null) =>
        ReportPipeline.Run(workspace, period, period is null ? null : period.Value.End, output, Formats, gate: FactCheckGate.Force, recordHistory: false).Value;

    private static string AnswersFolder(string workspace) => Path.Combine(workspace, ".sectorscope", "answers");

    /// <summary>Every file but the charts, the per-security table among them.</summary>
    private static void AssertSameFiles(string first, string second)
    {
        Assert.Contains(Path.Combine("tables", "stock_returns.csv"), SameOutput.Files(first));
        SameOutput.AssertSameFiles(first, second, f => !f.StartsWith("charts", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_from_kept_answers_writes_the_same_bytes_as_one_that_queried_the_store()
    {
        using var demo = new DemoCopy();
        var (queried, kept, again) = (demo.Beside("queried"), demo.Beside("kept"), demo.Beside("again"));
        Assert.False(Report(demo.Root, queried).AnswersKept);
        Assert.Single(Directory.GetFiles(AnswersFolder(demo.Root), "*.bin"));

        Assert.True(Report(demo.Root, kept).AnswersKept);
        AssertSameFiles(queried, kept);

        // Without the kept answers the store is asked again and gives the same report.
        Directory.Delete(AnswersFolder(demo.Root), recursive: true);
        Assert.False(Report(demo.Root, again).AnswersKept);
        AssertSameFiles(queried, again);
    }

    [Fact]
    public void A_corrected_close_is_never_answered_from_the_answers_of_the_store_before_it()
    {
        using var demo = new DemoCopy();
        var (before, after, fresh) = (demo.Beside("before"), demo.Beside("after"), demo.Beside("fresh"));
        _ = Report(demo.Root, before);
        var prices = Path.Combine(demo.Root, "prices", "HK-2024.csv");
        File.WriteAllText(prices, File.ReadAllText(prices).Replace("2024-11-29,0241.HK,3.3084", "2024-11-29,0241.HK,3.4084", StringComparison.Ordinal));

        var corrected = Report(demo.Root, after);
        Assert.False(corrected.AnswersKept);
        string ReturnOf(string folder) => File.ReadLines(Path.Combine(folder, "tables", "stock_returns.csv")).Single(l => l.StartsWith("0241.HK,", StringComparison.Ordinal));
        Assert.NotEqual(ReturnOf(before), ReturnOf(after));

        // The answers now kept are the corrected store's: the same bytes as a store asked afresh.
        Assert.True(Report(demo.Root, fresh).AnswersKept);
        AssertSameFiles(after, fresh);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("flipped")]
    [InlineData("empty")]
    public void A_damaged_answers_file_is_ignored_and_the_store_asked(string damage)
    {
        using var demo = new DemoCopy();
        var (first, second) = (demo.Beside("first"), demo.Beside("second"));
        _ = Report(demo.Root, first);
        var file = Directory.GetFiles(AnswersFolder(demo.Root), "*.bin").Single();
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, damage switch
        {
            "truncated" => bytes[..(bytes.Length / 2)],
            "flipped" => [.. bytes[..1000], (byte)(bytes[1000] ^ 0x01), .. bytes[1001..]],
            _ => [],
        });

        Assert.False(Report(demo.Root, second).AnswersKept);
        AssertSameFiles(first, second);
    }

    [Fact]
    public void Another_period_asks_the_store_and_both_periods_answers_are_kept()
    {
        using var demo = new DemoCopy();
        var october = new ReportPeriod(2024, 10);
        var november = new ReportPeriod(2024, 11);
        var (nov1, oct1, nov2, oct2) = (demo.Beside("nov1"), demo.Beside("oct1"), demo.Beside("nov2"), demo.Beside("oct2"));
        Assert.False(Report(demo.Root, nov1, november).AnswersKept);
        Assert.False(Report(demo.Root, oct1, october).AnswersKept);
        Assert.True(Report(demo.Root, nov2, november).AnswersKept);
        Assert.True(Report(demo.Root, oct2, october).AnswersKept);
        AssertSameFiles(nov1, nov2);
        AssertSameFiles(oct1, oct2);
    }

    [Fact]
    public void A_store_built_anew_drops_every_kept_answer()
    {
        using var demo = new DemoCopy();
        var (first, second) = (demo.Beside("first"), demo.Beside("second"));
        _ = Report(demo.Root, first);
        var planted = Path.Combine(AnswersFolder(demo.Root), "planted.bin");
        File.WriteAllBytes(planted, [1, 2, 3]);
        File.Delete(Path.Combine(demo.Root, ".sectorscope", "store.duckdb"));

        var cold = Report(demo.Root, second);
        Assert.True(cold.Ingest.Rebuilt);
        Assert.False(cold.AnswersKept);
        Assert.False(File.Exists(planted));
        AssertSameFiles(first, second);

        File.WriteAllBytes(planted, [1, 2, 3]);
        _ = ReportPipeline.Ingest(demo.Root, rebuild: true).Value;
        Assert.False(Directory.Exists(AnswersFolder(demo.Root)));
    }
}
