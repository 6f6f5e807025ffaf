using SectorScope.Workspace;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SectorScope.Rendering.Docx;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using SectorScope.Tests.Demo;

namespace SectorScope.Tests.Rendering.Docx;

/// <summary>Facts about report.docx rendered from the demo workspace with the built-in template.</summary>
[Collection(DemoReportCollection.Name)]
[Trait("Category", "Slow")]
public sealed class DemoDocxTests(DemoReportFixture report)
{
    private DemoDocx demo => report.Docx;

    private const int A4Width = 11906;
    private const int A4Height = 16838;

    [Fact]
    public void Demo_docx_has_no_schema_errors()
    {
        using var doc = demo.Open();
        var errors = doc.SchemaErrors();
        Assert.True(errors.Count == 0, $"{errors.Count} schema errors:\n" + string.Join("\n", errors.Take(50)));
    }

    [Fact]
    public void Front_page_has_the_report_type_title_thesis_key_points_and_side_column()
    {
        using var doc = demo.Open();
        var h = demo.Model.Header;
        var front = FrontPageText(doc);
        Assert.Contains(h.ReportType, front);
        Assert.Contains(h.Title, front);
        Assert.Contains(h.Subtitle!, front);
        foreach (var point in demo.Model.FrontPage.KeyPoints)
        {
            Assert.Contains($"{point.Label}：{point.Text}", front);
        }

        Assert.Contains($"风险提示：{demo.Model.FrontPage.RiskWarning}", front);
        Assert.Contains("行业投资评级", front);
        Assert.Contains("优于大市", front);
        Assert.Contains("示例分析师", front);
        Assert.Contains("执业证书编号：S0000000000000", front);
        foreach (var r in demo.Model.FrontPage.RelatedResearch)
        {
            Assert.Contains($"《{r.Title}》——{r.Date}", front);
        }

        var blocks = doc.Blocks();
        Assert.Equal(DocxStyle.ReportType.Id, ((Paragraph)blocks[0]).StyleId());
        Assert.Equal(DocxStyle.Title.Id, ((Paragraph)blocks[1]).StyleId());
        Assert.Equal(DocxStyle.Subtitle.Id, ((Paragraph)blocks[2]).StyleId());
    }

    [Fact]
    public void Forecast_table_is_on_the_front_page_with_the_model_numbers_under_grouped_EPS_and_PE_headers()
    {
        using var doc = demo.Open();
        Assert.Contains("表1：重点公司盈利预测及投资评级", FrontPageText(doc));
        var table = doc.TableAfter("表1：重点公司盈利预测及投资评级");
        var cells = table.Cells();
        Assert.Equal(["0700.HK", "腾讯控股", "优于大市", "398.0", "3,688,428", "24.1", "26.3", "15", "14"], cells[2]);

        var rows = table.Elements<TableRow>().ToList();
        Assert.All(rows.Take(2), r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<TableHeader>()));
        Assert.Null(rows[2].TableRowProperties!.GetFirstChild<TableHeader>());
        var groups = rows[0].Elements<TableCell>().Where(c => c.TableCellProperties?.GridSpan is not null).ToList();
        Assert.Equal(["EPS", "PE"], groups.Select(c => c.PlainText()));
        Assert.All(groups, c => Assert.Equal(2, c.TableCellProperties!.GridSpan!.Val!.Value));
        Assert.Equal(["2024E", "2025E", "2024E", "2025E"], rows[1].Elements<TableCell>().Skip(5).Select(c => c.PlainText()));
        Assert.Equal(MergedCellValues.Restart, rows[0].Elements<TableCell>().First().TableCellProperties!.VerticalMerge!.Val!.Value);

        var tencent = rows[2].Elements<TableCell>().ToList();
        Assert.Equal(JustificationValues.Left, Justification(tencent[1]));
        Assert.All(tencent.Skip(3), c => Assert.Equal(JustificationValues.Right, Justification(c)));
    }

    [Fact]
    public void Sections_follow_the_model_order_and_end_with_the_methods_note_and_disclaimer()
    {
        using var doc = demo.Open();
        var m = demo.Model;
        var headings = doc.Blocks().OfType<Paragraph>().Where(p => p.StyleId() == DocxStyle.Heading1.Id).Select(p => p.PlainText());
        string[] chapters = [m.MarketReview.Heading, m.Valuation.Heading, .. m.NewsSections.Select(s => s.Heading),
             m.Recommendation.Heading, m.Changes.Heading, m.Risks.Heading];
        Assert.Equal([.. chapters.Select((h, i) => $"{i + 1}. {h}"), "计算方法说明", m.Disclaimer.Heading], headings);
        Assert.Equal(["1. 行情回顾", "2. 估值情况", "3. 人工智能动态", "4. 行业政策", "5. 行业动态", "6. 公司公告与新闻", "7. 投资建议", "8. 评级与盈利预测变动", "9. 风险提示"], headings.Take(9).Select(h => h.Split('：')[0]));

        var last = doc.Blocks().OfType<Paragraph>().Last();
        Assert.Equal(m.Disclaimer.Paragraphs[^1], last.PlainText());
        Assert.Equal(DocxStyle.Disclaimer.Id, last.StyleId());
    }

    [Fact]
    public void Body_starts_on_a_new_page_after_the_front_page()
    {
        using var doc = demo.Open();
        var first = doc.Blocks().OfType<Paragraph>().First(p => p.StyleId() == DocxStyle.Heading1.Id);
        Assert.NotNull(first.ParagraphProperties!.PageBreakBefore);
    }

    [Fact]
    public void Every_figure_is_an_inline_picture_of_its_chart_between_its_caption_and_source_line()
    {
        using var doc = demo.Open();
        var main = doc.MainDocumentPart!;
        var body = doc.Body();
        var drawings = body.Descendants<Wp.Inline>().ToList();
        Assert.Equal(demo.Model.Figures.Count, drawings.Count);
        Assert.Equal(drawings.Count, drawings.Select(d => d.DocProperties!.Id!.Value).Distinct().Count());
        foreach (var figure in demo.Model.Figures)
        {
            var caption = body.Descendants<Paragraph>().Single(p => p.PlainText() == $"{figure.Label}：{figure.Caption}");
            Assert.Equal(DocxStyle.Caption.Id, caption.StyleId());

            var inline = drawings.Single(d => d.DocProperties!.Name == figure.FileStem);
            var picture = inline.Ancestors<Paragraph>().First();
            Assert.Equal(DocxStyle.Figure.Id, picture.StyleId());
            var embed = inline.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Single().Embed!.Value!;
            using var stream = main.GetPartById(embed).GetStream();
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            Assert.Equal(demo.Charts[figure.Id], bytes.ToArray());

            var cell = caption.Parent as TableCell;
            var source = cell is null
                ? caption.ElementsAfter().OfType<Paragraph>().First(p => p.StyleId() == DocxStyle.SourceLine.Id)
                : cell.Ancestors<Table>().First().Elements<TableRow>().Last().Elements<TableCell>().ElementAt(cell.Parent!.Elements<TableCell>().ToList().IndexOf(cell))
                    .Elements<Paragraph>().Last();
            Assert.Equal(figure.SourceLine, source.PlainText());
            Assert.True(inline.Extent!.Cx!.Value <= (A4Width - 2268) * 635L, $"{figure.Label} is wider than the text");
        }
    }

    [Fact]
    public void Every_table_has_its_caption_above_its_source_line_below_and_fits_the_text_width()
    {
        using var doc = demo.Open();
        foreach (var t in demo.Model.Tables)
        {
            var table = doc.TableAfter($"{t.Label}：{t.Caption}");
            var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!)).ToList();
            Assert.Equal(t.Columns.Count, grid.Count);
            Assert.Equal(A4Width - 2268, grid.Sum());
            Assert.All(grid, w => Assert.True(w > 400, $"{t.Label}: a column of {w} twips"));
            Assert.Equal(DocxStyle.ReportTable.Id, table.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value);
            Assert.Equal(t.Rows.Count, table.Elements<TableRow>().Count(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is null));

            var after = table.ElementsAfter().OfType<Paragraph>().Take(2).Select(p => p.PlainText()).ToList();
            Assert.Equal(t.Note is null ? [t.SourceLine] : [$"注：{t.Note}", t.SourceLine], after.Take(t.Note is null ? 1 : 2));
        }
    }

    [Fact]
    public void News_groups_have_their_headline_and_numbered_items_with_date_and_source()
    {
        using var doc = demo.Open();
        var paragraphs = doc.Blocks().OfType<Paragraph>().ToList();
        var group = demo.Model.News(NewsSectionId.Company)!.Groups[0];
        int at = paragraphs.FindIndex(p => p.PlainText() == $"{group.Name}：{group.Headline}");
        Assert.True(at > 0);
        Assert.Equal(DocxStyle.Heading2.Id, paragraphs[at].StyleId());
        Assert.Equal("腾讯：第三季度收入同比增长8%，减持Reddit股份逾4亿美元", paragraphs[at].PlainText());
        for (int i = 0; i < group.Items.Count; i++)
        {
            var item = group.Items[i];
            var p = paragraphs[at + 1 + i];
            Assert.Equal(DocxStyle.ListItem.Id, p.StyleId());
            Assert.Equal($"{i + 1}.\t{item.Title}（{item.Date}，{string.Join("、", item.Sources)}）{item.Body}", p.PlainText());
        }

        Assert.StartsWith("1.\t腾讯第三季度收入同比增长8%（2024-11-13，腾讯、示例财经快讯）", paragraphs[at + 1].PlainText());
    }

    [Fact]
    public void The_recommendation_shows_the_analysts_paragraphs_under_its_heading()
    {
        using var doc = demo.Open();
        var paragraphs = doc.Blocks().OfType<Paragraph>().ToList();
        int at = paragraphs.FindIndex(p => p.StyleId() == DocxStyle.Heading1.Id && p.PlainText() == "7. " + demo.Model.Recommendation.Heading);
        Assert.Equal(demo.Model.Recommendation.Paragraphs[0], paragraphs[at + 1].PlainText());
        Assert.StartsWith("三季报让我们对龙头的基本面更有把握", paragraphs[at + 1].PlainText());
    }

    [Fact]
    public void Every_page_has_the_header_with_firm_and_report_type_and_the_footer_with_page_number()
    {
        using var doc = demo.Open();
        var main = doc.MainDocumentPart!;
        var sections = doc.Body().Descendants<SectionProperties>().ToList();
        var section = Assert.Single(sections);
        var headerRef = Assert.Single(section.Elements<HeaderReference>());
        var footerRef = Assert.Single(section.Elements<FooterReference>());
        Assert.Equal(HeaderFooterValues.Default, headerRef.Type!.Value);
        Assert.Equal(HeaderFooterValues.Default, footerRef.Type!.Value);
        Assert.Null(section.GetFirstChild<TitlePage>());

        var header = ((HeaderPart)main.GetPartById(headerRef.Id!.Value!)).Header!;
        Assert.Equal("示例证券研究所\t证券研究报告 · 行业研究 · 行业投资策略", header.PlainText());
        var footer = ((FooterPart)main.GetPartById(footerRef.Id!.Value!)).Footer!;
        Assert.StartsWith("请务必阅读正文之后的免责声明及其项下所有内容\t", footer.PlainText());
        Assert.Equal(" PAGE ", footer.Descendants<SimpleField>().Single().Instruction!.Value);
    }

    [Fact]
    public void Page_is_A4_portrait()
    {
        using var doc = demo.Open();
        var size = doc.Body().GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;
        Assert.Equal((uint)A4Width, size.Width!.Value);
        Assert.Equal((uint)A4Height, size.Height!.Value);
    }

    [Fact]
    public void Styles_set_East_Asian_fonts_and_Chinese_language_so_Word_and_LibreOffice_pick_CJK_fonts()
    {
        using var doc = demo.Open();
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var defaults = styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("zh-CN", defaults.Languages!.EastAsia!.Value);
        Assert.Equal("宋体", defaults.RunFonts!.EastAsia!.Value);

        var normal = doc.Style("Normal").StyleRunProperties!;
        Assert.Equal("宋体", normal.RunFonts!.EastAsia!.Value);
        Assert.Equal("Arial", normal.RunFonts.Ascii!.Value);
        Assert.Equal("zh-CN", normal.Languages!.EastAsia!.Value);
        foreach (var id in new[] { "Title", "Heading1", "Heading2", "Caption", "TableHeading" })
        {
            var run = doc.Style(id).StyleRunProperties!;
            Assert.Equal("黑体", run.RunFonts!.EastAsia!.Value);
            Assert.Equal("zh-CN", run.Languages!.EastAsia!.Value);
        }

        Assert.All(DocxStyle.All, s => Assert.Equal(s.Name, doc.Style(s.Id).StyleName!.Val!.Value));
    }

    [Fact]
    public void Same_report_renders_to_the_same_bytes()
    {
        var again = DocxRenderer.Render(demo.Model, demo.Charts, null);
        Assert.Equal(demo.Bytes, again);
        using var doc = demo.Open();
        Assert.Null(doc.PackageProperties.Created);
        Assert.Null(doc.PackageProperties.Modified);
        Assert.Equal(demo.Model.Header.Title, doc.PackageProperties.Title);
    }

    [Fact]
    public void A_figure_without_a_chart_keeps_its_caption_a_note_and_its_source_line()
    {
        var bytes = DocxRenderer.Render(demo.Model, new Dictionary<string, byte[]>(), null);
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(doc.Body().Descendants<Drawing>());
        Assert.Empty(doc.MainDocumentPart!.ImageParts);
        var paragraphs = doc.Body().Descendants<Paragraph>().ToList();
        foreach (var figure in demo.Model.Figures)
        {
            int at = paragraphs.FindIndex(p => p.PlainText() == $"{figure.Label}：{figure.Caption}");
            Assert.True(at >= 0, figure.Label);
        }

        Assert.Equal(demo.Model.Figures.Count, paragraphs.Count(p => p.PlainText() == SectorScope.Reporting.Wordings.Wording.ZhCn.ChartMissing));
        Assert.Empty(doc.SchemaErrors());
    }

    private static string FrontPageText(WordprocessingDocument doc) =>
        string.Join("\n", doc.Blocks().TakeWhile(b => !(b is Paragraph p && p.StyleId() == DocxStyle.Heading1.Id))
            .SelectMany(b => b is Paragraph p ? [p] : b.Descendants<Paragraph>()).Select(p => p.PlainText()));

    private static JustificationValues? Justification(TableCell cell) => cell.GetFirstChild<Paragraph>()!.ParagraphProperties!.Justification?.Val?.Value;
}
