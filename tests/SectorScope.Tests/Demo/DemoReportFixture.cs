using SectorScope.Pipeline;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Demo;

/// <summary>Runs the demo report once, from a copy of the bundled workspace, for all demo tests.</summary>
public sealed class DemoReportFixture : IDisposable
{
    public DemoReportFixture()
    {
        Workspace = Repository.CopyToTemp(Repository.DemoWorkspace);
        Output = Workspace + "-out";
        Result = ReportPipeline.Run(Workspace, null, null, Output, OutputFormats.All);
    }

    public string Workspace { get; }

    public string Output { get; }

    public ReportRunResult Result { get; }

    public string Markdown => File.ReadAllText(Path.Combine(Output, "report.md"));

    public IReadOnlyList<Dictionary<string, string>> Csv(string name) => ExpectedCsv.Read(Path.Combine(Output, "tables", name + ".csv"));

    public void Dispose()
    {
        Directory.Delete(Workspace, recursive: true);
        Directory.Delete(Output, recursive: true);
    }
}
