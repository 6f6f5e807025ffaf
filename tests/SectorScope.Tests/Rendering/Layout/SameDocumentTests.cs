using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SectorScope.Rendering.Charts;
using SectorScope.Rendering.Layout;
using SectorScope.Rendering.Output;
using SectorScope.Tests.Rendering.Docx;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Rendering.Layout;

/// <summary>
/// One laid-out document, every registered format: each shows every word, number, 图N/表N label, caption,
/// section number and note of the document tree, so no format can drop or reword what the layout decided.
/// </summary>
[Collection(DemoModelCollection.Name)]
public sealed partial class SameDocumentTests(DemoModelFixture demo)
{
    private static readonly Dictionary<string, RenderedChart> NoCharts = [];

    [Fact]
    public void Every_format_shows_every_text_of_the_document()
    {
        var document = DocumentLayout.Lay(demo.Model);
        var expected = Texts(document).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        Assert.Contains("表1", expected);
        Assert.Contains("图8", expected);
        Assert.Contains("9.", expected);
        Assert.Equal(["md", "html", "docx"], DocumentFormats.All.Select(r => r.Format));
        foreach (var renderer in DocumentFormats.All)
        {
            var text = Squash(PlainText(renderer.Format, renderer.Render(document, NoCharts, null)));
            var missing = expected.Where(e => !text.Contains(Squash(e), StringComparison.Ordinal)).ToArray();
            Assert.True(missing.Length == 0, $"{renderer.Format} lacks {missing.Length} text(s): {string.Join(" | ", missing.Take(5))}");
        }
    }

    [Fact]
    public void Figure_and_table_labels_number_in_reading_order()
    {
        var document = DocumentLayout.Lay(demo.Model);
        var blocks = document.Sections.SelectMany(s => s.Blocks).Prepend(document.FrontPage.ForecastTable).ToArray();
        Assert.Equal(Enumerable.Range(1, demo.Model.Tables.Count).Select(n => $"表{n}"), blocks.OfType<TableBlock>().Select(t => t.Label));
        Assert.Equal(Enumerable.Range(1, demo.Model.Figures.Count).Select(n => $"图{n}"), blocks.OfType<FigureBlock>().Select(f => f.Label));
        Assert.All(blocks.OfType<TableBlock>(), t => Assert.StartsWith(t.Label + "：", t.Caption, StringComparison.Ordinal));
    }

    /// <summary>Every visible text of the tree, piece by piece (a label apart from its value, as formats set them apart).</summary>
    private static IEnumerable<string> Texts(ReportDocument d)
    {
        var f = d.FrontPage;
        yield return f.ReportType;
        yield return f.Firm;
        yield return f.Title;
        yield return f.Subtitle ?? "";
        foreach (var fact in f.Rating is null ? f.Facts : f.Facts.Prepend(f.Rating))
        {
            yield return fact.Label;
            yield return fact.Value;
        }

        yield return f.AnalystsHeading;
        foreach (var a in f.Analysts)
        {
            yield return a.Name;
            yield return a.Licence ?? "";
        }

        yield return f.RelatedHeading;
        foreach (var r in f.Related)
        {
            yield return r.Title;
            yield return r.Date;
        }

        yield return f.KeyPointsHeading;
        foreach (var k in f.KeyPoints.Append(f.RiskWarning))
        {
            yield return k.Label;
            yield return k.Text;
        }

        foreach (var text in f.ForecastTable is null ? [] : Texts(f.ForecastTable))
        {
            yield return text;
        }

        foreach (var s in d.Sections)
        {
            yield return s.NumberText;
            yield return s.Heading;
            foreach (var text in s.Blocks.SelectMany(Texts))
            {
                yield return text;
            }
        }
    }

    private static IEnumerable<string> Texts(Block block) => block switch
    {
        ParagraphBlock p => [p.Text],
        NoteBlock n => [n.Text],
        ListBlock l => l.Items,
        NewsGroupBlock g => [g.Tier ?? "", g.Heading, .. g.Items.SelectMany(i => new[] { i.Number, i.Title, i.Meta, i.Body })],
        FigureBlock fig => [fig.Label, fig.Caption, fig.Missing, fig.Note ?? "", fig.Source],
        TableBlock t => [t.Label, t.Caption, .. t.HeaderRows.SelectMany(r => r.Select(c => c.Text)), .. t.Rows.SelectMany(r => r), t.Note ?? "", t.Source],
        _ => throw new ArgumentException($"a block the test does not know: {block.GetType().Name}"),
    };

    /// <summary>What a reader sees: Markdown without its escapes, HTML without tags, Word's paragraph texts.</summary>
    private static string PlainText(string format, byte[] bytes)
    {
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        switch (format)
        {
            case "md":
                return MarkdownEscape().Replace(text.Replace("&lt;", "<").Replace("&gt;", ">"), "$1");
            case "html":
                return WebUtility.HtmlDecode(Tag().Replace(text[text.IndexOf("<body>", StringComparison.Ordinal)..], "\n"));
            default:
                using (var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false))
                {
                    return string.Join("\n", doc.Body().Descendants<Paragraph>().Select(p => p.PlainText()));
                }
        }
    }

    /// <summary>Whitespace differs between formats (a tab after a news number, a line break in a cell); words must not.</summary>
    private static string Squash(string s) => Whitespace().Replace(s, "");

    [GeneratedRegex(@"\\([\\*_`\[\]])")]
    private static partial Regex MarkdownEscape();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
