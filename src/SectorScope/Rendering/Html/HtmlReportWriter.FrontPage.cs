namespace SectorScope.Rendering.Html;

/// <summary>The front page: report type, title and thesis, rating and analysts, key points, forecasts, related research, risks.</summary>
internal sealed partial class HtmlReportWriter
{
    private void FrontPage()
    {
        var h = model.Header;
        var front = model.FrontPage;
        Line("<header class=\"masthead\">");
        Line($"<span class=\"report-type\">{E(h.ReportType)}</span>");
        Line($"<span class=\"firm\">{E(h.Firm)}</span>");
        Line("</header>");
        Line($"<h1 class=\"title\">{E(h.Title)}</h1>");
        if (h.Subtitle is not null)
        {
            Line($"<p class=\"thesis\">{E(h.Subtitle)}</p>");
        }

        Line("<div class=\"front\">");
        Line("<div class=\"front-side\">");
        Line("<section class=\"side-box rating\">");
        Line("<h2>行业评级</h2>");
        Line($"<p class=\"rating-value\">{E(h.SectorRating ?? "—")}</p>");
        Line("<dl>");
        Line($"<dt>行业</dt><dd>{E(h.Sector)}</dd>");
        Line($"<dt>报告期</dt><dd>{E(h.Period)}</dd>");
        Line($"<dt>数据截至</dt><dd>{E(h.AsOf)}</dd>");
        Line("</dl>");
        Line("</section>");
        if (h.Analysts.Count > 0)
        {
            Line("<section class=\"side-box analysts\">");
            Line("<h2>证券分析师</h2>");
            foreach (var a in h.Analysts)
            {
                Line($"<p class=\"analyst\">{E(a.Name)}<span class=\"licence\">执业证书编号：{E(a.Licence)}</span></p>");
            }

            Line("</section>");
        }

        if (front.RelatedResearch.Count > 0)
        {
            Line("<section class=\"side-box related\">");
            Line("<h2>相关研究报告</h2>");
            Line("<ul>");
            foreach (var r in front.RelatedResearch)
            {
                Line($"<li>《{E(r.Title)}》<span class=\"date\">{E(r.Date)}</span></li>");
            }

            Line("</ul>");
            Line("</section>");
        }

        Line("</div>");
        Line("<div class=\"front-main\">");
        Line("<section class=\"key-points\">");
        Line("<h2 class=\"front-heading\">核心观点</h2>");
        foreach (var point in front.KeyPoints)
        {
            Line($"<p><strong class=\"key-point-label\">{E(point.Label)}：</strong>{E(point.Text)}</p>");
        }

        Line("</section>");
        Line("<section class=\"risk-warning\">");
        Line($"<p><strong>风险提示：</strong>{E(front.RiskWarning)}</p>");
        Line("</section>");
        Line("</div>");
        Table(model.Table(front.ForecastTableId));
        Line("</div>");
    }
}
