using SectorScope.Reporting.Model;
using SectorScope.Reporting.Wordings;

namespace SectorScope.Rendering.Xlsx;

/// <summary>The data behind a figure as a table: its categories, one column per series, one per reference line.</summary>
internal static class FigureSheet
{
    public static DataTable Of(ReportFigure figure, Wording wording)
    {
        var first = figure.Kind is FigureKind.Lines or FigureKind.BandedHistory ? wording.DateColumn : wording.CategoryColumn;
        var columns = new List<string> { first };
        columns.AddRange(figure.Series.Select(s => s.Name));
        columns.AddRange(figure.ReferenceLines.Select(r => r.Label));
        var rows = new List<IReadOnlyList<object?>>(figure.Categories.Count);
        for (int i = 0; i < figure.Categories.Count; i++)
        {
            var row = new List<object?>(columns.Count) { figure.Categories[i] };
            row.AddRange(figure.Series.Select(s => i < s.Values.Count && s.Values[i] is { } v ? (object)v : null));
            row.AddRange(figure.ReferenceLines.Select(r => (object)r.Value));
            rows.Add(row);
        }

        return new DataTable(figure.FileStem, columns, rows);
    }
}
