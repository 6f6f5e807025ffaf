using SectorScope.Rendering.Output;
using SectorScope.Reporting.Model;
using SectorScope.Reporting.Wordings;

namespace SectorScope.Rendering.Xlsx;

/// <summary>
/// Writes the report's numbers as a workbook: one sheet per machine-readable table (the same columns
/// and full-precision numbers as tables/*.csv) and one sheet per figure with the data it plots.
/// The bytes depend only on the model.
/// </summary>
public static class XlsxRenderer
{
    public static byte[] Render(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var tables = model.DataTables.Concat(model.Figures.Select(f => FigureSheet.Of(f, Wording.For(model.Language)))).ToList();
        var names = WorksheetNames.Assign(tables.Select(t => t.Name));
        var sheets = tables.Select((t, i) => t with { Name = names[i] }).ToList();
        var properties = new WorkbookProperties(model.Header.Title, model.Header.Firm, model.Header.AsOf);
        return DeterministicZip.Normalise(XlsxWorkbookWriter.Write(sheets, properties));
    }
}
