using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SectorScope.Cli.Serve;
using SectorScope.Pipeline;

namespace SectorScope.Tests.Serve;

/// <summary>The workbench's calls give what the command line gives: the same findings, the same gate, files saved whole.</summary>
public sealed class WorkbenchApiTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task The_live_check_of_a_file_gives_the_findings_check_gives_for_it()
    {
        await using var session = await WorkbenchSession.StartAsync();
        var text = await File.ReadAllTextAsync(session.NarrativePath("market-review"));
        var expected = ReportPipeline.BuildModel(session.Root, null, null).Value.Model.FactCheck!.Findings
            .Where(f => f.Location.StartsWith("narrative/market-review.md:", StringComparison.Ordinal))
            .Select(f => $"{f.Location} {f.Verdict} {f.Subject} {f.Metric} {f.Stated} {f.Computed}").ToArray();

        var response = await session.SendAsync(HttpMethod.Post, "/api/check-text", new { place = "market-review", lang = "zh-CN", text, period = "2024-11" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Web);
        var actual = body.GetProperty("findings").EnumerateArray()
            .Select(f => $"{S(f, "location")} {S(f, "verdict")} {S(f, "subject")} {S(f, "metric")} {S(f, "stated")} {S(f, "computed")}").ToArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(expected.Length >= 6, $"the demo's market review states numbers by hand: {expected.Length}");
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task A_wrong_return_is_a_mismatch_with_the_computed_value_and_a_broken_placeholder_a_problem_at_its_line()
    {
        await using var session = await WorkbenchSession.StartAsync();
        var response = await session.SendAsync(HttpMethod.Post, "/api/check-text",
            new { place = "market-review", lang = "zh-CN", text = "金山软件11月单月涨幅为19.9%。\n\n{{ ret NOPE.HK }}", period = "2024-11" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Web);

        var finding = Assert.Single(body.GetProperty("findings").EnumerateArray());
        Assert.Equal(("Mismatch", "不符", "19.9%", "16.7%", 1), (S(finding, "verdict"), S(finding, "verdictLabel"), S(finding, "stated"), S(finding, "computed"), finding.GetProperty("line").GetInt32()));
        var problem = Assert.Single(body.GetProperty("problems").EnumerateArray());
        Assert.StartsWith("narrative/market-review.md:3: placeholder: {{ ret NOPE.HK }}: 未知代码 「NOPE.HK」", S(problem, "text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_saved_file_with_a_broken_placeholder_does_not_stop_the_check_of_another_place()
    {
        await using var session = await WorkbenchSession.StartAsync(root => File.WriteAllText(Path.Combine(root, "narrative", "risks.md"), "{{ ret NOPE.HK }}\n"));

        var response = await session.SendAsync(HttpMethod.Post, "/api/check-text", new { place = "valuation", lang = "zh-CN", text = "金山软件11月单月涨幅为19.9%。", period = "2024-11" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Web);

        Assert.Equal(("Mismatch", "16.7%"), (S(body.GetProperty("findings")[0], "verdict"), S(body.GetProperty("findings")[0], "computed")));
        Assert.Empty(body.GetProperty("problems").EnumerateArray());
    }

    [Fact]
    public async Task A_save_from_an_older_version_is_a_conflict_that_keeps_the_newer_file()
    {
        await using var session = await WorkbenchSession.StartAsync();
        var path = session.NarrativePath("valuation");
        var loaded = await session.Http.GetFromJsonAsync<NarrativeText>("/api/narrative?place=valuation", Web);
        Assert.Equal(NarrativeFileStore.Version(await File.ReadAllBytesAsync(path)), loaded!.Version);

        var first = await session.SendAsync(HttpMethod.Put, "/api/narrative", new { place = "valuation", lang = "zh-CN", text = "第一个窗口的文字", version = loaded.Version });
        var second = await session.SendAsync(HttpMethod.Put, "/api/narrative", new { place = "valuation", lang = "zh-CN", text = "第二个窗口的文字", version = loaded.Version });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var disk = await second.Content.ReadFromJsonAsync<NarrativeText>(Web);
        Assert.Equal("第一个窗口的文字", disk!.Text);
        Assert.Equal("第一个窗口的文字", await File.ReadAllTextAsync(path));
        Assert.Equal((await first.Content.ReadFromJsonAsync<NarrativeText>(Web))!.Version, disk.Version);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, ".*"));
    }

    [Fact]
    public async Task A_new_place_is_created_from_the_empty_version_once()
    {
        await using var session = await WorkbenchSession.StartAsync();
        var path = session.NarrativePath("key-ai");
        Assert.False(File.Exists(path));

        var created = await session.SendAsync(HttpMethod.Put, "/api/narrative", new { place = "key-ai", lang = "zh-CN", text = "大模型", version = "" });
        var again = await session.SendAsync(HttpMethod.Put, "/api/narrative", new { place = "key-ai", lang = "zh-CN", text = "别的", version = "" });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict), (created.StatusCode, again.StatusCode));
        Assert.Equal("大模型", await File.ReadAllTextAsync(path));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Publishing_a_mismatch_is_refused_like_report_and_forced_it_is_recorded_in_report_json()
    {
        await using var session = await WorkbenchSession.StartAsync(root =>
            File.AppendAllText(Path.Combine(root, "narrative", "market-review.md"), "\n\n金山软件11月单月涨幅为19.9%。\n"));

        var refused = await (await session.SendAsync(HttpMethod.Post, "/api/publish", new { period = "2024-11", lang = "zh-CN", gate = "strict" })).Content.ReadFromJsonAsync<JsonElement>(Web);
        Assert.Equal(JsonValueKind.Null, refused.GetProperty("folder").ValueKind);
        Assert.Contains(refused.GetProperty("findings").EnumerateArray(), f => S(f, "verdict") == "Mismatch" && S(f, "stated") == "19.9%");
        Assert.False(Directory.Exists(Path.Combine(session.Root, "out", "2024-11")));

        var forced = await (await session.SendAsync(HttpMethod.Post, "/api/publish", new { period = "2024-11", lang = "zh-CN", gate = "force" })).Content.ReadFromJsonAsync<JsonElement>(Web);
        Assert.Equal("out/2024-11", S(forced, "folder"));
        Assert.Equal("Mismatches", S(forced, "override"));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(session.Root, "out", "2024-11", "report.json")));
        Assert.Equal("mismatches", json.RootElement.GetProperty("fact_check").GetProperty("override").GetString());
        Assert.True(File.Exists(Path.Combine(session.Root, "history", "2024-11.json")));
    }

    [Fact]
    public async Task A_read_only_workbench_the_bundled_demo_saves_nothing()
    {
        using var demo = new Support.DemoCopy();
        var path = Path.Combine(demo.Root, "narrative", "market-review.md");
        var before = await File.ReadAllBytesAsync(path);
        await using var workbench = await Workbench.StartAsync(new WorkbenchOptions(demo.Root, IPAddress.Loopback, 0, ReadOnly: true));
        using var http = new HttpClient { BaseAddress = new Uri(workbench.Origin) };
        var page = await http.GetStringAsync("/");
        var csrf = page.Split("csrf-token\" content=\"")[1].Split('"')[0];
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/narrative") { Content = JsonContent.Create(new { place = "market-review", lang = "zh-CN", text = "x", version = "" }) };
        request.Headers.Add("Origin", workbench.Origin);
        request.Headers.Add(WorkbenchGuard.CsrfHeader, csrf);

        Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(request)).StatusCode);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
    }

    private static string? S(JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).ToString();
}
