using System.Text.Json;
using SectorScope.Cli;
using SectorScope.Pipeline;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Workspace;

public sealed class ReportHistoryTests : IDisposable
{
    private readonly TestWorkspace _ws = HistoryWorkspace.Create();

    private string Entry(string period) => _ws.Path($"history/{period}.json");

    public void Dispose() => _ws.Dispose();

    [Fact]
    public void A_report_records_its_period_replacing_a_stale_entry_of_the_same_period()
    {
        var run = ReportPipeline.Run(_ws.Root, null, null, _ws.OutputFolder, OutputFormats.Text).Value;
        Assert.Equal("history/2024-02.json", run.HistoryFile);
        var entry = Read("2024-02");
        Assert.Equal(("测试行业2024年3月投资策略", new DateOnly(2024, 3, 1)), (entry.Title, entry.AsOf));
        Assert.Equal(["0001.HK", "0002.HK", "0003.HK", "AAA.US"], entry.Companies.Select(c => c.Code));
        var first = entry.Company("0001.HK")!;
        Assert.Equal(("买入", 15.0, "HKD"), (first.Rating, first.TargetPrice, first.Currency));
        Assert.Equal([(2024, 1.2, "CNY"), (2025, -1.0, "CNY")], first.Eps.Select(e => (e.Year, e.Eps!.Value, e.Currency)));
        Assert.Empty(Directory.EnumerateFiles(_ws.Path("history"), ".*"));
    }

    [Fact]
    public void The_entry_is_the_same_bytes_on_every_run_with_keys_and_codes_sorted()
    {
        _ = ReportPipeline.Run(_ws.Root, null, null, _ws.OutputFolder, OutputFormats.Text).Value;
        var first = File.ReadAllBytes(Entry("2024-02"));
        _ = ReportPipeline.Run(_ws.Root, null, null, _ws.OutputFolder, OutputFormats.Text).Value;
        Assert.Equal(first, File.ReadAllBytes(Entry("2024-02")));

        using var json = JsonDocument.Parse(first);
        AssertKeysSorted(json.RootElement);
        var codes = json.RootElement.GetProperty("companies").EnumerateArray().Select(c => c.GetProperty("code").GetString()!).ToArray();
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
    }

    [Fact]
    public void History_survives_deleting_the_store_and_feeds_the_next_month()
    {
        _ = ReportPipeline.Run(_ws.Root, null, null, _ws.OutputFolder, OutputFormats.Text).Value;
        Directory.Delete(_ws.Path(WorkspaceCopy.CacheFolder), recursive: true);
        File.Delete(Entry("2024-03"));
        // March's report needs prices to the end of March: older ones would be stale.
        foreach (var code in new[] { "0001.HK", "0002.HK", "HKI" })
        {
            _ws.Append("prices/hk.csv", $"2024-03-28,{code},12");
        }

        _ws.Append("prices/us.csv", "2024-03-28,AAA.US,6").Append("prices/us.csv", "2024-03-28,USI,220").Append("valuations.csv", "2024-03-28,HKI,9.8");

        var march = ReportPipeline.Run(_ws.Root, new ReportPeriod(2024, 3), null, _ws.OutputFolder, OutputFormats.Text).Value;
        Assert.Equal("history/2024-02.json", march.Model.Changes.Previous!.File);
        Assert.All(march.Model.Changes.Companies.Where(c => c.Code != "0004.HK"), c => Assert.Equal("维持", c.ActionLabel));
        Assert.True(File.Exists(Entry("2024-03")));
    }

    [Fact]
    public void A_failed_report_writes_no_history_and_no_output()
    {
        _ws.Append("sectorscope.yaml", "word_template: firm.dotx").Write("firm.dotx", "not a zip package");
        _ = ReportPipeline.Run(_ws.Root, null, null, _ws.OutputFolder, OutputFormat.Docx | OutputFormat.Markdown).Refused();
        Assert.Equal("本期旧稿", Read("2024-02").Title);
        Assert.False(Directory.Exists(_ws.OutputFolder));
    }

    [Fact]
    public void Without_recording_the_history_is_left_as_it_was()
    {
        var before = File.ReadAllBytes(Entry("2024-02"));
        var run = ReportPipeline.Run(_ws.Root, null, null, _ws.OutputFolder, OutputFormats.Text, recordHistory: false).Value;
        Assert.Null(run.HistoryFile);
        Assert.Equal(before, File.ReadAllBytes(Entry("2024-02")));
    }

    [Fact]
    public void The_no_history_option_leaves_the_history_as_it_was()
    {
        var before = File.ReadAllBytes(Entry("2024-02"));
        Assert.Equal(ExitCodes.Ok, SectorScopeCli.Run(["report", "--workspace", _ws.Root, "--out", _ws.OutputFolder, "--format", "md", "--no-history"]));
        Assert.True(File.Exists(Path.Combine(_ws.OutputFolder, "tables", "changes.csv")));
        Assert.Equal(before, File.ReadAllBytes(Entry("2024-02")));
    }

    [Fact]
    public void Report_on_the_bundled_demo_records_no_history()
    {
        var demo = DemoWorkspace.Locate();
        var entry = Path.Combine(demo, "history", "2024-11.json");
        var output = _ws.OutputFolder;
        Assert.Equal(ExitCodes.Ok, SectorScopeCli.Run(["report", "--out", output, "--format", "md"]));
        Assert.True(File.Exists(Path.Combine(output, "tables", "changes.csv")));
        Assert.False(File.Exists(entry));
        Assert.Equal(["2024-10.json"], Directory.EnumerateFiles(Path.Combine(demo, "history")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_left_over_temporary_file_is_not_read_as_an_entry()
    {
        _ws.Write("history/.2024-01.json.tmp-4242", "{ half a");
        var run = ReportPipeline.Run(_ws.Root, null, null, _ws.OutputFolder, OutputFormats.Text).Value;
        Assert.Equal("history/2024-01.json", run.Model.Changes.Previous!.File);
    }

    [Fact]
    public void A_syntax_error_is_reported_at_its_line()
    {
        _ws.Write("history/2024-01.json", """
            {
              "as_of": "2024-02-05",
              "companies": [],
              "period": "2024-01",
              "schema": "sectorscope.history/1",
              "title": "上期",
            }
            """);
        var e = ReportPipeline.Run(_ws.Root, null, null, _ws.OutputFolder, OutputFormats.Text).Refused();
        var d = Assert.Single(e.Diagnostics);
        Assert.Equal(("history/2024-01.json", 7, "json"), (d.File, d.Line, d.Column));
        Assert.False(Directory.Exists(_ws.OutputFolder));
    }

    [Fact]
    public void A_wrong_value_is_reported_at_its_line_and_key()
    {
        _ws.Write("history/2024-01.json", """
            {
              "as_of": "2024-02-05",
              "companies": [
                {
                  "code": "0001.HK",
                  "eps": [ { "currency": "CNY", "eps": "1.2", "year": 2024 } ],
                  "name": "甲公司",
                  "rating": "增持"
                }
              ],
              "period": "2023-11",
              "schema": "sectorscope.history/1",
              "title": "上期"
            }
            """);
        var e = ReportPipeline.Run(_ws.Root, null, null, _ws.OutputFolder, OutputFormats.Text).Refused();
        Assert.Equal(
        [
            "history/2024-01.json:6: eps: \"1.2\" is not a number",
            "history/2024-01.json:8: rating: 「增持」 不在 rating_scale（买入、优于大市、中性、弱于大市、卖出）中",
            "history/2024-01.json:11: period: 「2023-11」 与文件名不符（应为 2024-01）",
        ], e.Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("{ \"period\": ")]
    [InlineData("")]
    [InlineData("[1, 2]")]
    public void A_malformed_history_file_exits_1_and_writes_nothing(string text)
    {
        File.WriteAllText(_ws.Path("history/2024-01.json"), text);
        Assert.Equal(ExitCodes.InputErrors, SectorScopeCli.Run(["report", "--workspace", _ws.Root, "--out", _ws.OutputFolder, "--format", "md"]));
        Assert.False(Directory.Exists(_ws.OutputFolder));
        Assert.Equal("本期旧稿", Read("2024-02").Title);
    }

    [Fact]
    public void The_manifest_lists_the_history_entry_compared_against()
    {
        _ = ReportPipeline.Run(_ws.Root, null, null, _ws.OutputFolder, OutputFormats.Text).Value;
        var manifest = File.ReadAllText(Path.Combine(_ws.OutputFolder, "manifest.json"));
        Assert.Contains("\"path\": \"history/2024-01.json\"", manifest);
        Assert.DoesNotContain("history/2024-02.json", manifest);
    }

    [Fact]
    public void A_file_not_named_after_a_period_is_rejected()
    {
        _ws.Write("history/notes.json", "{}");
        var e = ReportPipeline.Run(_ws.Root, null, null, _ws.OutputFolder, OutputFormats.Text).Refused();
        Assert.Equal("history/notes.json: file: 历史文件应以其报告期命名：YYYY-MM.json", Assert.Single(e.Diagnostics).ToString());
    }

    [Fact]
    public void The_demo_history_is_in_the_format_the_tool_writes()
    {
        var path = Path.Combine(Repository.DemoWorkspace, "history", "2024-10.json");
        var diagnostics = new DiagnosticBag();
        var entry = HistoryJson.Parse("history/2024-10.json", new ReportPeriod(2024, 10), File.ReadAllBytes(path), WorkspaceSettings.DefaultRatingScale, diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.Equal(File.ReadAllText(path), HistoryJson.Serialize(entry!));
    }

    private HistoryEntry Read(string period)
    {
        var diagnostics = new DiagnosticBag();
        var entry = HistoryJson.Parse($"history/{period}.json", ReportPeriod.TryParse(period, out var p) ? p : default, File.ReadAllBytes(Entry(period)),
            WorkspaceSettings.DefaultRatingScale, diagnostics);
        Assert.Empty(diagnostics.Items);
        return entry!;
    }

    private static void AssertKeysSorted(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            var names = e.EnumerateObject().Select(p => p.Name).ToArray();
            Assert.Equal(names.Order(StringComparer.Ordinal), names);
            foreach (var p in e.EnumerateObject())
            {
                AssertKeysSorted(p.Value);
            }
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                AssertKeysSorted(item);
            }
        }
    }
}
