using System.Globalization;
using SectorScope.Reporting.Model;

namespace SectorScope.Rendering.Html;

/// <summary>The blocks inside sections: news groups, figures (图N) and tables (表N) with their sources.</summary>
internal sealed partial class HtmlReportWriter
{
    private void News(NewsSection section)
    {
        foreach (var p in section.Commentary ?? [])
        {
            Line($"<p>{E(p)}</p>");
        }

        if (section.Groups.Count == 0 && section.EmptyNote is not null)
        {
            Line($"<p class=\"empty-note\">{E(section.EmptyNote)}</p>");
        }

        string? tier = null;
        foreach (var group in section.Groups)
        {
            if (group.Tier is not null && group.Tier != tier)
            {
                tier = group.Tier;
                Line($"<p class=\"news-tier\">{E(tier)}</p>");
            }

            Line("<section class=\"news-group\">");
            Line($"<h3>{E(group.Heading)}</h3>");
            Line("<ol>");
            foreach (var item in group.Items)
            {
                Line($"<li><strong>{E(item.Title)}</strong><span class=\"news-meta\">（{E(item.Date)}，{E(string.Join("、", item.Sources))}）</span>{E(item.Body)}</li>");
            }

            Line("</ol>");
            Line("</section>");
        }
    }

    private void Figures(IEnumerable<string> ids)
    {
        foreach (var figure in ids.Select(model.Figure))
        {
            var number = figure.Number.ToString(CultureInfo.InvariantCulture);
            Line($"<figure class=\"figure\" id=\"figure-{number}\">");
            Line($"<figcaption class=\"caption\">{E(figure.Label)}：{E(figure.Caption)}</figcaption>");
            if (charts.TryGetValue(figure.Id, out var svg))
            {
                Line($"<div class=\"chart\" role=\"img\" aria-label=\"{E(figure.Label)}：{E(figure.Caption)}\">{InlineSvg.Prepare(svg, $"figure-{number}")}</div>");
            }
            else
            {
                Line("<div class=\"chart-missing\">本图未生成图表</div>");
            }

            if (figure.Note is not null)
            {
                Line($"<p class=\"note\">注：{E(figure.Note)}</p>");
            }

            Line($"<p class=\"source\">{E(figure.SourceLine)}</p>");
            Line("</figure>");
        }
    }

    private void Tables(IEnumerable<string> ids)
    {
        foreach (var id in ids)
        {
            Table(model.Table(id));
        }
    }

    private void Table(ReportTable t)
    {
        Line($"<div class=\"table-block\" id=\"table-{t.Number.ToString(CultureInfo.InvariantCulture)}\">");
        Line($"<p class=\"caption\">{E(t.Label)}：{E(t.Caption)}</p>");
        Line("<div class=\"table-scroll\">");
        Line("<table>");
        TableHead(t.Columns);
        Line("<tbody>");
        foreach (var row in t.Rows)
        {
            _sb.Append("<tr>");
            for (int i = 0; i < row.Count; i++)
            {
                var align = i < t.Columns.Count ? AlignClass(t.Columns[i].Align) : "";
                _sb.Append($"<td{align}>{E(row[i].Text)}</td>");
            }

            Line("</tr>");
        }

        Line("</tbody>");
        Line("</table>");
        Line("</div>");
        if (t.Note is not null)
        {
            Line($"<p class=\"note\">注：{E(t.Note)}</p>");
        }

        Line($"<p class=\"source\">{E(t.SourceLine)}</p>");
        Line("</div>");
    }

    /// <summary>One header row, or two when columns are grouped (EPS over 2024E and 2025E).</summary>
    private void TableHead(IReadOnlyList<TableColumn> columns)
    {
        Line("<thead>");
        if (columns.All(c => c.Group is null))
        {
            _sb.Append("<tr>");
            foreach (var c in columns)
            {
                _sb.Append($"<th scope=\"col\"{AlignClass(c.Align)}>{E(c.Header)}</th>");
            }

            Line("</tr>");
            Line("</thead>");
            return;
        }

        _sb.Append("<tr>");
        for (int i = 0; i < columns.Count;)
        {
            var group = columns[i].Group;
            if (group is null)
            {
                _sb.Append($"<th scope=\"col\" rowspan=\"2\"{AlignClass(columns[i].Align)}>{E(columns[i].Header)}</th>");
                i++;
                continue;
            }

            int span = 1;
            while (i + span < columns.Count && columns[i + span].Group == group)
            {
                span++;
            }

            _sb.Append($"<th scope=\"colgroup\" colspan=\"{span.ToString(CultureInfo.InvariantCulture)}\" class=\"group\">{E(group)}</th>");
            i += span;
        }

        Line("</tr>");
        _sb.Append("<tr>");
        foreach (var c in columns.Where(c => c.Group is not null))
        {
            _sb.Append($"<th scope=\"col\"{AlignClass(c.Align)}>{E(c.Header)}</th>");
        }

        Line("</tr>");
        Line("</thead>");
    }

    private static string AlignClass(ColumnAlign align) => align switch
    {
        ColumnAlign.Right => " class=\"r\"",
        ColumnAlign.Center => " class=\"c\"",
        _ => "",
    };
}
