using SectorScope.Reporting.Model;
using SectorScope.Reporting.Wordings;

namespace SectorScope.Reporting;

/// <summary>
/// Hands out figure and table numbers in reading order as the builder adds them, with their labels in the
/// report's language (图1/表1, Figure 1/Table 1); report.json records both, the document layout shows them.
/// </summary>
internal sealed class Numbering(Wording wording)
{
    public List<ReportTable> Tables { get; } = [];

    public List<ReportFigure> Figures { get; } = [];

    public int NextTable => Tables.Count + 1;

    public int NextFigure => Figures.Count + 1;

    public string Add(ReportTable table)
    {
        Tables.Add(table with { Number = NextTable, Label = wording.TableLabel(NextTable) });
        return table.Id;
    }

    public string Add(ReportFigure figure)
    {
        Figures.Add(figure with { Number = NextFigure, Label = wording.FigureLabel(NextFigure) });
        return figure.Id;
    }
}
