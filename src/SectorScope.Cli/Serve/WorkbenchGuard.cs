using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace SectorScope.Cli.Serve;

/// <summary>
/// The workbench's door, in front of every request. On loopback only the loopback host names are answered (a page
/// elsewhere cannot reach the server through a rebound DNS name); bound elsewhere, every request needs the access token
/// printed at start (once given in the address, it is kept in a same-site cookie). A request from another origin is
/// refused; every request that changes anything carries the page's anti-forgery token. Every answer carries a strict
/// Content-Security-Policy: scripts and styles only from the workbench's own files.
/// </summary>
public sealed class WorkbenchGuard(WorkbenchOptions options, Func<int> port)
{
    public const string TokenCookie = "sectorscope-token";
    public const string TokenHeader = "X-SectorScope-Token";
    public const string TokenQuery = "token";
    public const string CsrfHeader = "X-CSRF-Token";

    /// <summary>The page's policy: nothing inline, nothing from elsewhere; the preview frame is the workbench's own.</summary>
    public const string PagePolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The anti-forgery token of this server's run; the page carries it in a meta element.</summary>
    public string Csrf { get; } = NewToken();

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = PagePolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        headers.CacheControl = "no-store";

        if (!HostAllowed(request.Host))
        {
            await Refuse(context, StatusCodes.Status421MisdirectedRequest, "host not served");
            return;
        }

        if (options.Token is { } token)
        {
            if (request.Method == HttpMethods.Get && request.Query[TokenQuery] is { Count: 1 } given && Same(given[0], token))
            {
                // The token leaves the address bar (and the history) at once; the cookie carries it from here on.
                context.Response.Cookies.Append(TokenCookie, token, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", IsEssential = true });
                context.Response.Redirect(request.PathBase + request.Path);
                return;
            }

            var presented = request.Headers[TokenHeader].FirstOrDefault() ?? request.Cookies[TokenCookie];
            if (!Same(presented, token))
            {
                await Refuse(context, StatusCodes.Status401Unauthorized, "access token required: open the address serve printed");
                return;
            }
        }

        var origin = request.Headers.Origin.FirstOrDefault();
        var unsafeMethod = !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));
        if (origin is not null && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase)
            || unsafeMethod && origin is null)
        {
            await Refuse(context, StatusCodes.Status403Forbidden, "request from another origin");
            return;
        }

        if (unsafeMethod && !Same(request.Headers[CsrfHeader].FirstOrDefault(), Csrf))
        {
            await Refuse(context, StatusCodes.Status403Forbidden, "anti-forgery token missing or wrong");
            return;
        }

        await next(context);
    }

    /// <summary>On loopback, only loopback names with the server's port; bound elsewhere, the token decides.</summary>
    private bool HostAllowed(HostString host)
    {
        if (options.Token is not null)
        {
            return host.HasValue;
        }

        var name = host.Host.Trim('[', ']');
        return host.Port == port() && (name.Equals("localhost", StringComparison.OrdinalIgnoreCase) || IPAddress.TryParse(name, out var address) && IPAddress.IsLoopback(address));
    }

    private static Task Refuse(HttpContext context, int status, string reason)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(reason);
    }

    private static bool Same(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
