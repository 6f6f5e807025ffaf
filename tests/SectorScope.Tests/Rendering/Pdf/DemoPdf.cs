using SectorScope.Tests.Demo;
using SectorScope.Tests.Rendering.Docx;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Rendering.Pdf;

/// <summary>The demo run's report.pdf (LibreOffice's rendering of its report.docx), with its text and page sizes read by poppler.</summary>
public sealed class DemoPdf(DemoReportFixture demo)
{
    public DemoDocx Docx => demo.Docx;

    public string PdfPath => Path.Combine(demo.Output, "report.pdf");

    public string Text { get; } = Tool.Run("pdftotext", "-enc", "UTF-8", Path.Combine(demo.Output, "report.pdf"), "-");

    public string Info { get; } = Tool.Run("pdfinfo", "-f", "1", "-l", "1000", Path.Combine(demo.Output, "report.pdf"));
}
