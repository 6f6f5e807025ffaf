using System.Globalization;
using System.Text;
using SectorScope.Rendering.Layout;

namespace SectorScope.Rendering.Html;

/// <summary>Maps the laid-out document to one self-contained page: head and style, the front page, the sections.</summary>
internal sealed partial class HtmlReportWriter(ReportDocument document, IReadOnlyDictionary<string, string> charts)
{
    private readonly StringBuilder _sb = new();

    public string Write()
    {
        var d = document;
        Line("<!DOCTYPE html>");
        Line($"<html lang=\"{E(d.LanguageTag)}\">");
        Line("<head>");
        Line("<meta charset=\"utf-8\">");
        Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Line($"<title>{E(d.PageTitle)}</title>");
        Line("<style>");
        _sb.Append(ReportStyleSheet.With(HtmlText.CssString(d.PageFooter)));
        Line("</style>");
        Line("</head>");
        Line("<body>");
        Line("<article class=\"report\">");
        FrontPage(d.FrontPage);
        foreach (var section in d.Sections)
        {
            Section(section);
        }

        Line($"<footer class=\"page-footer\">{E(d.PageFooter)}</footer>");
        Line("</article>");
        Line("</body>");
        Line("</html>");
        return _sb.ToString();
    }

    private void FrontPage(FrontPageBlock f)
    {
        Line("<header class=\"masthead\">");
        Line($"<span class=\"report-type\">{E(f.ReportType)}</span>");
        Line($"<span class=\"firm\">{E(f.Firm)}</span>");
        Line("</header>");
        Line($"<h1 class=\"title\">{E(f.Title)}</h1>");
        if (f.Subtitle is not null)
        {
            Line($"<p class=\"thesis\">{E(f.Subtitle)}</p>");
        }

        Line("<div class=\"front\">");
        Line("<div class=\"front-side\">");
        Line("<section class=\"side-box rating\">");
        if (f.Rating is not null)
        {
            Line($"<h2>{E(f.Rating.Label)}</h2>");
            Line($"<p class=\"rating-value\">{E(f.Rating.Value)}</p>");
        }

        Line("<dl>");
        foreach (var fact in f.Facts)
        {
            Line($"<dt>{E(fact.Label)}</dt><dd>{E(fact.Value)}</dd>");
        }

        Line("</dl>");
        Line("</section>");
        if (f.Analysts.Count > 0)
        {
            Line("<section class=\"side-box analysts\">");
            Line($"<h2>{E(f.AnalystsHeading)}</h2>");
            foreach (var a in f.Analysts)
            {
                Line(a.Licence is null ? $"<p class=\"analyst\">{E(a.Name)}</p>" : $"<p class=\"analyst\">{E(a.Name)}<span class=\"licence\">{E(a.Licence)}</span></p>");
            }

            Line("</section>");
        }

        if (f.Related.Count > 0)
        {
            Line("<section class=\"side-box related\">");
            Line($"<h2>{E(f.RelatedHeading)}</h2>");
            Line("<ul>");
            foreach (var r in f.Related)
            {
                Line($"<li>{E(r.Title)}<span class=\"date\">{E(r.Date)}</span></li>");
            }

            Line("</ul>");
            Line("</section>");
        }

        Line("</div>");
        Line("<div class=\"front-main\">");
        Line("<section class=\"key-points\">");
        Line($"<h2 class=\"front-heading\">{E(f.KeyPointsHeading)}</h2>");
        foreach (var point in f.KeyPoints)
        {
            Line($"<p><strong class=\"key-point-label\">{E(point.Label)}</strong>{E(point.Text)}</p>");
        }

        Line("</section>");
        Line("<section class=\"risk-warning\">");
        Line($"<p><strong>{E(f.RiskWarning.Label)}</strong>{E(f.RiskWarning.Text)}</p>");
        Line("</section>");
        Line("</div>");
        if (f.ForecastTable is not null)
        {
            Table(f.ForecastTable);
        }

        Line("</div>");
    }

    /// <summary>A numbered chapter or an appendix; a major one starts a new printed page.</summary>
    private void Section(SectionBlock s)
    {
        var major = s.Major ? " major" : "";
        if (s.Number is { } number)
        {
            var n = number.ToString(CultureInfo.InvariantCulture);
            Line($"<section class=\"chapter{major}\" id=\"section-{n}\">");
            Line($"<h2><span class=\"num\">{E(s.NumberText)}</span>{E(s.Heading)}</h2>");
        }
        else
        {
            Line($"<section class=\"appendix {(s.Kind == SectionKind.Methods ? "methods" : "disclaimer")}{major}\">");
            Line($"<h2>{E(s.Heading)}</h2>");
        }

        foreach (var block in s.Blocks)
        {
            Block(block);
        }

        Line("</section>");
    }

    private void Block(Block block)
    {
        switch (block)
        {
            case ParagraphBlock p:
                Line($"<p>{string.Concat(p.Runs.Select(r => r.Style == TextWeight.Strong ? $"<strong>{E(r.Text)}</strong>" : E(r.Text)))}</p>");
                break;
            case NoteBlock n:
                Line($"<p class=\"empty-note\">{E(n.Text)}</p>");
                break;
            case ListBlock l:
                Line("<ul>");
                foreach (var item in l.Items)
                {
                    Line($"<li>{E(item)}</li>");
                }

                Line("</ul>");
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
            Line($"<p class=\"news-tier\">{E(group.Tier)}</p>");
        }

        Line("<section class=\"news-group\">");
        Line($"<h3>{E(group.Heading)}</h3>");
        Line("<ol>");
        foreach (var item in group.Items)
        {
            Line($"<li><strong>{E(item.Title)}</strong><span class=\"news-meta\">{E(item.Meta)}</span>{E(item.Body)}</li>");
        }

        Line("</ol>");
        Line("</section>");
    }

    private static string E(string text) => HtmlText.Encode(text);

    private void Line(string text) => _sb.Append(text).Append('\n');
}
