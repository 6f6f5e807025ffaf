using System.Text;
using SectorScope.Rendering.Layout;
using SectorScope.Reporting.Model;

namespace SectorScope.Rendering.Markdown;

/// <summary>
/// Maps the laid-out document to readable Markdown: the front page as a quote block and key points,
/// sections as numbered headings, tables as pipe tables, figures as images with caption and source.
/// </summary>
public sealed class MarkdownRenderer(bool chartsAvailable)
{
    private readonly StringBuilder _sb = new();

    public static string Render(ReportModel model, bool chartsAvailable = false) => Render(DocumentLayout.Lay(model), chartsAvailable);

    public static string Render(ReportDocument document, bool chartsAvailable) => new MarkdownRenderer(chartsAvailable).Write(document);

    private string Write(ReportDocument d)
    {
        FrontPage(d.FrontPage);
        foreach (var section in d.Sections)
        {
            Line(section.Number is null ? $"## {Text(section.Heading)}" : $"## {section.NumberText} {Text(section.Heading)}");
            Line();
            foreach (var block in section.Blocks)
            {
                Block(block);
            }
        }

        Line("---");
        Line();
        Line($"*{Text(d.PageFooter)}*");
        return _sb.ToString();
    }

    private void FrontPage(FrontPageBlock f)
    {
        Line($"# {Text(f.Title)}");
        if (f.Subtitle is not null)
        {
            Line($"## {Text(f.Subtitle)}");
        }

        Line();
        Line($"> {Text(f.ReportType)}  ");
        Line($"> {Text(string.Join(f.FactGap, (f.Rating is null ? f.Facts : f.Facts.Prepend(f.Rating)).Select(x => x.Text)))}  ");
        if (f.Analysts.Count > 0)
        {
            Line($"> {Text(f.AnalystsHeading + f.Separator + string.Join(f.FactGap, f.Analysts.Select(a => a.Licence is null ? a.Name : a.Name + f.FactGap + a.Licence)))}  ");
        }

        Line($"> {Text(f.Firm)}");
        Line();
        Line($"## {Text(f.KeyPointsHeading)}");
        Line();
        foreach (var point in f.KeyPoints)
        {
            Line($"**{Text(point.Label)}**{Text(point.Text)}");
            Line();
        }

        if (f.ForecastTable is not null)
        {
            Table(f.ForecastTable);
        }

        if (f.Related.Count > 0)
        {
            Line($"**{Text(f.RelatedHeading)}**");
            Line();
            foreach (var r in f.Related)
            {
                Line($"- {Text(r.Title)}{Text(r.Dash)}{r.Date}");
            }

            Line();
        }

        Line($"**{Text(f.RiskWarning.Label)}**{Text(f.RiskWarning.Text)}");
        Line();
    }

    private void Block(Block block)
    {
        switch (block)
        {
            case ParagraphBlock p:
                Line(string.Concat(p.Runs.Select(r => r.Style == TextWeight.Strong ? $"**{Text(r.Text)}**" : Text(r.Text))));
                Line();
                break;
            case NoteBlock n:
                Line($"*{Text(n.Text)}*");
                Line();
                break;
            case ListBlock l:
                foreach (var item in l.Items)
                {
                    Line($"- {Text(item)}");
                }

                Line();
                break;
            case NewsGroupBlock g:
                News(g);
                break;
            case FigureBlock f:
                Figure(f);
                break;
            case TableBlock t:
                Table(t);
                break;
        }
    }

    private void News(NewsGroupBlock group)
    {
        if (group.Tier is not null)
        {
            Line($"**{Text(group.Tier)}**");
            Line();
        }

        Line($"### {Text(group.Heading)}");
        Line();
        foreach (var item in group.Items)
        {
            Line($"{item.Number} **{Text(item.Title)}**{Text(item.Meta)}{Text(item.Body)}");
        }

        Line();
    }

    private void Figure(FigureBlock f)
    {
        Line($"**{Text(f.Caption)}**");
        Line();
        Line(chartsAvailable ? $"![{f.Label}](charts/{f.FileStem}.png)" : $"*{Text(f.Missing)}*");
        Line();
        if (f.Note is not null)
        {
            Line($"*{Text(f.Note)}*");
            Line();
        }

        Line(Text(f.Source));
        Line();
    }

    private void Table(TableBlock t)
    {
        Line($"**{Text(t.Caption)}**");
        Line();
        Line("| " + string.Join(" | ", t.FlatHeaders.Select(Cell)) + " |");
        Line("|" + string.Join("|", t.Columns.Select(c => c.Align switch { ColumnAlign.Right => "---:", ColumnAlign.Center => ":---:", _ => "---" })) + "|");
        foreach (var row in t.Rows)
        {
            Line("| " + string.Join(" | ", row.Select(Cell)) + " |");
        }

        Line();
        if (t.Note is not null)
        {
            Line(Text(t.Note));
            Line();
        }

        Line(Text(t.Source));
        Line();
    }

    /// <summary>Input text is data: neutralise Markdown and HTML that would change the page.</summary>
    private static string Text(string s) =>
        s.Replace("\\", "\\\\").Replace("<", "&lt;").Replace(">", "&gt;").Replace("*", "\\*").Replace("_", "\\_").Replace("`", "\\`").Replace("[", "\\[").Replace("]", "\\]");

    private static string Cell(string s) => Text(s).Replace("|", "\\|").Replace("\n", " ");

    private void Line(string text = "") => _sb.Append(text).Append('\n');
}
