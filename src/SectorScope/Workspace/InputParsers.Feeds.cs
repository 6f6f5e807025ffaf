using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace SectorScope.Workspace;

/// <summary>
/// Parsers for RSS 2.0 and Atom files dropped in <c>news/</c>. The XML reader never processes a
/// DTD (a file with one is rejected), never resolves an external entity and stops at
/// <see cref="MaxFeedCharacters"/>.
/// </summary>
public static partial class InputParsers
{
    /// <summary>Largest feed document read, in characters.</summary>
    public const int MaxFeedCharacters = 32 * 1024 * 1024;

    /// <summary>A category with this domain (RSS) or scheme (Atom) holds a security code, like the jsonl <c>companies</c>.</summary>
    public const string CompanyCategory = "company";

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static IReadOnlyList<NewsItem> Feed(string path, string text, Universe universe, DiagnosticBag diagnostics)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxFeedCharacters,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };

        XDocument doc;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            doc = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            var (line, reason) = XmlProblem(text, e);
            diagnostics.Add(path, line, "xml", reason);
            return [];
        }

        var root = doc.Root!;
        if (root.Name == "rss")
        {
            return Rss(path, root, universe, diagnostics);
        }

        if (root.Name == Atom + "feed")
        {
            return AtomFeed(path, root, universe, diagnostics);
        }

        diagnostics.Add(path, LineOf(root), "xml", ReaderMessages.NotAFeed(root.Name.LocalName));
        return [];
    }

    /// <summary>Where and why a feed is rejected; a DTD is named as such, wherever the reader stopped.</summary>
    private static (int Line, string Reason) XmlProblem(string text, XmlException e)
    {
        int doctype = text.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        int doctypeLine = doctype < 0 ? 0 : 1 + text.AsSpan(0, doctype).Count('\n');
        if (doctype >= 0 && (e.LineNumber == 0 || e.LineNumber <= doctypeLine))
        {
            return (doctypeLine, ReaderMessages.DoctypeInFeed);
        }

        if (e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
        {
            return (Math.Max(1, e.LineNumber), ReaderMessages.FeedTooLarge(MaxFeedCharacters));
        }

        return (Math.Max(1, e.LineNumber), ReaderMessages.NotXml);
    }

    private static List<NewsItem> Rss(string path, XElement rss, Universe universe, DiagnosticBag diagnostics)
    {
        var items = new List<NewsItem>();
        var channel = rss.Element("channel");
        if (channel is null)
        {
            diagnostics.Add(path, LineOf(rss), "channel", ReaderMessages.RssWithoutChannel);
            return items;
        }

        var channelTitle = Plain(channel.Element("title")?.Value);
        foreach (var item in channel.Elements("item"))
        {
            int line = LineOf(item);
            var dateElement = item.Element("pubDate") ?? item.Element(DublinCore + "date");
            var categories = item.Elements("category").Select(c => (Domain: (string?)c.Attribute("domain"), Value: c.Value.Trim()));
            var news = FeedItem(path, line, universe, diagnostics,
                title: Plain(item.Element("title")?.Value),
                dateText: dateElement?.Value.Trim(),
                dateField: dateElement?.Name.LocalName ?? "pubDate",
                source: Plain(item.Element("source")?.Value) ?? channelTitle,
                body: Plain(item.Element(Content + "encoded")?.Value ?? item.Element("description")?.Value) ?? "",
                url: item.Element("link")?.Value.Trim(),
                categories);
            if (news is not null)
            {
                items.Add(news);
            }
        }

        return items;
    }

    private static List<NewsItem> AtomFeed(string path, XElement feed, Universe universe, DiagnosticBag diagnostics)
    {
        var items = new List<NewsItem>();
        var feedTitle = Plain(feed.Element(Atom + "title")?.Value);
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            int line = LineOf(entry);
            var dateElement = entry.Element(Atom + "published") ?? entry.Element(Atom + "updated");
            var link = entry.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate");
            var categories = entry.Elements(Atom + "category").Select(c => (Domain: (string?)c.Attribute("scheme"), Value: ((string?)c.Attribute("term") ?? "").Trim()));
            var news = FeedItem(path, line, universe, diagnostics,
                title: Plain(entry.Element(Atom + "title")?.Value),
                dateText: dateElement?.Value.Trim(),
                dateField: dateElement?.Name.LocalName ?? "published",
                source: Plain(entry.Element(Atom + "source")?.Element(Atom + "title")?.Value) ?? feedTitle,
                body: Plain(entry.Element(Atom + "summary")?.Value ?? entry.Element(Atom + "content")?.Value) ?? "",
                url: ((string?)link?.Attribute("href"))?.Trim(),
                categories);
            if (news is not null)
            {
                items.Add(news);
            }
        }

        return items;
    }

    private static NewsItem? FeedItem(string path, int line, Universe universe, DiagnosticBag diagnostics, string? title, string? dateText, string dateField,
        string? source, string body, string? url, IEnumerable<(string? Domain, string Value)> categories)
    {
        bool ok = true;
        if (title is null)
        {
            diagnostics.Add(path, line, "title", ReaderMessages.ValueMissing);
            ok = false;
        }

        if (source is null)
        {
            diagnostics.Add(path, line, "source", ReaderMessages.SourceMissing);
            ok = false;
        }

        DateOnly date = default;
        if (dateText is null)
        {
            diagnostics.Add(path, line, dateField, ReaderMessages.DateMissing);
            ok = false;
        }
        else if (FeedDate(dateText) is { } d)
        {
            date = d;
        }
        else
        {
            diagnostics.Add(path, line, dateField, ReaderMessages.NotAFeedDate(dateText));
            ok = false;
        }

        var companies = new List<string>();
        var tags = new List<string>();
        foreach (var (domain, value) in categories.Where(c => c.Value.Length > 0))
        {
            if (string.Equals(domain, CompanyCategory, StringComparison.OrdinalIgnoreCase))
            {
                if (universe.Contains(value))
                {
                    companies.Add(value);
                }
                else
                {
                    diagnostics.Add(path, line, "category", ReaderMessages.UnknownCode(value, ReaderMessages.SecuritiesOrIndices));
                    ok = false;
                }
            }
            else
            {
                tags.Add(value);
            }
        }

        return ok ? new NewsItem(date, source!, title!, body, string.IsNullOrEmpty(url) ? null : url, companies, tags, new SourceRef(path, line)) : null;
    }

    /// <summary>The calendar date as the feed states it, in the feed's own offset (no time-zone conversion).</summary>
    internal static DateOnly? FeedDate(string text)
    {
        if (InputDates.TryParse(text, out var iso))
        {
            return iso;
        }

        if (Rfc3339().Match(text) is { Success: true } m3 && InputDates.TryParse(m3.Groups[1].Value, out var d3))
        {
            return d3;
        }

        if (Rfc822().Match(text) is { Success: true } m)
        {
            int day = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            int month = Array.IndexOf(Months, m.Groups[2].Value.ToLowerInvariant()) + 1;
            int year = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
            year += m.Groups[3].Value.Length == 2 ? 2000 : 0;
            if (month > 0 && year is >= 1900 and <= 2999 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                return new DateOnly(year, month, day);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4}|\d{2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[+-]\d{4}|[A-Za-z]{1,5})?$")]
    private static partial Regex Rfc822();

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>Feed text as plain text: markup removed, entities decoded, runs of white space folded.</summary>
    private static string? Plain(string? html)
    {
        if (html is null)
        {
            return null;
        }

        var text = Spaces().Replace(WebUtility.HtmlDecode(Markup().Replace(html, " ")), " ").Trim();
        return text.Length == 0 ? null : text;
    }

    private static int LineOf(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 1;
}
