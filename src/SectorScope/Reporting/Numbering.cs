using SectorScope.Reporting.Model;

namespace SectorScope.Reporting;

/// <summary>Hands out 图N and 表N numbers in reading order as the builder adds figures and tables.</summary>
internal sealed class Numbering
{
    public List<ReportTable> Tables { get; } = [];

    public List<ReportFigure> Figures { get; } = [];

    public int NextTable => Tables.Count + 1;

    public int NextFigure => Figures.Count + 1;

    public string Add(ReportTable table)
    {
        Tables.Add(table with { Number = NextTable });
        return table.Id;
    }

    public string Add(ReportFigure figure)
    {
        Figures.Add(figure with { Number = NextFigure });
        return figure.Id;
    }
}
