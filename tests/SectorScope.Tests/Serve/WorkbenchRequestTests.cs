using System.Net;
using System.Text;
using FsCheck.Fluent;
using SectorScope.Cli.Serve;

namespace SectorScope.Tests.Serve;

/// <summary>
/// Requests nobody meant: broken JSON, wrong types, deep nesting, random text and names. Each is answered with a
/// refusal (4xx) or a result, never a server error, and nothing is written.
/// </summary>
public sealed class WorkbenchRequestTests
{
    [Theory]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{\"place\": 5, \"text\": []}")]
    [InlineData("{\"place\": \"market-review\", \"text\": \"\\ud800\", \"version\": \"\"}")]
    [InlineData("{\"place\":{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":{\"g\":{\"h\":{\"i\":1}}}}}}}}}}")]
    [InlineData("\u0000\u0001garbage")]
    public async Task A_body_that_is_not_the_expected_json_is_a_bad_request_and_nothing_is_saved(string body)
    {
        await using var session = await WorkbenchSession.StartAsync();
        var before = await File.ReadAllBytesAsync(session.NarrativePath("market-review"));
        var csrf = await session.CsrfAsync();
        foreach (var (method, path) in new[] { (HttpMethod.Put, "/api/narrative"), (HttpMethod.Post, "/api/check-text"), (HttpMethod.Post, "/api/publish") })
        {
            var response = await session.SendContentAsync(method, path, new StringContent(body, Encoding.UTF8, "application/json"), csrf: csrf);
            Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{method} {path}: {(int)response.StatusCode}");
        }

        Assert.Equal(before, await File.ReadAllBytesAsync(session.NarrativePath("market-review")));
        Assert.False(Directory.Exists(Path.Combine(session.Root, "out", "2024-11")));
    }

    [Theory]
    [InlineData("/api/check?period=2024-13")]
    [InlineData("/api/check?period=<script>")]
    [InlineData("/api/check?lang=fr")]
    [InlineData("/api/preview?period=2024-11&lang=%00")]
    [InlineData("/api/download?period=2024-11&format=exe")]
    [InlineData("/api/download?period=2024-11&format=../../etc/passwd")]
    [InlineData("/assets/..%2Fapp.js")]
    [InlineData("/assets/index.html")]
    public async Task A_query_naming_no_period_language_format_or_asset_is_refused(string url)
    {
        await using var session = await WorkbenchSession.StartAsync();
        var response = await session.Http.GetAsync(url);
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType ?? "text/plain", StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_control_character_is_refused_at_save_with_checks_message_and_shown_by_the_live_check()
    {
        await using var session = await WorkbenchSession.StartAsync();
        var before = await File.ReadAllBytesAsync(session.NarrativePath("market-review"));
        var text = "第一行\n第二行\u0001";

        var save = await session.SendAsync(HttpMethod.Put, "/api/narrative", new { place = "market-review", lang = "zh-CN", text, version = NarrativeFileStore.Version(before) });
        var check = await session.SendAsync(HttpMethod.Post, "/api/check-text", new { place = "market-review", lang = "zh-CN", text, period = "2024-11" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, save.StatusCode);
        Assert.Contains("narrative/market-review.md:2: text: ", await save.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("narrative/market-review.md:2: text: ", await check.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(session.NarrativePath("market-review")));
    }

    /// <summary>Names, units, periods and placeholders the reader knows, mixed with any UTF-16 unit (lone surrogates too).</summary>
    private static readonly string[] Pieces = ["金山软件", "涨幅", "19.9%", "跑赢", "pct", "{{", "}}", "{{ ret 3888.HK }}", "{{ fwd_pe", "\"", "\n", "\n\n", "#", "<script>", "&amp;", "\u0000", "\ud800"];

    [Fact]
    public async Task Random_text_in_any_place_is_checked_or_refused_never_a_server_error()
    {
        await using var session = await WorkbenchSession.StartAsync();
        var csrf = await session.CsrfAsync();
        var texts = Gen.OneOf(Gen.Elements(Pieces), Gen.Choose(0, 0xFFFF).Select(i => ((char)i).ToString())).ListOf().Select(p => string.Concat(p));
        var places = Gen.OneOf(Gen.Elements("market-review", "thesis", "disclaimer", "../x", ""), ArbMap.Default.GeneratorFor<string>());
        var cases = Gen.Zip(texts, places).Sample(60, 7);
        foreach (var (text, place) in cases)
        {
            var response = await session.SendAsync(HttpMethod.Post, "/api/check-text", new { place, lang = "zh-CN", text, period = "2024-11" }, csrf: csrf);
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for place {place} and text {text}");
        }
    }
}
