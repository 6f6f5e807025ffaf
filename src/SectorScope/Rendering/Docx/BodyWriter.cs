using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using SectorScope.Reporting.Model;
using static SectorScope.Rendering.Docx.Blocks;

namespace SectorScope.Rendering.Docx;

/// <summary>
/// Writes the report body in the model's order: the front page, then 行情回顾, 估值, the four news
/// sections, 投资建议, 评级与盈利预测变动, 风险提示, the methods note and the disclaimer.
/// </summary>
internal sealed partial class BodyWriter(StyleMap styles, PageGeometry page, TableWriter tables, FigureWriter figures)
{
    public const string MethodsHeading = "计算方法说明";

    private readonly List<OpenXmlElement> _body = [];

    public IReadOnlyList<OpenXmlElement> Write(ReportModel m)
    {
        FrontPage(m);

        var review = m.MarketReview;
        Add(Heading(review.Heading).BreakPageBefore());
        Paragraphs(review.Paragraphs);
        Figures(m, review.FigureIds);
        Tables(m, review.TableIds);

        var valuation = m.Valuation;
        Add(Heading(valuation.Heading));
        Paragraphs(valuation.Paragraphs);
        Figures(m, valuation.FigureIds);

        foreach (var section in new[] { m.AiNews, m.Policy, m.IndustryNews, m.CompanyNews })
        {
            Add(Heading(section.Heading));
            News(section);
            Figures(m, section.FigureIds);
            Tables(m, section.TableIds);
        }

        Text(m.Recommendation, styles[DocxStyle.BodyText]);
        Changes(m);
        Text(m.Risks, styles[DocxStyle.BodyText]);

        Add(Heading(MethodsHeading));
        foreach (var line in m.Methods.Lines)
        {
            Add(Paragraph(styles[DocxStyle.ListItem], Run("•"), Tab(), Run(line)));
        }

        Text(m.Disclaimer, styles[DocxStyle.Disclaimer]);
        return _body;
    }

    private void Text(TextSection section, string paragraphStyle)
    {
        Add(Heading(section.Heading));
        if (section.Paragraphs.Count == 0 && section.EmptyNote is not null)
        {
            Add(Paragraph(styles[DocxStyle.Note], section.EmptyNote));
        }

        foreach (var p in section.Paragraphs)
        {
            Add(Paragraph(paragraphStyle, p));
        }
    }

    private void Changes(ReportModel m)
    {
        var changes = m.Changes;
        Add(Heading(changes.Heading));
        if (changes.EmptyNote is not null)
        {
            Add(Paragraph(styles[DocxStyle.Note], changes.EmptyNote));
        }

        Paragraphs(changes.Paragraphs);
        Tables(m, changes.TableIds);
    }

    private void News(NewsSection section)
    {
        Paragraphs(section.Commentary ?? []);
        if (section.Groups.Count == 0 && section.EmptyNote is not null)
        {
            var note = Paragraph(styles[DocxStyle.Note], section.EmptyNote);
            Add(section.FigureIds.Count + section.TableIds.Count > 0 ? note.KeepWithNext() : note);
        }

        string? tier = null;
        foreach (var group in section.Groups)
        {
            if (group.Tier is not null && group.Tier != tier)
            {
                tier = group.Tier;
                Add(Paragraph(styles[DocxStyle.PanelHeading], tier).KeepWithNext());
            }

            Add(Paragraph(styles[DocxStyle.Heading2], group.Heading));
            int n = 1;
            foreach (var item in group.Items)
            {
                var number = $"{n++.ToString(System.Globalization.CultureInfo.InvariantCulture)}.";
                Add(Paragraph(styles[DocxStyle.ListItem],
                    Run(number), Tab(), Run(item.Title, styles[DocxStyle.Strong]), Run($"（{item.Date}，{string.Join("、", item.Sources)}）{item.Body}")));
            }
        }
    }

    private void Paragraphs(IEnumerable<string> paragraphs)
    {
        foreach (var p in paragraphs)
        {
            Add(Paragraph(styles[DocxStyle.BodyText], p));
        }
    }

    private void Figures(ReportModel m, IEnumerable<string> ids) => _body.AddRange(figures.Write([.. ids.Select(m.Figure)]));

    private void Tables(ReportModel m, IEnumerable<string> ids)
    {
        foreach (var id in ids)
        {
            _body.AddRange(tables.Write(m.Table(id)));
        }
    }

    private Paragraph Heading(string text) => Paragraph(styles[DocxStyle.Heading1], text);

    private void Add(OpenXmlElement element) => _body.Add(element);
}
