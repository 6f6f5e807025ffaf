using System.Net;
using System.Text.RegularExpressions;
using SectorScope.Rendering.Html;
using SectorScope.Rendering.Markdown;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Rendering.Html;

/// <summary>The demo report as one HTML page: the same sections, numbering and figures as the Markdown, self-contained.</summary>
[Collection(DemoModelCollection.Name)]
public sealed partial class HtmlRendererTests(DemoModelFixture demo)
{
    private static readonly IReadOnlyDictionary<string, string> NoCharts = new Dictionary<string, string>();

    private string WithCharts => HtmlRenderer.Render(demo.Model, PlaceholderCharts.For(demo.Model.Figures));

    [Fact]
    public void Page_is_Chinese_with_a_CJK_font_stack()
    {
        var html = HtmlRenderer.Render(demo.Model, NoCharts);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">", html);
        Assert.Contains("<meta charset=\"utf-8\">", html);
        Assert.Contains("font-family:\"WenQuanYi Zen Hei\",\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif", html);
    }

    [Fact]
    public void Every_figure_and_table_is_labelled_in_order_with_its_caption_and_source()
    {
        var html = WithCharts;
        int previous = -1;
        foreach (var figure in demo.Model.Figures.OrderBy(f => f.Number))
        {
            var block = Block(html, $"<figure class=\"figure\" id=\"figure-{figure.Number}\">", "</figure>");
            Assert.Contains($"<figcaption class=\"caption\">{figure.Label}：{WebUtility.HtmlEncode(figure.Caption)}</figcaption>", block);
            Assert.Contains($"<p class=\"source\">{WebUtility.HtmlEncode(figure.SourceLine)}</p>", block);
            var at = html.IndexOf(block, StringComparison.Ordinal);
            Assert.True(at > previous, $"{figure.Label} is out of order");
            previous = at;
        }

        previous = -1;
        foreach (var table in demo.Model.Tables.OrderBy(t => t.Number))
        {
            var block = Block(html, $"<div class=\"table-block\" id=\"table-{table.Number}\">", "<p class=\"source\">");
            Assert.Contains($"<p class=\"caption\">{table.Label}：{WebUtility.HtmlEncode(table.Caption)}</p>", block);
            Assert.Equal(table.Rows.Count, Regex.Matches(block, "<tr><td").Count);
            var at = html.IndexOf(block, StringComparison.Ordinal);
            Assert.True(at > previous, $"{table.Label} is out of order");
            previous = at;
        }

        Assert.Equal(demo.Model.Figures.Count, Regex.Matches(html, "<figcaption").Count);
        Assert.Equal(demo.Model.Tables.Count, Regex.Matches(html, "<div class=\"table-block\"").Count);
    }

    [Fact]
    public void Sections_and_labels_follow_the_markdown_report()
    {
        var markdown = MarkdownRenderer.Render(demo.Model);
        var html = HtmlRenderer.Render(demo.Model, NoCharts);
        var mdSections = MarkdownSection().Matches(markdown).Select(m => $"{m.Groups[1].Value}.{m.Groups[2].Value}");
        var htmlSections = HtmlSection().Matches(html).Select(m => $"{m.Groups[1].Value}.{WebUtility.HtmlDecode(m.Groups[2].Value)}");
        Assert.Equal(mdSections, htmlSections);
        Assert.Equal(Labels().Matches(markdown).Select(m => m.Value), Labels().Matches(StripTags(html)).Select(m => m.Value));
    }

    [Theory]
    [InlineData("20.59x")]
    [InlineData("8.85%")]
    [InlineData("跑赢20.0pct")]
    [InlineData("<td class=\"r\">398.0</td>")]
    [InlineData("<td class=\"r\">3,688,428</td>")]
    [InlineData("PE-TTM 为20.59x，处于恒生科技指数成立以来8.85%分位点")]
    public void Pinned_figures_of_the_model_report_are_on_the_page(string text)
    {
        Assert.Contains(text, HtmlRenderer.Render(demo.Model, NoCharts));
    }

    [Fact]
    public void Front_page_has_type_title_thesis_rating_analysts_points_forecasts_research_and_risks()
    {
        var html = HtmlRenderer.Render(demo.Model, NoCharts);
        var front = Block(html, "<header class=\"masthead\">", "<section class=\"chapter");
        var h = demo.Model.Header;
        Assert.Contains($"<span class=\"report-type\">{h.ReportType}</span>", front);
        Assert.Contains($"<h1 class=\"title\">{h.Title}</h1>", front);
        Assert.Contains($"<p class=\"thesis\">{h.Subtitle}</p>", front);
        Assert.Contains($"<p class=\"rating-value\">{h.SectorRating}</p>", front);
        Assert.Contains("示例分析师<span class=\"licence\">执业证书编号：S0000000000000</span>", front);
        foreach (var point in demo.Model.FrontPage.KeyPoints)
        {
            Assert.Contains($"<strong class=\"key-point-label\">{point.Label}：</strong>", front);
        }

        Assert.Contains("表1：重点公司盈利预测及投资评级", front);
        Assert.Contains("<th scope=\"colgroup\" colspan=\"2\" class=\"group\">EPS</th>", front);
        Assert.Contains("《港股互联网板块的机遇：开启新一轮上涨》<span class=\"date\">2024-09-23</span>", front);
        Assert.Contains("<strong>风险提示：</strong>", front);
    }

    [Fact]
    public void Charts_are_inlined_as_svg_without_declaration_or_doctype_and_with_ids_unique_to_the_figure()
    {
        var html = WithCharts;
        foreach (var figure in demo.Model.Figures)
        {
            var block = Block(html, $"<figure class=\"figure\" id=\"figure-{figure.Number}\">", "</figure>");
            Assert.Contains("<div class=\"chart\" role=\"img\"", block);
            Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", block);
            Assert.Contains(PlaceholderCharts.Marker(figure), block);
            Assert.Contains($"id=\"figure-{figure.Number}-plot\"", block);
            Assert.Contains($"clip-path=\"url(#figure-{figure.Number}-plot)\"", block);
            Assert.Contains("viewBox=\"0 0 800 400\"", block);
        }

        Assert.DoesNotContain("<?xml", html);
        Assert.Single(Regex.Matches(html, "<!DOCTYPE", RegexOptions.IgnoreCase));
    }

    [Fact]
    public void A_figure_without_its_chart_keeps_caption_note_and_source()
    {
        var first = demo.Model.Figures[0];
        var charts = PlaceholderCharts.For(demo.Model.Figures.Skip(1));
        var block = Block(HtmlRenderer.Render(demo.Model, charts), "<figure class=\"figure\" id=\"figure-1\">", "</figure>");
        Assert.Contains($"{first.Label}：{WebUtility.HtmlEncode(first.Caption)}", block);
        Assert.Contains("<div class=\"chart-missing\">本图未生成图片</div>", block);
        Assert.Contains(WebUtility.HtmlEncode(first.SourceLine), block);
        Assert.DoesNotContain("<svg", block);
    }

    [Fact]
    public void Page_loads_nothing_from_elsewhere_and_runs_nothing()
    {
        var html = WithCharts;
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(ExternalReference().Matches(html).Select(m => m.Value));
        Assert.Empty(Regex.Matches(html, "\\son[a-z]+\\s*=", RegexOptions.IgnoreCase).Select(m => m.Value));
    }

    [Fact]
    public void Print_style_sets_A4_pages_and_starts_major_sections_on_a_new_page()
    {
        var html = HtmlRenderer.Render(demo.Model, NoCharts);
        Assert.Contains("@page{size:A4;", html);
        Assert.Contains(".chapter.major,.appendix.major{break-before:page;", html);
        Assert.Contains(".table-scroll{overflow:visible;", html);
        Assert.Contains("<section class=\"chapter major\" id=\"section-1\">", html);
        Assert.Contains("<section class=\"chapter\" id=\"section-7\">", html);
    }

    [Fact]
    public void Same_model_and_charts_give_the_same_page()
    {
        Assert.Equal(WithCharts, WithCharts);
    }

    internal static string Block(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start}' not found");
        var to = html.IndexOf(end, from + start.Length, StringComparison.Ordinal);
        Assert.True(to >= 0, $"'{end}' not found after '{start}'");
        return html[from..(to + end.Length)];
    }

    private static string StripTags(string html) => WebUtility.HtmlDecode(Regex.Replace(Block(html, "<body>", "</body>"), "<[^>]+>", ""));

    [GeneratedRegex(@"^## (\d+)\. (.+)$", RegexOptions.Multiline)]
    private static partial Regex MarkdownSection();

    [GeneratedRegex("""<h2><span class="num">(\d+)\.</span>(.+?)</h2>""")]
    private static partial Regex HtmlSection();

    [GeneratedRegex("[图表][0-9]+：[^*\n<]+")]
    private static partial Regex Labels();

    [GeneratedRegex("""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*['"]?\s*(?:https?:)?//""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
