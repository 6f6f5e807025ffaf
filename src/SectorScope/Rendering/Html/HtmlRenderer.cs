using SectorScope.Reporting.Model;

namespace SectorScope.Rendering.Html;

/// <summary>
/// Renders the report model as one self-contained HTML page: inline style sheet, charts inlined as
/// SVG, no scripts and nothing loaded from elsewhere. Sections, 图N/表N numbering and source lines
/// follow the Markdown report; every text from the model is HTML-encoded.
/// </summary>
public static class HtmlRenderer
{
    /// <param name="model">The report.</param>
    /// <param name="chartSvgsByFigureId">
    /// <see cref="ReportFigure.Id"/> → the chart's SVG document. A figure without one shows its
    /// caption, a note and its source line.
    /// </param>
    public static string Render(ReportModel model, IReadOnlyDictionary<string, string> chartSvgsByFigureId)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(chartSvgsByFigureId);
        return Render(Layout.DocumentLayout.Lay(model), chartSvgsByFigureId);
    }

    /// <summary>The page of a laid-out document; charts by figure id as above.</summary>
    public static string Render(Layout.ReportDocument document, IReadOnlyDictionary<string, string> chartSvgsByFigureId)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(chartSvgsByFigureId);
        return new HtmlReportWriter(document, chartSvgsByFigureId).Write();
    }
}
