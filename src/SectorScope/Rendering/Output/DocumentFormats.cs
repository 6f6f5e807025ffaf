using System.Text;
using SectorScope.Rendering.Charts;
using SectorScope.Rendering.Docx;
using SectorScope.Rendering.Html;
using SectorScope.Rendering.Layout;
using SectorScope.Rendering.Markdown;

namespace SectorScope.Rendering.Output;

/// <summary>The formats the laid-out document is written in, in the order they are written. Adding a format is adding one line here.</summary>
public static class DocumentFormats
{
    public static readonly IReadOnlyList<IDocumentRenderer> All = [new MarkdownFormat(), new HtmlFormat(), new DocxFormat()];

    private static readonly UTF8Encoding Utf8 = new(false);

    private sealed class MarkdownFormat : IDocumentRenderer
    {
        public string Format => "md";

        public string FileName => "report.md";

        public byte[] Render(ReportDocument document, IReadOnlyDictionary<string, RenderedChart> charts, byte[]? template) =>
            Utf8.GetBytes(MarkdownRenderer.Render(document, chartsAvailable: charts.Count > 0));
    }

    private sealed class HtmlFormat : IDocumentRenderer
    {
        public string Format => "html";

        public string FileName => "report.html";

        public byte[] Render(ReportDocument document, IReadOnlyDictionary<string, RenderedChart> charts, byte[]? template) =>
            Utf8.GetBytes(HtmlRenderer.Render(document, charts.ToDictionary(c => c.Key, c => c.Value.Svg, StringComparer.Ordinal)));
    }

    private sealed class DocxFormat : IDocumentRenderer
    {
        public string Format => "docx";

        public string FileName => "report.docx";

        public byte[] Render(ReportDocument document, IReadOnlyDictionary<string, RenderedChart> charts, byte[]? template) =>
            DocxRenderer.Render(document, charts.ToDictionary(c => c.Key, c => c.Value.Png, StringComparer.Ordinal), template);
    }
}
