using System.Text;
using SectorScope.Pipeline;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Pipeline;

/// <summary>
/// A report whose every input is as the last report of the same options left it writes that report's files again
/// (<c>.sectorscope/reports/</c>): the same bytes a computation gives, and never the files of other inputs or options.
/// </summary>
public sealed class KeptReportTests
{
    private static PublishedReport Publish(string workspace, string output, OutputFormat formats = OutputFormats.Deterministic, DateOnly? asOf = null) =>
        ReportPipeline.Publish(workspace, null, asOf, output, formats).Value;

    private static string ReportsFolder(string workspace) => Path.Combine(workspace, ".sectorscope", "reports");

    [Fact]
    public void A_kept_report_is_the_same_bytes_as_a_computed_one_in_every_format_it_keeps()
    {
        using var demo = new DemoCopy();
        var (first, kept, computed) = (demo.Beside("first"), demo.Beside("kept"), demo.Beside("computed"));
        var made = Publish(demo.Root, first);
        Assert.False(made.Kept);
        Assert.Single(Directory.GetFiles(ReportsFolder(demo.Root), "*.bin"));

        var again = Publish(demo.Root, kept);
        Assert.True(again.Kept);
        var fresh = ReportPipeline.Run(demo.Root, null, null, computed, OutputFormats.Deterministic).Value;
        foreach (var name in new[] { "report.json", "report.md", "report.html", "report.docx", "tables.xlsx", "manifest.json", "tables/stock_returns.csv", "charts/fig01-index-monthly-returns.svg" })
        {
            Assert.True(File.Exists(Path.Combine(kept, name)), name);
        }

        SameOutput.AssertSameFiles(computed, kept);
        // What the command prints about it is what it printed when the report was computed.
        Assert.Equal(made.Files, again.Files);
        Assert.Equal(fresh.Files, again.Files);
        Assert.Equal(made.Summary.Title, again.Summary.Title);
        Assert.Equal(made.Summary.Period, again.Summary.Period);
        Assert.Equal(made.Summary.Notices, again.Summary.Notices);
        Assert.Equal(fresh.Model.Notices ?? [], again.Summary.Notices);
        Assert.Equal("history/2024-11.json", again.HistoryFile);
        Assert.Equal(made.HistoryFile, again.HistoryFile);
        Assert.True(again.Ingest.UpToDate);
    }

    public static TheoryData<string> Changes() =>
    [
        "one close", "one close, same size and time", "one narrative word", "one setting", "a news file added", "an earlier history entry removed",
        "the store removed", "another format", "another as-of date",
    ];

    [Theory]
    [MemberData(nameof(Changes))]
    public void A_report_after_any_one_change_is_computed_not_taken_from_the_kept_one(string change)
    {
        using var demo = new DemoCopy();
        var (first, after, expected, again) = (demo.Beside("first"), demo.Beside("after"), demo.Beside("expected"), demo.Beside("again"));
        Assert.False(Publish(demo.Root, first).Kept);
        var (formats, asOf) = (OutputFormats.Deterministic, (DateOnly?)null);
        switch (change)
        {
            case "one close":
                Edit(demo.Root, "prices/HK-2024.csv", "2024-11-29,0241.HK,3.3084", "2024-11-29,0241.HK,3.30841");
                break;
            case "one close, same size and time":
                // An edit that keeps the file's size and puts its time back is still seen: a file this small is read for its hash.
                var prices = Path.Combine(demo.Root, "prices", "HK-2024.csv");
                var time = File.GetLastWriteTimeUtc(prices);
                Edit(demo.Root, "prices/HK-2024.csv", "2024-11-29,0241.HK,3.3084", "2024-11-29,0241.HK,3.4084");
                File.SetLastWriteTimeUtc(prices, time);
                break;
            case "one narrative word":
                Edit(demo.Root, "narrative/risks.md", "风险", "风险因素");
                break;
            case "one setting":
                Edit(demo.Root, "sectorscope.yaml", "title: 互联网行业2024年12月", "title: 新互联网行业2024年12月");
                break;
            case "a news file added":
                File.Copy(Path.Combine(demo.Root, "news", "2024-11.jsonl"), Path.Combine(demo.Root, "news", "2024-11-copy.jsonl"));
                break;
            case "an earlier history entry removed":
                File.Delete(Path.Combine(demo.Root, "history", "2024-10.json"));
                break;
            case "the store removed":
                File.Delete(Path.Combine(demo.Root, ".sectorscope", "store.duckdb"));
                break;
            case "another format":
                formats = OutputFormat.Markdown | OutputFormat.Json;
                break;
            default:
                asOf = new DateOnly(2024, 12, 3);
                break;
        }

        var changed = Publish(demo.Root, after, formats, asOf);
        Assert.False(changed.Kept);
        Assert.Equal(change is "one close" or "one close, same size and time" or "a news file added" or "the store removed", !changed.Ingest.UpToDate);
        _ = ReportPipeline.Run(demo.Root, null, asOf, expected, formats).Value;
        SameOutput.AssertSameFiles(expected, after);

        // What is kept now is the changed workspace's report.
        var reused = Publish(demo.Root, again, formats, asOf);
        Assert.True(reused.Kept);
        SameOutput.AssertSameFiles(expected, again);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("flipped")]
    [InlineData("empty")]
    public void A_damaged_kept_report_is_ignored_and_the_report_computed(string damage)
    {
        using var demo = new DemoCopy();
        var (first, second, expected) = (demo.Beside("first"), demo.Beside("second"), demo.Beside("expected"));
        _ = Publish(demo.Root, first, OutputFormats.Text);
        var file = Directory.GetFiles(ReportsFolder(demo.Root), "*.bin").Single();
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, damage switch
        {
            "truncated" => bytes[..(bytes.Length / 2)],
            "flipped" => [.. bytes.Select((b, i) => i == bytes.Length / 3 ? (byte)(b ^ 0x20) : b)],
            _ => [],
        });

        var run = Publish(demo.Root, second, OutputFormats.Text);
        Assert.False(run.Kept);
        _ = ReportPipeline.Run(demo.Root, null, null, expected, OutputFormats.Text).Value;
        SameOutput.AssertSameFiles(expected, second);
    }

    [Fact]
    public void A_report_asking_for_pdf_is_never_kept()
    {
        using var demo = new DemoCopy();
        _ = Publish(demo.Root, demo.Beside("first"), OutputFormat.Json | OutputFormat.Pdf);
        Assert.False(Directory.Exists(ReportsFolder(demo.Root)) && Directory.EnumerateFiles(ReportsFolder(demo.Root)).Any());
    }

    [Fact]
    public void Every_cut_and_every_flipped_byte_of_a_kept_report_file_is_refused()
    {
        var stamp = new InputStamp(new NamedFiles("disclaimer.md", null, null), [new StampedFile("sectorscope.yaml", 10, 20, "ab")], [], new StampedFile(".sectorscope/store.duckdb", 1, 2, ""), null);
        var report = new KeptReport(stamp, "font", new ReportSummary(ReportLanguage.ZhCn, "标题 ✓ \u0000", "2024-11", ["说明"]), "history/2024-11.json",
            [("report.md", Encoding.UTF8.GetBytes("# 报告\n")), ("tables/x.csv", [0, 255, 10])]);
        var bytes = KeptReportFile.Write(report, "key");
        var read = KeptReportFile.Read(bytes, "key");
        Assert.NotNull(read);
        Assert.Equal(report.Stamp.Inputs, read.Stamp.Inputs);
        Assert.Equal(report.Stamp.Store, read.Stamp.Store);
        Assert.Null(read.Stamp.StoreLog);
        Assert.Equal(report.Summary.Title, read.Summary.Title);
        Assert.Equal(report.Summary.Notices, read.Summary.Notices);
        Assert.Equal(report.Files.Select(f => (f.Path, Convert.ToHexString(f.Bytes))), read.Files.Select(f => (f.Path, Convert.ToHexString(f.Bytes))));
        Assert.Null(KeptReportFile.Read(bytes, "another key"));
        for (int cut = 0; cut < bytes.Length; cut++)
        {
            Assert.Null(KeptReportFile.Read(bytes[..cut], "key"));
        }

        for (int i = 0; i < bytes.Length; i++)
        {
            var flipped = bytes.ToArray();
            flipped[i] ^= 0x01;
            Assert.Null(KeptReportFile.Read(flipped, "key"));
        }
    }

    private static void Edit(string root, string relative, string from, string to)
    {
        var path = Path.Combine(root, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
