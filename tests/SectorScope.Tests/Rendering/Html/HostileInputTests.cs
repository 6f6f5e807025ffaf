using SectorScope.Pipeline;
using SectorScope.Rendering.Html;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Rendering.Html;

/// <summary>Text from input files is data: markup in a name, a news title or the page footer never becomes markup in the page.</summary>
public sealed class HostileInputTests
{
    private const string HostileName = "<script>alert(1)</script>";
    private const string HostileTitle = "<script>alert(2)</script><img src=x onerror=alert(1)>";
    private const string HostileFooter = "</style><script>alert(3)</script>";

    private static string RenderHostileWorkspace(IReadOnlyDictionary<string, string>? charts = null)
    {
        using var ws = new TestWorkspace();
        ws.Write("securities.csv", $"""
            code,name,market,currency,sub_sector,name_en,shares_mn
            0001.HK,{HostileName},HK,HKD,游戏,A Co,100
            0002.HK,乙公司,HK,HKD,电商,,
            AAA.US,丙公司,US,USD,电商,,50
            """);
        ws.Write("news/2024-02.jsonl", $$"""
            {"date":"2024-02-10","source":"示例来源","title":"{{HostileTitle}}","body":"正文","url":"https://example.com/1","companies":["0001.HK"],"tags":["游戏"]}
            """);
        ws.Append("sectorscope.yaml", $"page_footer: '{HostileFooter}'");
        var model = ReportPipeline.BuildModel(ws.Root, null, null).Value.Model;
        Assert.Contains(model.NewsSections.SelectMany(s => s.Groups).SelectMany(g => g.Items), i => i.Title == HostileTitle);
        Assert.Equal(HostileFooter, model.Header.PageFooter);
        return HtmlRenderer.Render(model, charts ?? PlaceholderCharts.For(model.Figures));
    }

    [Fact]
    public void Markup_in_names_news_titles_and_footer_is_encoded_text()
    {
        var html = RenderHostileWorkspace();
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("</style><", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("&lt;script&gt;alert(2)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;", html);
        Assert.Contains("&lt;/style&gt;&lt;script&gt;alert(3)&lt;/script&gt;", html);
    }

    [Fact]
    public void Footer_in_the_print_style_sheet_is_an_escaped_css_string()
    {
        var html = RenderHostileWorkspace();
        var style = HtmlRendererTests.Block(html, "<style>", "</style>");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "</style>"));
        Assert.Contains(@"@bottom-left{content:""　\3C \2F style\3E \3C script\3E alert\28 3\29 \3C \2F script\3E """, style);
    }

    [Fact]
    public void Scripts_handlers_and_external_references_in_a_chart_are_dropped()
    {
        var svg = """
            <?xml version="1.0"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="50" onload="alert(4)">
            <script>alert(5)</script>
            <style>@import url(https://example.com/x.css); rect { fill: red }</style>
            <a href="https://example.com"><text>link</text></a>
            <image href="https://example.com/x.png" width="10" height="10"/>
            <use xlink:href="https://example.com/s.svg#x"/>
            <rect width="10" height="10" style="fill:url(https://example.com/p)" onclick="alert(6)"/>
            <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">html</div></foreignObject>
            <text x="1" y="20">&lt;script&gt;alert(7)&lt;/script&gt;</text>
            </svg>
            """;
        var html = RenderHostileWorkspace(new Dictionary<string, string> { ["key-companies"] = svg });
        var chart = HtmlRendererTests.Block(html, "<div class=\"chart\"", "</svg>");
        Assert.DoesNotContain("alert(4)", chart);
        Assert.DoesNotContain("alert(5)", chart);
        Assert.DoesNotContain("alert(6)", chart);
        Assert.DoesNotContain("example.com", chart);
        Assert.DoesNotContain("foreignObject", chart);
        Assert.DoesNotContain("<div xmlns", chart);
        Assert.Contains("&lt;script&gt;alert(7)&lt;/script&gt;", chart);
        Assert.Contains("viewBox=\"0 0 100 50\"", chart);
    }
}
