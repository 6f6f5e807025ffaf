using System.Globalization;
using System.Text;
using System.Xml;

namespace SampleGenerator;

/// <summary>The demo's news files in the two other shapes a workspace accepts: an RSS 2.0 feed and a GBK-encoded jsonl.</summary>
internal static class NewsFeeds
{
    /// <summary>GBK (code page 936) that throws on a character it cannot encode, rather than writing '?'.</summary>
    private static readonly Encoding StrictGbk =
        CodePagesEncodingProvider.Instance.GetEncoding(936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    public static byte[] Gbk(string text) => StrictGbk.GetBytes(text);

    public static string DecodeGbk(byte[] bytes) => StrictGbk.GetString(bytes);

    /// <summary>
    /// RSS 2.0: the channel title is every item's source; dates are RFC 822 in Beijing time; a code goes
    /// in a category with domain "company", a tag in a plain category.
    /// </summary>
    public static string Rss(string title, string link, IReadOnlyList<NewsItem> items)
    {
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false) };
        using (var writer = XmlWriter.Create(new StringWriterUtf8(text), settings))
        {
            writer.WriteStartElement("rss");
            writer.WriteAttributeString("version", "2.0");
            writer.WriteStartElement("channel");
            writer.WriteElementString("title", title);
            writer.WriteElementString("link", link);
            writer.WriteElementString("description", "演示用的新闻快讯，内容为编写者对公开事件的概述。");
            writer.WriteElementString("language", "zh-cn");
            for (int i = 0; i < items.Count; i++)
            {
                var item = items[i];
                writer.WriteStartElement("item");
                writer.WriteElementString("title", item.Title);
                writer.WriteElementString("link", $"{link}/{Numbers.Integer(i + 1)}");
                writer.WriteElementString("description", item.Body);
                writer.WriteElementString("pubDate", Rfc822(Dates.Parse(item.Date), 9 + i % 8));
                foreach (var code in item.Companies)
                {
                    writer.WriteStartElement("category");
                    writer.WriteAttributeString("domain", "company");
                    writer.WriteString(code);
                    writer.WriteEndElement();
                }

                foreach (var tag in item.Tags)
                {
                    writer.WriteElementString("category", tag);
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        return text.Append('\n').ToString();
    }

    private static string Rfc822(DateOnly date, int hour) =>
        date.ToDateTime(new TimeOnly(hour, 30)).ToString("ddd, dd MMM yyyy HH:mm:ss", CultureInfo.InvariantCulture) + " +0800";

    /// <summary>A StringWriter that declares UTF-8, so the XML declaration says what the file is.</summary>
    private sealed class StringWriterUtf8(StringBuilder sb) : StringWriter(sb, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
