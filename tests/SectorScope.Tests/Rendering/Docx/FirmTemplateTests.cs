using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SectorScope.Rendering.Docx;
using SectorScope.Tests.Demo;

namespace SectorScope.Tests.Rendering.Docx;

/// <summary>
/// A firm's Word template works as a reference document: its styles, page setup, header and footer are
/// kept and the report body is poured in. The template here is made as Chinese Word saves one: style
/// IDs are localised ("a" for Normal, "1" for heading 1) and only the names are English.
/// </summary>
[Collection(DemoReportCollection.Name)]
[Trait("Category", "Slow")]
public sealed class FirmTemplateTests(DemoReportFixture report)
{
    private DemoDocx demo => report.Docx;

    private const string TemplateHeader = "测试证券股份有限公司　研究所";
    private const string TemplateFooter = "测试证券：本报告仅供机构客户参考";
    private const int TemplateMargin = 1440;

    [Fact]
    public void Template_fonts_and_heading_style_are_used_for_the_report()
    {
        using var doc = Render(FirmTemplate(WordprocessingDocumentType.Document));
        var normal = doc.StyleNamed("Normal");
        Assert.Equal("a", normal.StyleId!.Value);
        Assert.Equal("楷体", normal.StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("Georgia", normal.StyleRunProperties.RunFonts.Ascii!.Value);

        var headings = doc.Blocks().OfType<Paragraph>().Where(p => p.StyleId() == "1").Select(p => p.PlainText()).ToList();
        Assert.Equal(11, headings.Count);
        Assert.Equal("1. " + demo.Model.MarketReview.Heading, headings[0]);
        Assert.DoesNotContain(doc.Blocks().OfType<Paragraph>(), p => p.StyleId() == DocxStyle.Heading1.Id);
        Assert.Equal("C00000", doc.Style("1").StyleRunProperties!.Color!.Val!.Value);
        Assert.Equal("FirmCaption", doc.Blocks().OfType<Paragraph>().First(p => p.PlainText().StartsWith("表1：", StringComparison.Ordinal)).StyleId());
    }

    [Fact]
    public void Styles_the_template_lacks_are_added_from_the_built_in_ones_on_the_template_Normal()
    {
        using var doc = Render(FirmTemplate(WordprocessingDocumentType.Document));
        var source = doc.Style(DocxStyle.SourceLine.Id);
        Assert.Equal("Source Line", source.StyleName!.Val!.Value);
        Assert.Equal("a", source.BasedOn!.Val!.Value);
        Assert.Equal("TableText", doc.Style(DocxStyle.TableHeading.Id).BasedOn!.Val!.Value);
        Assert.Single(doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>(), s => s.Type!.Value == StyleValues.Paragraph && s.Default?.Value == true);
        Assert.Empty(doc.SchemaErrors());
    }

    [Fact]
    public void Template_header_footer_and_margins_replace_the_built_in_ones_and_its_body_is_replaced()
    {
        using var doc = Render(FirmTemplate(WordprocessingDocumentType.Document));
        var main = doc.MainDocumentPart!;
        var header = Assert.Single(main.HeaderParts);
        Assert.Equal(TemplateHeader, header.Header!.PlainText());
        Assert.Equal(TemplateFooter, Assert.Single(main.FooterParts).Footer!.PlainText());
        Assert.DoesNotContain(doc.Body().Descendants<Paragraph>(), p => p.PlainText().Contains("模板正文", StringComparison.Ordinal));
        Assert.Equal(demo.Model.Header.ReportType, doc.Blocks().OfType<Paragraph>().First().PlainText().Split('\t')[0]);

        var forecast = doc.TableAfter("表1：重点公司盈利预测及投资评级");
        Assert.Equal(11906 - (2 * TemplateMargin), forecast.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(c => int.Parse(c.Width!.Value!)));
    }

    [Fact]
    public void A_template_without_header_or_footer_gets_the_built_in_ones()
    {
        using var doc = Render(FirmTemplate(WordprocessingDocumentType.Document, withHeaderAndFooter: false));
        var main = doc.MainDocumentPart!;
        Assert.Equal("示例证券研究所\t证券研究报告 · 行业研究 · 行业投资策略", Assert.Single(main.HeaderParts).Header!.PlainText());
        Assert.StartsWith(demo.Model.Header.PageFooter, Assert.Single(main.FooterParts).Footer!.PlainText());
        Assert.Equal("header", doc.Style(DocxStyle.Header.Id).StyleName!.Val!.Value);
    }

    [Fact]
    public void A_dotx_template_gives_a_docx()
    {
        var template = FirmTemplate(WordprocessingDocumentType.Template);
        var bytes = DocxRenderer.Render(demo.Model, demo.Charts, template);
        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Equal(WordprocessingDocumentType.Document, doc.DocumentType);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", doc.MainDocumentPart!.ContentType);
        Assert.Equal("楷体", doc.StyleNamed("Normal").StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Empty(doc.SchemaErrors());
        Assert.Equal(bytes, DocxRenderer.Render(demo.Model, demo.Charts, template));
    }

    [Fact]
    public void A_template_that_is_not_a_Word_file_is_reported_as_such()
    {
        var e = Assert.Throws<InvalidDataException>(() => DocxRenderer.Render(demo.Model, demo.Charts, "not a zip"u8.ToArray()));
        Assert.Contains("word_template", e.Message);
    }

    private WordprocessingDocument Render(byte[] template) =>
        WordprocessingDocument.Open(new MemoryStream(DocxRenderer.Render(demo.Model, demo.Charts, template)), false);

    /// <summary>A firm template: 楷体/Georgia body, a dark-red 楷体 heading 1, its own caption style, header and footer, 1-inch margins, some body text.</summary>
    private static byte[] FirmTemplate(WordprocessingDocumentType type, bool withHeaderAndFooter = true)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, type))
        {
            var main = doc.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle
                {
                    RunFonts = new RunFonts { Ascii = "Georgia", HighAnsi = "Georgia", EastAsia = "楷体" },
                    Languages = new Languages { Val = "en-US", EastAsia = "zh-CN" },
                })),
                new Style
                {
                    Type = StyleValues.Paragraph,
                    StyleId = "a",
                    Default = true,
                    StyleName = new StyleName { Val = "Normal" },
                    StyleRunProperties = new StyleRunProperties
                    {
                        RunFonts = new RunFonts { Ascii = "Georgia", HighAnsi = "Georgia", EastAsia = "楷体" },
                        FontSize = new FontSize { Val = "21" },
                    },
                },
                new Style
                {
                    Type = StyleValues.Paragraph,
                    StyleId = "1",
                    StyleName = new StyleName { Val = "heading 1" },
                    BasedOn = new BasedOn { Val = "a" },
                    StyleParagraphProperties = new StyleParagraphProperties { KeepNext = new KeepNext(), OutlineLevel = new OutlineLevel { Val = 0 } },
                    StyleRunProperties = new StyleRunProperties
                    {
                        RunFonts = new RunFonts { EastAsia = "楷体" },
                        Bold = new Bold(),
                        Color = new Color { Val = "C00000" },
                        FontSize = new FontSize { Val = "32" },
                    },
                },
                new Style
                {
                    Type = StyleValues.Paragraph,
                    StyleId = "FirmCaption",
                    StyleName = new StyleName { Val = "caption" },
                    BasedOn = new BasedOn { Val = "a" },
                    StyleRunProperties = new StyleRunProperties { Bold = new Bold(), Color = new Color { Val = "C00000" } },
                });

            var section = new SectionProperties();
            if (withHeaderAndFooter)
            {
                var header = main.AddNewPart<HeaderPart>();
                header.Header = new Header(new Paragraph(new Run(new Text(TemplateHeader))));
                var footer = main.AddNewPart<FooterPart>();
                footer.Footer = new Footer(new Paragraph(new Run(new Text(TemplateFooter))));
                section.Append(
                    new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                    new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) });
            }

            section.Append(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = TemplateMargin, Right = (uint)TemplateMargin, Bottom = TemplateMargin, Left = (uint)TemplateMargin, Header = 720U, Footer = 720U, Gutter = 0U });
            main.Document = new Document(new Body(new Paragraph(new Run(new Text("模板正文：此处文字应被报告替换"))), section));
        }

        return stream.ToArray();
    }
}
