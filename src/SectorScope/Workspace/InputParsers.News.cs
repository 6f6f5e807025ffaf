using System.Text.Json;

namespace SectorScope.Workspace;

/// <summary>Parser for <c>news/*.jsonl</c>: one JSON object a line.</summary>
public static partial class InputParsers
{
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
        if (bytes.Length > InputLimits.NewsFileBytes)
        {
            diagnostics.Add(path, 0, "file", ReaderMessages.NewsFileTooLarge(InputLimits.Describe(InputLimits.NewsFileBytes)));
            return ([], null);
        }

        if (InputText.DecodeChinese(path, bytes, diagnostics) is not { } decoded)
        {
            return ([], null);
        }

        var items = IsFeed(path) ? Feed(path, decoded.Text, universe, diagnostics) : News(path, decoded.Text, universe, diagnostics);
        return ([.. items.Where(i => Printable(i, diagnostics))], decoded.Encoding);
    }

    /// <summary>
    /// Whatever the format, an item's text must fit a document: no character Word or Excel cannot hold (a feed's
    /// decoded entities can make one), no field longer than its limit, a date in the accepted years.
    /// </summary>
    private static bool Printable(NewsItem item, DiagnosticBag diagnostics)
    {
        bool ok = true;
        void Check(string column, string? text, int limit)
        {
            if (text is null)
            {
                return;
            }

            var problem = text.Length > limit
                ? ReaderMessages.TooLong(text.Length, limit)
                : DocumentText.Problem(text);
            if (problem is not null)
            {
                diagnostics.Add(item.Origin.File, item.Origin.Line, column, problem);
                ok = false;
            }
        }

        Check("title", item.Title, InputLimits.NewsFieldChars);
        Check("source", item.Source, InputLimits.NewsFieldChars);
        Check("url", item.Url, InputLimits.NewsFieldChars);
        Check("body", item.Body, InputLimits.NewsBodyChars);
        foreach (var code in item.Companies)
        {
            Check("companies", code, InputLimits.NewsFieldChars);
        }

        foreach (var tag in item.Tags)
        {
            Check("tags", tag, InputLimits.NewsFieldChars);
        }

        if (!InputLimits.InRange(item.Date))
        {
            diagnostics.Add(item.Origin.File, item.Origin.Line, "date", InputDates.NotADate(InputDates.Format(item.Date)));
            ok = false;
        }

        return ok;
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
            catch (JsonException)
            {
                diagnostics.Add(path, lineNo, "json", ReaderMessages.NotJson);
                continue;
            }

            using (doc)
            {
                if (doc.RootElement.ValueKind != JsonValueKind.Object)
                {
                    diagnostics.Add(path, lineNo, "json", ReaderMessages.NotJsonObject);
                    continue;
                }

                NewsItem? item;
                try
                {
                    item = NewsItemOf(doc.RootElement, path, lineNo, universe, diagnostics);
                }
                catch (InvalidOperationException)
                {
                    // Values are checked one by one (DocumentText.FromJson); a key escaped into a lone surrogate throws when read.
                    diagnostics.Add(path, lineNo, "json", ReaderMessages.BrokenSurrogate);
                    continue;
                }

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
            diagnostics.Add(path, line, p.Name, ReaderMessages.UnknownKey(NewsKeys));
            ok = false;
        }

        string? Str(string key, bool required)
        {
            if (!o.TryGetProperty(key, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    diagnostics.Add(path, line, key, ReaderMessages.ValueMissing);
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

            var text = DocumentText.FromJson(v, out var problem);
            if (text is null)
            {
                diagnostics.Add(path, line, key, problem!);
                ok = false;
            }

            return text;
        }

        IReadOnlyList<string> List(string key)
        {
            if (!o.TryGetProperty(key, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                return [];
            }

            if (v.ValueKind != JsonValueKind.Array || v.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
            {
                diagnostics.Add(path, line, key, ReaderMessages.ExpectedStrings);
                ok = false;
                return [];
            }

            var values = new List<string>();
            foreach (var e in v.EnumerateArray())
            {
                if (DocumentText.FromJson(e, out var problem) is { } text)
                {
                    values.Add(text);
                }
                else
                {
                    diagnostics.Add(path, line, key, problem!);
                    ok = false;
                }
            }

            return values;
        }

        var dateText = Str("date", true);
        DateOnly date = default;
        if (dateText is not null && !InputDates.TryParse(dateText, out date))
        {
            diagnostics.Add(path, line, "date", InputDates.NotADate(dateText));
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
            diagnostics.Add(path, line, "companies", ReaderMessages.UnknownCode(code, ReaderMessages.SecuritiesOrIndices));
            ok = false;
        }

        return ok ? new NewsItem(date, source!, title!, body, url, companies, tags, new SourceRef(path, line)) : null;
    }
}
