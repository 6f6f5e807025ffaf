using SectorScope.Reporting.Model;
using SectorScope.Tests.Demo;

namespace SectorScope.Tests.Rendering.Xlsx;

/// <summary>The demo run's tables.xlsx, read back by LibreOffice Calc once, on first use, for all workbook tests.</summary>
public sealed class DemoWorkbook
{
    private readonly Lazy<IReadOnlyDictionary<string, string>> _csvBySheet;

    public DemoWorkbook(DemoReportFixture demo)
    {
        Model = demo.Model;
        WorkbookPath = Path.Combine(demo.Output, "tables.xlsx");
        Bytes = File.ReadAllBytes(WorkbookPath);
        _csvBySheet = new(() => LibreOfficeCsv.ConvertSheets(WorkbookPath, Path.Combine(demo.Scratch, "workbook-csv")));
    }

    public ReportModel Model { get; }

    public string WorkbookPath { get; }

    public byte[] Bytes { get; }

    /// <summary>Sheet name → the CSV LibreOffice wrote for it.</summary>
    public IReadOnlyDictionary<string, string> CsvBySheet => _csvBySheet.Value;
}
