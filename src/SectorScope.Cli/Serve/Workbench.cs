using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SectorScope.Workspace;

namespace SectorScope.Cli.Serve;

/// <summary>
/// The analyst's workbench: Kestrel serving the page and its API for one workspace. Started by <c>serve</c> and by the
/// tests (on a free port); <see cref="Address"/> is what to open, with the token when one is needed.
/// </summary>
public sealed class Workbench : IAsyncDisposable
{
    /// <summary>A narrative file is at most 1 MiB; a request carries one, as JSON, with room for its other fields.</summary>
    public const long MaxRequestBytes = InputLimits.TextFileBytes + 64 * 1024;

    private readonly WebApplication _app;
    private Func<Task> _warming = () => Task.CompletedTask;

    private Workbench(WebApplication app, WorkbenchOptions options)
    {
        _app = app;
        Options = options;
    }

    public WorkbenchOptions Options { get; }

    public int Port { get; private set; }

    /// <summary>http://127.0.0.1:5177/ (with <c>?token=…</c> when bound elsewhere).</summary>
    public string Address => $"http://{Host}:{Port}/" + (Options.Token is { } t ? $"?{WorkbenchGuard.TokenQuery}={t}" : "");

    /// <summary>The address without the token.</summary>
    public string Origin => $"http://{Host}:{Port}";

    private string Host => Options.Bind.Equals(IPAddress.Any) || Options.Bind.Equals(IPAddress.IPv6Any) ? "127.0.0.1"
        : Options.Bind.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{Options.Bind}]" : Options.Bind.ToString();

    public static async Task<Workbench> StartAsync(WorkbenchOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = options.Workspace });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(options.Bind, options.Port);
            kestrel.Limits.MaxRequestBodySize = MaxRequestBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.AddServerHeader = false;
        });
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.MaxDepth = 8);
        var app = builder.Build();
        var workbench = new Workbench(app, options);
        var guard = new WorkbenchGuard(options, () => workbench.Port);
        app.Use((context, next) => guard.InvokeAsync(context, ctx => next(ctx)));
        workbench._warming = WorkbenchApi.Map(app, options, guard);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        workbench.Port = new Uri(address.Replace("[::]", "localhost", StringComparison.Ordinal)).Port;
        return workbench;
    }

    /// <summary>Runs until Ctrl+C or SIGTERM.</summary>
    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        // The store is not left half written behind a stopped server (a test deletes the workspace next).
        await _warming().ContinueWith(_ => { }, TaskScheduler.Default);
        await _app.DisposeAsync();
    }
}
