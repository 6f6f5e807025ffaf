using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using SectorScope.Cli.Serve;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Serve;

/// <summary>
/// A workbench serving a fresh copy of the demo workspace on a free port, and an HTTP client that talks to it as the
/// page does: from the server's own origin, with the page's anti-forgery token.
/// </summary>
public sealed partial class WorkbenchSession : IAsyncDisposable
{
    private readonly DemoCopy _demo;

    private WorkbenchSession(DemoCopy demo, Workbench workbench, HttpClient http)
    {
        _demo = demo;
        Workbench = workbench;
        Http = http;
    }

    public Workbench Workbench { get; }

    public HttpClient Http { get; }

    public string Root => _demo.Root;

    public string Origin => Workbench.Origin;

    /// <param name="prepare">Changes the workspace copy before the server starts.</param>
    /// <param name="bind">Where to listen; anything but loopback makes the server require its token.</param>
    public static async Task<WorkbenchSession> StartAsync(Action<string>? prepare = null, IPAddress? bind = null)
    {
        var demo = new DemoCopy();
        prepare?.Invoke(demo.Root);
        var workbench = await Workbench.StartAsync(new WorkbenchOptions(demo.Root, bind ?? IPAddress.Loopback, 0, ReadOnly: false));
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(workbench.Origin), Timeout = TimeSpan.FromMinutes(3) };
        if (workbench.Options.Token is { } token)
        {
            http.DefaultRequestHeaders.Add(WorkbenchGuard.TokenHeader, token);
        }

        return new WorkbenchSession(demo, workbench, http);
    }

    /// <summary>The anti-forgery token the page carries.</summary>
    public async Task<string> CsrfAsync()
    {
        var page = await Http.GetStringAsync("/");
        return CsrfMeta().Match(page).Groups[1].Value;
    }

    /// <summary>A request as the page sends it: JSON, same origin, with the anti-forgery token (unless told otherwise).</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, string? origin = "", string? csrf = "") =>
        SendContentAsync(method, path, body is null ? null : JsonContent.Create(body), origin, csrf);

    /// <summary>As <see cref="SendAsync"/>, with a body as given (broken JSON too).</summary>
    public async Task<HttpResponseMessage> SendContentAsync(HttpMethod method, string path, HttpContent? content, string? origin = "", string? csrf = "")
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if ((origin == "" ? Origin : origin) is { } o)
        {
            request.Headers.Add("Origin", o);
        }

        if ((csrf == "" ? await CsrfAsync() : csrf) is { } c)
        {
            request.Headers.Add(WorkbenchGuard.CsrfHeader, c);
        }

        return await Http.SendAsync(request);
    }

    public string NarrativePath(string place) => Path.Combine(Root, "narrative", place + ".md");

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Workbench.DisposeAsync();
        _demo.Dispose();
    }

    [GeneratedRegex("name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex CsrfMeta();
}
