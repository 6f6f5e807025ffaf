using SectorScope.Rendering.Charts;

namespace SectorScope.Rendering.Layout;

/// <summary>
/// One output format of the laid-out document. A renderer maps blocks to its format and adds no words;
/// a new format is one more implementation listed in <see cref="Output.DocumentFormats"/>.
/// </summary>
public interface IDocumentRenderer
{
    /// <summary>The name <c>--format</c> uses: md, html, docx.</summary>
    string Format { get; }

    /// <summary>The file it writes in the output folder.</summary>
    string FileName { get; }

    /// <param name="document">The laid-out report.</param>
    /// <param name="charts">The drawn charts by figure id; a figure without one shows its caption, a note and its source.</param>
    /// <param name="template">The firm's Word template, for formats that use one.</param>
    byte[] Render(ReportDocument document, IReadOnlyDictionary<string, RenderedChart> charts, byte[]? template);
}
