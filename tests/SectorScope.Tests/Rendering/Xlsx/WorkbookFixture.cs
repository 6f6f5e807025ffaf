using SectorScope.Rendering.Xlsx;

namespace SectorScope.Tests.Rendering.Xlsx;

/// <summary>The demo workbook, written once and read back by LibreOffice Calc once for all workbook tests.</summary>
public sealed class WorkbookFixture : IDisposable
{
    private readonly DemoModelFixture _demo = new();
    private readonly Lazy<IReadOnlyDictionary<string, string>> _csvBySheet;

    public WorkbookFixture()
    {
        Folder = Path.Combine(Path.GetTempPath(), "sectorscope-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Bytes = XlsxRenderer.Render(Model);
        WorkbookPath = Path.Combine(Folder, "tables.xlsx");
        File.WriteAllBytes(WorkbookPath, Bytes);
        _csvBySheet = new(() => LibreOfficeCsv.ConvertSheets(WorkbookPath, Path.Combine(Folder, "csv")));
    }

    public SectorScope.Reporting.Model.ReportModel Model => _demo.Model;

    public string Folder { get; }

    public string WorkbookPath { get; }

    public byte[] Bytes { get; }

    /// <summary>Sheet name → the CSV LibreOffice wrote for it.</summary>
    public IReadOnlyDictionary<string, string> CsvBySheet => _csvBySheet.Value;

    public void Dispose()
    {
        _demo.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
