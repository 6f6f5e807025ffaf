using System.Text;
using SectorScope.Pipeline;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.News;

/// <summary>
/// What happens to each kind of news file: JSON lines, RSS 2.0 and Atom are read into the one news
/// table; a malformed line, a bad date or a feed with a DTD is rejected as <c>file:line: column: reason</c>
/// and the store is left as it was; a GBK file is read as GB18030; a file in any other encoding is
/// rejected, never garbled.
/// </summary>
public sealed class NewsInputTests : IDisposable
{
    private static readonly Encoding Gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
    private readonly TestWorkspace _ws = new();

    public NewsInputTests() => _ = ReportPipeline.Run(_ws.Root, null, null, _ws.OutputFolder, OutputFormats.Text).Value;

    public void Dispose() => _ws.Dispose();

    private IReadOnlyList<string> Reject(Action<TestWorkspace> breakIt)
    {
        var store = _ws.StoreFingerprint();
        breakIt(_ws);
        var e = ReportPipeline.Run(_ws.Root, null, null, _ws.OutputFolder, OutputFormats.Text).Refused();
        Assert.Equal(store, _ws.StoreFingerprint());
        return [.. e.Diagnostics.Select(d => d.ToString())];
    }

    private const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0">
          <channel>
            <title>财经快讯</title>
            <item>
              <title>甲公司新游戏获批</title>
              <link>https://example.com/wire/1</link>
              <description><![CDATA[<p>甲公司的<b>新游戏</b>获得版号&amp;上线。</p>]]></description>
              <pubDate>Sat, 10 Feb 2024 09:30:00 +0800</pubDate>
              <category domain="company">0001.HK</category>
              <category>游戏</category>
            </item>
          </channel>
        </rss>
        """;

    [Fact]
    public void A_malformed_json_line_is_rejected_with_its_line()
    {
        var errors = Reject(ws => ws.Append("news/2024-02.jsonl", "{\"date\":\"2024-02-11\",\"source\":\"示例\",\"title\":\"乙\""));
        var error = Assert.Single(errors);
        Assert.StartsWith("news/2024-02.jsonl:2: json: 不是有效的 JSON（请检查引号、逗号与括号）", error);
    }

    [Fact]
    public void A_bad_date_in_json_lines_is_rejected()
    {
        var errors = Reject(ws => ws.Append("news/2024-02.jsonl", "{\"date\":\"2024/02/11\",\"source\":\"示例\",\"title\":\"乙\"}"));
        Assert.Equal(["news/2024-02.jsonl:2: date: 「2024/02/11」 不是日期（应为 YYYY-MM-DD）"], errors);
    }

    [Fact]
    public void A_bad_date_in_rss_is_rejected_at_its_item()
    {
        var errors = Reject(ws => ws.Write("news/wire.rss", Rss.Replace("Sat, 10 Feb 2024 09:30:00 +0800", "10.02.2024", StringComparison.Ordinal)));
        Assert.Equal(["news/wire.rss:5: pubDate: 「10.02.2024」 不是日期（应为 RFC 822 如 Tue, 05 Nov 2024 08:00:00 +0800、RFC 3339 或 YYYY-MM-DD）"], errors);
    }

    [Fact]
    public void An_rss_feed_goes_into_the_news_table_beside_json_lines()
    {
        _ws.Write("news/wire.rss", Rss);
        var model = ReportPipeline.Run(_ws.Root, null, null, _ws.OutputFolder, OutputFormats.Text).Value.Model;

        var entry = model.News(NewsSectionId.Industry)!.Groups.Single(g => g.Name == "游戏").Items.Single(i => i.Title == "甲公司新游戏获批");
        Assert.Equal(("2024-02-10", "财经快讯", "甲公司的 新游戏 获得版号&上线。", "https://example.com/wire/1"), (entry.Date, entry.Source, entry.Body, entry.Url));
        Assert.Equal(["news/wire.rss:5"], entry.Origins);
    }

    [Fact]
    public void An_atom_feed_is_read_with_its_categories_and_rfc3339_dates()
    {
        const string atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>科技周刊</title>
              <entry>
                <title>甲公司发布大模型</title>
                <link rel="alternate" href="https://example.com/a/1"/>
                <published>2024-02-29T23:30:00-05:00</published>
                <summary>甲公司发布新一代大模型。</summary>
                <category scheme="company" term="0001.HK"/>
                <category term="人工智能"/>
              </entry>
            </feed>
            """;
        var diagnostics = new DiagnosticBag();
        var (items, encoding) = InputParsers.NewsFile("news/weekly.atom", Encoding.UTF8.GetBytes(atom), new TestUniverse().Universe, diagnostics);

        Assert.Empty(diagnostics.Items);
        var item = Assert.Single(items);
        // The date as the feed states it, in its own offset: 29 February, not 1 March in Beijing.
        Assert.Equal((new DateOnly(2024, 2, 29), "科技周刊", "甲公司发布大模型", "https://example.com/a/1", InputText.Utf8), (item.Date, item.Source, item.Title, item.Url, encoding));
        Assert.Equal(["0001.HK"], item.Companies);
        Assert.Equal(["人工智能"], item.Tags);
        Assert.Equal(4, item.Origin.Line);
    }

    [Theory]
    [InlineData("<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")]
    [InlineData("<!DOCTYPE rss SYSTEM \"https://example.com/rss.dtd\">")]
    public void A_feed_with_a_dtd_or_external_entity_is_rejected(string doctype)
    {
        var feed = Rss.Replace("<rss version=\"2.0\">", doctype + "\n<rss version=\"2.0\">", StringComparison.Ordinal).Replace("<title>甲公司新游戏获批</title>", "<title>&xxe;</title>", StringComparison.Ordinal);
        var errors = Reject(ws => ws.Write("news/wire.xml", feed));
        Assert.Equal(["news/wire.xml:2: xml: 新闻源中不允许 DOCTYPE/DTD（其实体不会展开，外部实体从不获取）；请删除 <!DOCTYPE …> 声明"], errors);
    }

    [Fact]
    public void An_undeclared_entity_is_not_well_formed_xml()
    {
        var errors = Reject(ws => ws.Write("news/wire.xml", Rss.Replace("<title>甲公司新游戏获批</title>", "<title>&xxe;</title>", StringComparison.Ordinal)));
        var error = Assert.Single(errors);
        Assert.StartsWith("news/wire.xml:6: xml: XML 格式不正确（请检查标签是否成对、& 与 < 是否转义）", error);
    }

    [Fact]
    public void A_gbk_file_is_read_as_gb18030_and_the_report_says_so()
    {
        const string line = "{\"date\":\"2024-02-12\",\"source\":\"科技周刊\",\"title\":\"乙公司推出“碰一下”支付，覆盖超3000个小区\",\"body\":\"正文：支付宝、微信支付均已支持。\",\"tags\":[\"电商\"]}\n";
        File.WriteAllBytes(_ws.Path("news/weekly-gbk.jsonl"), Gbk.GetBytes(line));

        var model = ReportPipeline.Run(_ws.Root, null, null, _ws.OutputFolder, OutputFormats.Text).Value.Model;

        var entry = model.News(NewsSectionId.Industry)!.Groups.Single(g => g.Name == "电商").Items.Single();
        Assert.Equal(("乙公司推出“碰一下”支付，覆盖超3000个小区", "正文：支付宝、微信支付均已支持。"), (entry.Title, entry.Body));
        Assert.Contains("news/weekly-gbk.jsonl 不是 UTF-8 编码，已按 GB18030 读取", model.NewsDigest!.Notes);
    }

    [Theory]
    [InlineData(950, "臺灣科技新聞：某公司發佈新一代手機，銷量創新高。")] // Big5
    [InlineData(932, "東京のニュース：新しいスマートフォンを発表しました。")] // Shift-JIS
    [InlineData(28591, "Café à Paris : élégant et très cher, déjà ouvert.")] // Latin-1
    public void A_file_in_another_encoding_is_rejected_never_garbled(int codePage, string text)
    {
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(codePage)?.GetBytes(text) ?? Encoding.Latin1.GetBytes(text);
        var line = "{\"date\":\"2024-02-12\",\"source\":\"x\",\"title\":\""u8.ToArray().Concat(bytes).Concat("\"}\n"u8.ToArray()).ToArray();
        var errors = Reject(ws => File.WriteAllBytes(ws.Path("news/other.jsonl"), line));
        Assert.Equal(["news/other.jsonl:1: encoding: 不是 UTF-8，也不是 GB18030/GBK 编码的中文文本（请另存为 UTF-8）"], errors);
    }

    [Fact]
    public void A_utf8_file_with_a_byte_order_mark_is_read_as_utf8()
    {
        var diagnostics = new DiagnosticBag();
        var (items, encoding) = InputParsers.NewsFile("news/x.jsonl", [.. Encoding.UTF8.GetPreamble(), .. "{\"date\":\"2024-02-12\",\"source\":\"甲\",\"title\":\"乙\"}\n"u8],
            new TestUniverse().Universe, diagnostics);
        Assert.Equal(("乙", InputText.Utf8), (Assert.Single(items).Title, encoding));
    }

    /// <summary>The universe of <see cref="TestWorkspace"/>.</summary>
    private sealed class TestUniverse
    {
        public Universe Universe { get; } = new([new Security("0001.HK", "甲公司", "HK", "HKD", "游戏", null, null)], []);
    }
}
