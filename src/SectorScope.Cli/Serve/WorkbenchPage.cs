using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using SectorScope.Workspace;

namespace SectorScope.Cli.Serve;

/// <summary>
/// The page, its script and style (embedded in the assembly: no build step, nothing on disk to change), and the
/// preview of the report. The report page is the HTML renderer's, shown in a sandboxed frame under a policy of its own:
/// no script at all, its one style sheet allowed by a nonce, images only inline.
/// </summary>
public static class WorkbenchPage
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".html"] = "text/html; charset=utf-8",
        [".md"] = "text/markdown; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pdf"] = "application/pdf",
    };

    public static string ContentType(string name) => Types.GetValueOrDefault(Path.GetExtension(name), "application/octet-stream");

    /// <summary>The page, carrying this run's anti-forgery token and the language it starts in.</summary>
    public static IResult Index(string csrf, ReportLanguage language)
    {
        var html = Read("index.html")!.Replace("__CSRF__", csrf, StringComparison.Ordinal).Replace("__LANG__", language.Tag(), StringComparison.Ordinal);
        return Results.Content(html, Types[".html"]);
    }

    /// <summary>app.js or app.css; any other name is not found.</summary>
    public static IResult Asset(string name) =>
        name is "app.js" or "app.css" && Read(name) is { } text ? Results.Content(text, ContentType(name)) : Results.NotFound();

    public static IResult Preview(DraftFile draft)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        string html;
        if (draft.Bytes is { } bytes)
        {
            html = Encoding.UTF8.GetString(bytes);
            // The renderer writes one style element, in the head, before any workspace text (which it encodes, so no
            // other "<style>" can occur): that one, and only that one, gets the nonce.
            var at = html.IndexOf("<style>", StringComparison.Ordinal);
            html = at < 0 ? html : string.Concat(html.AsSpan(0, at), $"<style nonce=\"{nonce}\">", html.AsSpan(at + "<style>".Length));
        }
        else
        {
            var problems = string.Concat(draft.Problems.Select(p => $"<li>{HtmlEncoder.Default.Encode(p.ToString())}</li>"));
            html = $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style nonce=\"{nonce}\">body{{font:14px sans-serif;color:#8a1c1c;padding:1rem}}</style></head><body><ul>{problems}</ul></body></html>";
        }

        return new PreviewResult(html, nonce);
    }

    private static string? Read(string name)
    {
        using var stream = typeof(WorkbenchPage).Assembly.GetManifestResourceStream("wwwroot/" + name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private sealed class PreviewResult(string html, string nonce) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var headers = httpContext.Response.Headers;
            headers.ContentSecurityPolicy = $"default-src 'none'; style-src 'nonce-{nonce}'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox";
            httpContext.Response.ContentType = Types[".html"];
            return httpContext.Response.WriteAsync(html);
        }
    }
}
