using System.Globalization;
using SectorScope.Rendering.Layout;
using SectorScope.Reporting.Model;

namespace SectorScope.Rendering.Html;

/// <summary>Figures with their inline SVG and tables with their header rows.</summary>
internal sealed partial class HtmlReportWriter
{
    private void Figure(FigureBlock f)
    {
        var number = f.Number.ToString(CultureInfo.InvariantCulture);
        Line($"<figure class=\"figure\" id=\"figure-{number}\">");
        Line($"<figcaption class=\"caption\">{E(f.Caption)}</figcaption>");
        Line(charts.TryGetValue(f.FigureId, out var svg)
            ? $"<div class=\"chart\" role=\"img\" aria-label=\"{E(f.Caption)}\">{InlineSvg.Prepare(svg, $"figure-{number}")}</div>"
            : $"<div class=\"chart-missing\">{E(f.Missing)}</div>");
        if (f.Note is not null)
        {
            Line($"<p class=\"note\">{E(f.Note)}</p>");
        }

        Line($"<p class=\"source\">{E(f.Source)}</p>");
        Line("</figure>");
    }

    private void Table(TableBlock t)
    {
        Line($"<div class=\"table-block\" id=\"table-{t.Number.ToString(CultureInfo.InvariantCulture)}\">");
        Line($"<p class=\"caption\">{E(t.Caption)}</p>");
        Line("<div class=\"table-scroll\">");
        Line("<table>");
        Line("<thead>");
        foreach (var row in t.HeaderRows)
        {
            Line("<tr>" + string.Concat(row.Select(HeaderCell)) + "</tr>");
        }

        Line("</thead>");
        Line("<tbody>");
        foreach (var row in t.Rows)
        {
            Line("<tr>" + string.Concat(row.Select((text, i) => $"<td{(i < t.Columns.Count ? AlignClass(t.Columns[i].Align) : "")}>{E(text)}</td>")) + "</tr>");
        }

        Line("</tbody>");
        Line("</table>");
        Line("</div>");
        if (t.Note is not null)
        {
            Line($"<p class=\"note\">{E(t.Note)}</p>");
        }

        Line($"<p class=\"source\">{E(t.Source)}</p>");
        Line("</div>");
    }

    private static string HeaderCell(HeaderCell c) => c.IsGroup
        ? $"<th scope=\"colgroup\" colspan=\"{c.ColumnSpan.ToString(CultureInfo.InvariantCulture)}\" class=\"group\">{E(c.Text)}</th>"
        : $"<th scope=\"col\"{(c.RowSpan > 1 ? $" rowspan=\"{c.RowSpan.ToString(CultureInfo.InvariantCulture)}\"" : "")}{AlignClass(c.Align)}>{E(c.Text)}</th>";

    private static string AlignClass(ColumnAlign align) => align switch
    {
        ColumnAlign.Right => " class=\"r\"",
        ColumnAlign.Center => " class=\"c\"",
        _ => "",
    };
}
