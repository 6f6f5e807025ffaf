using System.Net;
using System.Text;
using SectorScope.Cli.Serve;

namespace SectorScope.Tests.Serve;

/// <summary>
/// The workbench refuses what a page elsewhere, a missing token or a path out of the workspace would do, and shows
/// workspace text only encoded. Each refusal is checked with the file on disk unchanged.
/// </summary>
public sealed class WorkbenchSecurityTests
{
    private static readonly object Edit = new { place = "market-review", lang = "zh-CN", text = "改写", version = "" };

    [Fact]
    public async Task Bound_beyond_loopback_every_request_needs_the_printed_token()
    {
        await using var session = await WorkbenchSession.StartAsync(bind: IPAddress.Any);
        var token = session.Workbench.Options.Token!;
        Assert.Contains($"?token={token}", session.Workbench.Address, StringComparison.Ordinal);
        using var bare = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(session.Origin) };

        Assert.Equal(HttpStatusCode.Unauthorized, (await bare.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bare.GetAsync("/api/narrative?place=market-review")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bare.GetAsync("/?token=wrong")).StatusCode);

        // The printed address sets a same-site cookie and drops the token from the address bar.
        var first = await bare.GetAsync($"/?token={token}");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/", first.Headers.Location!.OriginalString);
        var cookie = Assert.Single(first.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        using var withCookie = new HttpRequestMessage(HttpMethod.Get, "/api/narrative?place=market-review");
        withCookie.Headers.Add("Cookie", cookie.Split(';')[0]);
        Assert.Equal(HttpStatusCode.OK, (await bare.SendAsync(withCookie)).StatusCode);
    }

    [Fact]
    public async Task On_loopback_a_host_name_other_than_loopback_is_not_served()
    {
        // A page on evil.example whose name is rebound to 127.0.0.1 arrives with its own Host.
        await using var session = await WorkbenchSession.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/narrative?place=market-review");
        request.Headers.Host = $"evil.example:{session.Workbench.Port}";
        Assert.Equal(HttpStatusCode.MisdirectedRequest, (await session.Http.SendAsync(request)).StatusCode);
        using var local = new HttpRequestMessage(HttpMethod.Get, "/api/narrative?place=market-review");
        local.Headers.Host = $"localhost:{session.Workbench.Port}";
        Assert.Equal(HttpStatusCode.OK, (await session.Http.SendAsync(local)).StatusCode);
    }

    [Fact]
    public async Task A_save_from_another_origin_or_without_the_anti_forgery_token_is_refused_and_the_file_kept()
    {
        await using var session = await WorkbenchSession.StartAsync();
        var path = session.NarrativePath("market-review");
        var before = await File.ReadAllBytesAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, (await session.SendAsync(HttpMethod.Put, "/api/narrative", Edit, origin: "http://evil.example")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.SendAsync(HttpMethod.Put, "/api/narrative", Edit, origin: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.SendAsync(HttpMethod.Put, "/api/narrative", Edit, csrf: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.SendAsync(HttpMethod.Put, "/api/narrative", Edit, csrf: WorkbenchGuard.NewToken())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.SendAsync(HttpMethod.Post, "/api/publish", new { period = "2024-11", gate = "force" }, origin: "http://evil.example")).StatusCode);
        // A read from another origin's script is refused too, not only left unreadable by the browser.
        using var read = new HttpRequestMessage(HttpMethod.Get, "/api/narrative?place=market-review");
        read.Headers.Add("Origin", "http://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await session.Http.SendAsync(read)).StatusCode);

        Assert.Equal(before, await File.ReadAllBytesAsync(path));
        Assert.False(Directory.Exists(Path.Combine(session.Root, "out")));
    }

    [Theory]
    [InlineData("../../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("..%2F..%2Fsectorscope")]
    [InlineData("market-review.md")]
    [InlineData("en/market-review")]
    [InlineData("disclaimer")]
    public async Task A_place_that_is_no_narrative_file_is_not_found_for_reading_or_writing(string place)
    {
        await using var session = await WorkbenchSession.StartAsync();
        var before = Directory.GetFiles(session.Root, "*", SearchOption.AllDirectories).Where(f => !f.Contains("/.sectorscope/", StringComparison.Ordinal)).Order().ToArray();

        Assert.Equal(HttpStatusCode.NotFound, (await session.Http.GetAsync($"/api/narrative?place={Uri.EscapeDataString(place)}")).StatusCode);
        var save = await session.SendAsync(HttpMethod.Put, "/api/narrative", new { place, lang = "zh-CN", text = "x", version = "" });
        Assert.Equal(HttpStatusCode.NotFound, save.StatusCode);

        Assert.Equal(before, Directory.GetFiles(session.Root, "*", SearchOption.AllDirectories).Where(f => !f.Contains("/.sectorscope/", StringComparison.Ordinal)).Order().ToArray());
    }

    [Fact]
    public async Task A_narrative_file_linked_outside_the_workspace_is_neither_read_nor_written()
    {
        var outside = Path.Combine(Path.GetTempPath(), $"sectorscope-outside-{Guid.NewGuid():N}.md");
        await File.WriteAllTextAsync(outside, "机密");
        try
        {
            await using var session = await WorkbenchSession.StartAsync(root =>
            {
                File.Delete(Path.Combine(root, "narrative", "risks.md"));
                File.CreateSymbolicLink(Path.Combine(root, "narrative", "risks.md"), outside);
            });

            var read = await session.Http.GetAsync("/api/narrative?place=risks");
            Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
            Assert.DoesNotContain("机密", await read.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            var save = await session.SendAsync(HttpMethod.Put, "/api/narrative", new { place = "risks", lang = "zh-CN", text = "覆盖", version = "" });
            Assert.Equal(HttpStatusCode.NotFound, save.StatusCode);
            Assert.Equal("机密", await File.ReadAllTextAsync(outside));
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public async Task Markup_in_a_security_name_reaches_the_preview_encoded_under_a_policy_without_scripts()
    {
        const string Markup = "<img src=x onerror=alert(1)><script>alert(2)</script>";
        await using var session = await WorkbenchSession.StartAsync(root => RenameSecurity(root, "0700.HK", "腾讯控股" + Markup));

        var preview = await session.Http.GetAsync("/api/preview?period=2024-11&lang=zh-CN");
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("腾讯控股&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        var policy = preview.Headers.GetValues("Content-Security-Policy").Single();
        Assert.StartsWith("default-src 'none'; style-src 'nonce-", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
        Assert.Contains("sandbox", policy, StringComparison.Ordinal);

        // The page's own policy: scripts and styles from its files only.
        var page = await session.Http.GetAsync("/");
        Assert.Equal(WorkbenchGuard.PagePolicy, page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("unsafe-inline", WorkbenchGuard.PagePolicy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_over_the_size_limit_is_refused_and_nothing_saved()
    {
        await using var session = await WorkbenchSession.StartAsync();
        var path = session.NarrativePath("market-review");
        var before = await File.ReadAllBytesAsync(path);
        var huge = new string('涨', (int)(Workbench.MaxRequestBytes / 3) + 10);

        var response = await session.SendAsync(HttpMethod.Put, "/api/narrative", new { place = "market-review", lang = "zh-CN", text = huge, version = "" });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
    }

    /// <summary>Gives a security another name in the copy's securities.csv.</summary>
    internal static void RenameSecurity(string root, string code, string name)
    {
        var path = Path.Combine(root, "securities.csv");
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var i = Array.FindIndex(lines, l => l.StartsWith(code + ",", StringComparison.Ordinal));
        var cells = lines[i].Split(',');
        cells[1] = name;
        lines[i] = string.Join(",", cells);
        File.WriteAllLines(path, lines, new UTF8Encoding(false));
    }
}
