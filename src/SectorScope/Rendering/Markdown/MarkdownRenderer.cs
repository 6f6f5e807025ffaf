using System.Text;
using SectorScope.Reporting.Model;

namespace SectorScope.Rendering.Markdown;

/// <summary>
/// Renders the report model as readable Chinese Markdown: every section in order, every table as a
/// pipe table with its 表N caption and source, every figure with its 图N caption and source.
/// </summary>
public sealed class MarkdownRenderer(bool chartsAvailable)
{
    private readonly StringBuilder _sb = new();

    public static string Render(ReportModel model, bool chartsAvailable = false) => new MarkdownRenderer(chartsAvailable).Write(model);

    private string Write(ReportModel m)
    {
        var h = m.Header;
        Line($"# {Text(h.Title)}");
        if (h.Subtitle is not null)
        {
            Line($"## {Text(h.Subtitle)}");
        }

        Line();
        Line($"> {Text(h.ReportType)}  ");
        Line($"> 行业评级：{Text(h.SectorRating ?? "—")}　报告期：{h.Period}　数据截至：{h.AsOf}  ");
        if (h.Analysts.Count > 0)
        {
            Line($"> 分析师：{string.Join("；", h.Analysts.Select(a => $"{Text(a.Name)}（{Text(a.Licence)}）"))}  ");
        }

        Line($"> {Text(h.Firm)}");
        Line();
        Line("## 核心观点");
        Line();
        foreach (var point in m.FrontPage.KeyPoints)
        {
            Line($"**{Text(point.Label)}：**{Text(point.Text)}");
            Line();
        }

        Table(m.Table(m.FrontPage.ForecastTableId));
        if (m.FrontPage.RelatedResearch.Count > 0)
        {
            Line("**相关研究报告**");
            Line();
            foreach (var r in m.FrontPage.RelatedResearch)
            {
                Line($"- 《{Text(r.Title)}》——{r.Date}");
            }

            Line();
        }

        Line($"**风险提示：**{Text(m.FrontPage.RiskWarning)}");
        Line();

        int n = 1;
        Heading(n++, m.MarketReview.Heading);
        Paragraphs(m.MarketReview.Paragraphs);
        Figures(m, m.MarketReview.FigureIds);
        Tables(m, m.MarketReview.TableIds);

        Heading(n++, m.Valuation.Heading);
        Paragraphs(m.Valuation.Paragraphs);
        Figures(m, m.Valuation.FigureIds);

        foreach (var section in new[] { m.AiNews, m.Policy, m.IndustryNews, m.CompanyNews })
        {
            Heading(n++, section.Heading);
            News(section);
            Figures(m, section.FigureIds);
            Tables(m, section.TableIds);
        }

        Prose(n++, m.Recommendation);
        Changes(m, n++);
        Prose(n++, m.Risks);

        Line("## 计算方法说明");
        Line();
        foreach (var line in m.Methods.Lines)
        {
            Line($"- {Text(line)}");
        }

        Line();
        Line($"## {Text(m.Disclaimer.Heading)}");
        Line();
        Paragraphs(m.Disclaimer.Paragraphs);
        Line("---");
        Line();
        Line($"*{Text(h.Firm)}　{Text(h.PageFooter)}*");
        return _sb.ToString();
    }

    private void Heading(int number, string title)
    {
        Line($"## {number}. {Text(title)}");
        Line();
    }

    private void Paragraphs(IEnumerable<string> paragraphs)
    {
        foreach (var p in paragraphs)
        {
            Line(Text(p));
            Line();
        }
    }

    private void Prose(int number, TextSection section)
    {
        Heading(number, section.Heading);
        if (section.Paragraphs.Count == 0 && section.EmptyNote is not null)
        {
            Line($"*{Text(section.EmptyNote)}*");
            Line();
        }

        Paragraphs(section.Paragraphs);
    }

    private void Changes(ReportModel m, int number)
    {
        Heading(number, m.Changes.Heading);
        if (m.Changes.EmptyNote is not null)
        {
            Line($"*{Text(m.Changes.EmptyNote)}*");
            Line();
        }

        Paragraphs(m.Changes.Paragraphs);
        Tables(m, m.Changes.TableIds);
    }

    private void News(NewsSection section)
    {
        foreach (var p in section.Commentary ?? [])
        {
            Line(Text(p));
            Line();
        }

        if (section.Groups.Count == 0 && section.EmptyNote is not null)
        {
            Line($"*{Text(section.EmptyNote)}*");
            Line();
        }

        string? tier = null;
        foreach (var group in section.Groups)
        {
            if (group.Tier is not null && group.Tier != tier)
            {
                tier = group.Tier;
                Line($"**{Text(tier)}**");
                Line();
            }

            Line($"### {Text(group.Heading)}");
            Line();
            int i = 1;
            foreach (var item in group.Items)
            {
                Line($"{i++}. **{Text(item.Title)}**（{item.Date}，{Text(string.Join("、", item.Sources))}）{Text(item.Body)}");
            }

            Line();
        }
    }

    private void Figures(ReportModel m, IEnumerable<string> ids)
    {
        foreach (var figure in ids.Select(m.Figure))
        {
            Line($"**{figure.Label}：{Text(figure.Caption)}**");
            Line();
            if (chartsAvailable)
            {
                Line($"![{figure.Label}](charts/{figure.FileStem}.png)");
                Line();
            }

            if (figure.Note is not null)
            {
                Line($"*{Text(figure.Note)}*");
                Line();
            }

            Line(Text(figure.SourceLine));
            Line();
        }
    }

    private void Tables(ReportModel m, IEnumerable<string> ids)
    {
        foreach (var id in ids)
        {
            Table(m.Table(id));
        }
    }

    private void Table(ReportTable t)
    {
        Line($"**{t.Label}：{Text(t.Caption)}**");
        Line();
        Line("| " + string.Join(" | ", t.Columns.Select(c => Cell(c.Group is null ? c.Header : $"{c.Group} {c.Header}"))) + " |");
        Line("|" + string.Join("|", t.Columns.Select(c => c.Align switch { ColumnAlign.Right => "---:", ColumnAlign.Center => ":---:", _ => "---" })) + "|");
        foreach (var row in t.Rows)
        {
            Line("| " + string.Join(" | ", row.Select(c => Cell(c.Text))) + " |");
        }

        Line();
        if (t.Note is not null)
        {
            Line($"注：{Text(t.Note)}");
            Line();
        }

        Line(Text(t.SourceLine));
        Line();
    }

    /// <summary>Input text is data: neutralise Markdown and HTML that would change the page.</summary>
    private static string Text(string s) =>
        s.Replace("\\", "\\\\").Replace("<", "&lt;").Replace(">", "&gt;").Replace("*", "\\*").Replace("_", "\\_").Replace("`", "\\`").Replace("[", "\\[").Replace("]", "\\]");

    private static string Cell(string s) => Text(s).Replace("|", "\\|").Replace("\n", " ");

    private void Line(string text = "") => _sb.Append(text).Append('\n');
}
