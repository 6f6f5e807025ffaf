using DocumentFormat.OpenXml.Packaging;
using SectorScope.Pipeline;
using SectorScope.Rendering.Docx;
using SectorScope.Reporting.Model;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Rendering.Docx;

/// <summary>The demo workspace's report rendered once as report.docx, with stand-in chart pictures.</summary>
public sealed class DemoDocxFixture : IDisposable
{
    public DemoDocxFixture()
    {
        Workspace = Repository.CopyToTemp(Repository.DemoWorkspace);
        Model = ReportPipeline.BuildModel(Workspace, null, null).Model;
        Charts = ChartPngs.Draw(Model);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Bytes = DocxRenderer.Render(Model, Charts, null);
        RenderTime = clock.Elapsed;
        DocxPath = Path.Combine(Workspace, "report.docx");
        File.WriteAllBytes(DocxPath, Bytes);
    }

    public string Workspace { get; }

    public ReportModel Model { get; }

    public IReadOnlyDictionary<string, byte[]> Charts { get; }

    public byte[] Bytes { get; }

    public TimeSpan RenderTime { get; }

    public string DocxPath { get; }

    public WordprocessingDocument Open() => WordprocessingDocument.Open(new MemoryStream(Bytes, writable: false), isEditable: false);

    public void Dispose() => Directory.Delete(Workspace, recursive: true);
}
