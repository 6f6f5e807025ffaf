using System.Globalization;
using System.Text;
using SectorScope.Reporting.Model;

namespace SectorScope.Rendering.Html;

/// <summary>Writes the page: head and style, the front page, the numbered sections, methods and disclaimer.</summary>
internal sealed partial class HtmlReportWriter(ReportModel model, IReadOnlyDictionary<string, string> charts)
{
    private readonly StringBuilder _sb = new();

    public string Write()
    {
        var h = model.Header;
        Line("<!DOCTYPE html>");
        Line("<html lang=\"zh-CN\">");
        Line("<head>");
        Line("<meta charset=\"utf-8\">");
        Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Line($"<title>{E(h.Subtitle is null ? h.Title : $"{h.Title}：{h.Subtitle}")}</title>");
        Line("<style>");
        _sb.Append(ReportStyleSheet.With(HtmlText.CssString($"{h.Firm}　{h.PageFooter}")));
        Line("</style>");
        Line("</head>");
        Line("<body>");
        Line("<article class=\"report\">");
        FrontPage();
        Sections();
        Appendix();
        Line($"<footer class=\"page-footer\">{E(h.Firm)}　{E(h.PageFooter)}</footer>");
        Line("</article>");
        Line("</body>");
        Line("</html>");
        return _sb.ToString();
    }

    private void Sections()
    {
        var m = model;
        int n = 1;
        OpenChapter(n++, m.MarketReview.Heading, major: true);
        Paragraphs(m.MarketReview.Paragraphs);
        Figures(m.MarketReview.FigureIds);
        Tables(m.MarketReview.TableIds);
        CloseChapter();

        OpenChapter(n++, m.Valuation.Heading, major: true);
        Paragraphs(m.Valuation.Paragraphs);
        Figures(m.Valuation.FigureIds);
        CloseChapter();

        foreach (var section in new[] { m.AiNews, m.Policy, m.IndustryNews, m.CompanyNews })
        {
            OpenChapter(n++, section.Heading, major: section.Groups.Count > 0 || section.FigureIds.Count > 0 || section.TableIds.Count > 0);
            News(section);
            Figures(section.FigureIds);
            Tables(section.TableIds);
            CloseChapter();
        }

        Prose(n++, m.Recommendation);
        Changes(n++);
        Prose(n++, m.Risks);
    }

    private void Prose(int number, TextSection section)
    {
        OpenChapter(number, section.Heading, major: false);
        if (section.Paragraphs.Count == 0 && section.EmptyNote is not null)
        {
            Line($"<p class=\"empty-note\">{E(section.EmptyNote)}</p>");
        }

        Paragraphs(section.Paragraphs);
        CloseChapter();
    }

    private void Changes(int number)
    {
        var changes = model.Changes;
        OpenChapter(number, changes.Heading, major: false);
        if (changes.EmptyNote is not null)
        {
            Line($"<p class=\"empty-note\">{E(changes.EmptyNote)}</p>");
        }

        Paragraphs(changes.Paragraphs);
        Tables(changes.TableIds);
        CloseChapter();
    }

    private void Appendix()
    {
        Line("<section class=\"appendix methods major\">");
        Line("<h2>计算方法说明</h2>");
        Line("<ul>");
        foreach (var line in model.Methods.Lines)
        {
            Line($"<li>{E(line)}</li>");
        }

        Line("</ul>");
        Line("</section>");
        Line("<section class=\"appendix disclaimer\">");
        Line($"<h2>{E(model.Disclaimer.Heading)}</h2>");
        Paragraphs(model.Disclaimer.Paragraphs);
        Line("</section>");
    }

    /// <summary>A numbered section; a major one starts a new printed page.</summary>
    private void OpenChapter(int number, string heading, bool major)
    {
        var n = number.ToString(CultureInfo.InvariantCulture);
        Line($"<section class=\"chapter{(major ? " major" : "")}\" id=\"section-{n}\">");
        Line($"<h2><span class=\"num\">{n}.</span>{E(heading)}</h2>");
    }

    private void CloseChapter() => Line("</section>");

    private void Paragraphs(IEnumerable<string> paragraphs)
    {
        foreach (var p in paragraphs)
        {
            Line($"<p>{E(p)}</p>");
        }
    }

    private static string E(string text) => HtmlText.Encode(text);

    private void Line(string text) => _sb.Append(text).Append('\n');
}
