using SectorScope.Pipeline;
using SectorScope.Reporting.Model;
using SectorScope.Tests.Rendering.Docx;
using SectorScope.Tests.Rendering.Pdf;
using SectorScope.Tests.Rendering.Xlsx;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Demo;

/// <summary>
/// The demo report in every format, made once for the whole test run from a copy of the bundled workspace
/// (as the README's demo command writes it): every test of the <see cref="DemoReportCollection"/> reads this one
/// run, so the PDF is converted once. What only some tests need (the PDF's text, the workbook read back by
/// LibreOffice) is derived on first use.
/// </summary>
public sealed class DemoReportFixture : IDisposable
{
    private readonly Lazy<DemoDocx> _docx;
    private readonly Lazy<DemoPdf> _pdf;
    private readonly Lazy<DemoWorkbook> _workbook;

    public DemoReportFixture()
        : this(null, OutputFormats.All)
    {
    }

    /// <param name="share">Given, loads the copy's market data into a shared store and returns its address; the copy
    /// then loses its market files and the report reads them from that store.</param>
    private DemoReportFixture(Func<string, SectorScope.Workspace.StoreAddress>? share, OutputFormat formats)
    {
        Workspace = Repository.CopyToTemp(Repository.DemoWorkspace);
        Output = Workspace + "-out";
        Scratch = Workspace + "-scratch";
        Directory.CreateDirectory(Scratch);
        var store = share?.Invoke(Workspace);
        if (store is not null)
        {
            Directory.Delete(Path.Combine(Workspace, "prices"), recursive: true);
            File.Delete(Path.Combine(Workspace, "valuations.csv"));
            File.Delete(Path.Combine(Workspace, "fx.csv"));
        }

        Result = ReportPipeline.Run(Workspace, null, null, Output, formats, store: store).Value;
        _docx = new(() => new DemoDocx(this));
        _pdf = new(() => new DemoPdf(this));
        _workbook = new(() => new DemoWorkbook(this));
    }

    /// <summary>The demo reading its market data from a shared store, in every format but PDF.</summary>
    public static DemoReportFixture ReadingSharedStore(Func<string, SectorScope.Workspace.StoreAddress> share) => new(share, OutputFormats.Deterministic);

    /// <summary>The copy of the demo workspace the report was made from (it has recorded history/2024-11.json).</summary>
    public string Workspace { get; }

    /// <summary>The report's output folder.</summary>
    public string Output { get; }

    /// <summary>A folder for files a test makes from the outputs; removed with the fixture.</summary>
    public string Scratch { get; }

    public ReportRunResult Result { get; }

    public ReportModel Model => Result.Model;

    public string Markdown => File.ReadAllText(Path.Combine(Output, "report.md"));

    public DemoDocx Docx => _docx.Value;

    public DemoPdf Pdf => _pdf.Value;

    public DemoWorkbook Workbook => _workbook.Value;

    public IReadOnlyList<Dictionary<string, string>> Csv(string name) => ExpectedCsv.Read(Path.Combine(Output, "tables", name + ".csv"));

    public void Dispose()
    {
        foreach (var folder in new[] { Workspace, Output, Scratch }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>The tests that read the one demo run of <see cref="DemoReportFixture"/>; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class DemoReportCollection : ICollectionFixture<DemoReportFixture>
{
    public const string Name = "Demo report";
}
