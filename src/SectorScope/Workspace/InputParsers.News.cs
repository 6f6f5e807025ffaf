using System.Text.Json;

namespace SectorScope.Workspace;

/// <summary>Parser for <c>news/*.jsonl</c>: one JSON object a line.</summary>
public static partial class InputParsers
{
    /// <summary>Largest news file read, in bytes.</summary>
    public const int MaxNewsFileBytes = 64 * 1024 * 1024;

    private static readonly string[] NewsKeys = ["date", "source", "title", "body", "url", "companies", "tags"];

    private static readonly string[] FeedExtensions = [".xml", ".rss", ".atom"];

    /// <summary>True for the RSS/Atom files of <c>news/</c>; the others are JSON lines.</summary>
    public static bool IsFeed(string path) => FeedExtensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    /// <summary>
    /// A news file of any supported format and encoding (see <see cref="InputText.DecodeChinese"/>):
    /// its items and the encoding it was read in, or no items and diagnostics.
    /// </summary>
    public static (IReadOnlyList<NewsItem> Items, string? Encoding) NewsFile(string path, byte[] bytes, Universe universe, DiagnosticBag diagnostics)
    {
        if (bytes.Length > MaxNewsFileBytes)
        {
            diagnostics.Add(path, 0, "file", $"larger than the limit of {(MaxNewsFileBytes / (1024 * 1024)).ToString(System.Globalization.CultureInfo.InvariantCulture)} MiB for a news file; split it");
            return ([], null);
        }

        if (InputText.DecodeChinese(path, bytes, diagnostics) is not { } decoded)
        {
            return ([], null);
        }

        var items = IsFeed(path) ? Feed(path, decoded.Text, universe, diagnostics) : News(path, decoded.Text, universe, diagnostics);
        return (items, decoded.Encoding);
    }

    public static IReadOnlyList<NewsItem> News(string path, string text, Universe universe, DiagnosticBag diagnostics)
    {
        var items = new List<NewsItem>();
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int lineNo = i + 1;
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                continue;
            }

            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(line);
            }
            catch (JsonException e)
            {
                diagnostics.Add(path, lineNo, "json", $"not a JSON object: {e.Message.Split(" Path:")[0]}");
                continue;
            }

            using (doc)
            {
                if (doc.RootElement.ValueKind != JsonValueKind.Object)
                {
                    diagnostics.Add(path, lineNo, "json", "not a JSON object");
                    continue;
                }

                var item = NewsItemOf(doc.RootElement, path, lineNo, universe, diagnostics);
                if (item is not null)
                {
                    items.Add(item);
                }
            }
        }

        return items;
    }

    private static NewsItem? NewsItemOf(JsonElement o, string path, int line, Universe universe, DiagnosticBag diagnostics)
    {
        bool ok = true;
        foreach (var p in o.EnumerateObject().Where(p => !NewsKeys.Contains(p.Name)))
        {
            diagnostics.Add(path, line, p.Name, $"unknown key (known: {string.Join(", ", NewsKeys)})");
            ok = false;
        }

        string? Str(string key, bool required)
        {
            if (!o.TryGetProperty(key, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    diagnostics.Add(path, line, key, "value is missing");
                    ok = false;
                }

                return null;
            }

            if (v.ValueKind != JsonValueKind.String)
            {
                diagnostics.Add(path, line, key, "expected a string");
                ok = false;
                return null;
            }

            return v.GetString();
        }

        IReadOnlyList<string> List(string key)
        {
            if (!o.TryGetProperty(key, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                return [];
            }

            if (v.ValueKind != JsonValueKind.Array || v.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
            {
                diagnostics.Add(path, line, key, "expected a list of strings");
                ok = false;
                return [];
            }

            return [.. v.EnumerateArray().Select(e => e.GetString()!)];
        }

        var dateText = Str("date", true);
        DateOnly date = default;
        if (dateText is not null && !InputDates.TryParse(dateText, out date))
        {
            diagnostics.Add(path, line, "date", $"'{dateText}' is not a date (expected YYYY-MM-DD)");
            ok = false;
        }

        var source = Str("source", true);
        var title = Str("title", true);
        var body = Str("body", false) ?? "";
        var url = Str("url", false);
        var companies = List("companies");
        var tags = List("tags");
        foreach (var code in companies.Where(c => !universe.Contains(c)))
        {
            diagnostics.Add(path, line, "companies", $"unknown code '{code}' (not in securities.csv or indices.csv)");
            ok = false;
        }

        return ok ? new NewsItem(date, source!, title!, body, url, companies, tags, new SourceRef(path, line)) : null;
    }
}
