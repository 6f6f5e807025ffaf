using DocumentFormat.OpenXml.Packaging;
using SectorScope.Reporting.Model;
using SectorScope.Tests.Demo;

namespace SectorScope.Tests.Rendering.Docx;

/// <summary>The demo run's report.docx and the chart pictures it was rendered with (figure id → PNG).</summary>
public sealed class DemoDocx(DemoReportFixture demo)
{
    /// <summary>A folder of the run where a test may write files of its own.</summary>
    public string Workspace => demo.Scratch;

    public ReportModel Model => demo.Model;

    public IReadOnlyDictionary<string, byte[]> Charts { get; } =
        demo.Model.Figures.ToDictionary(f => f.Id, f => File.ReadAllBytes(Path.Combine(demo.Output, "charts", f.FileStem + ".png")), StringComparer.Ordinal);

    public string DocxPath => Path.Combine(demo.Output, "report.docx");

    public byte[] Bytes { get; } = File.ReadAllBytes(Path.Combine(demo.Output, "report.docx"));

    public WordprocessingDocument Open() => WordprocessingDocument.Open(new MemoryStream(Bytes, writable: false), isEditable: false);
}
