using SectorScope.Rendering.Pdf;
using SectorScope.Tests.Rendering.Docx;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Rendering.Pdf;

/// <summary>The demo report.docx converted once to report.pdf by the real LibreOffice, with its text and page sizes.</summary>
public sealed class DemoPdfFixture : IDisposable
{
    private readonly DemoDocxFixture _docx = new();

    public DemoPdfFixture()
    {
        PdfPath = Path.Combine(_docx.Workspace, "out", "report.pdf");
        PdfConverter.Convert(_docx.DocxPath, PdfPath);
        Text = Tool.Run("pdftotext", "-enc", "UTF-8", PdfPath, "-");
        Info = Tool.Run("pdfinfo", "-f", "1", "-l", "1000", PdfPath);
    }

    public DemoDocxFixture Docx => _docx;

    public string PdfPath { get; }

    public string Text { get; }

    public string Info { get; }

    public void Dispose() => _docx.Dispose();
}
