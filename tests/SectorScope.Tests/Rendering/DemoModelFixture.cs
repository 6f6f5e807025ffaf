using SectorScope.Pipeline;
using SectorScope.Reporting.Model;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Rendering;

/// <summary>The demo report model, built once from a copy of the bundled workspace, for the renderer tests.</summary>
public sealed class DemoModelFixture : IDisposable
{
    private readonly string _workspace;

    public DemoModelFixture()
    {
        _workspace = Repository.CopyToTemp(Repository.DemoWorkspace);
        Model = ReportPipeline.BuildModel(_workspace, null, null).Model;
    }

    public ReportModel Model { get; }

    public void Dispose() => Directory.Delete(_workspace, recursive: true);
}
