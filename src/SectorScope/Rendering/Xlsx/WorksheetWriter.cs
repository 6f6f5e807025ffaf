using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using SectorScope.Reporting.Model;

namespace SectorScope.Rendering.Xlsx;

/// <summary>One table as a worksheet: a bold frozen header row, numbers as numeric cells at full precision.</summary>
internal static class WorksheetWriter
{
    private const double MinWidth = 8;
    private const double MaxWidth = 60;

    public static Worksheet Build(DataTable table, SharedStrings strings, bool selected)
    {
        var data = new SheetData();
        var header = new Row { RowIndex = 1U };
        for (int c = 0; c < table.Columns.Count; c++)
        {
            header.Append(StringCell(Reference(c, 1), table.Columns[c], strings, XlsxWorkbookWriter.HeaderStyle));
        }

        data.Append(header);
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var rowIndex = (uint)(r + 2);
            var row = new Row { RowIndex = rowIndex };
            var values = table.Rows[r];
            for (int c = 0; c < values.Count; c++)
            {
                if (ValueCell(Reference(c, rowIndex), values[c], strings) is { } cell)
                {
                    row.Append(cell);
                }
            }

            data.Append(row);
        }

        var lastColumn = Math.Max(table.Columns.Count, 1) - 1;
        return new Worksheet(
            new SheetDimension { Reference = $"A1:{Reference(lastColumn, (uint)(table.Rows.Count + 1))}" },
            new SheetViews(FrozenHeader(selected)),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            Widths(table),
            data);
    }

    private static SheetView FrozenHeader(bool selected) =>
        new(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        {
            WorkbookViewId = 0U,
            TabSelected = selected ? true : null,
        };

    private static Columns Widths(DataTable table)
    {
        var columns = new Columns();
        for (int c = 0; c < table.Columns.Count; c++)
        {
            var width = table.Rows.Select(r => c < r.Count ? CellWidth(r[c]) : 0).Append(DisplayWidth(table.Columns[c]) + 2).Max() + 2;
            var n = (uint)(c + 1);
            columns.Append(new Column { Min = n, Max = n, Width = Math.Clamp(width, MinWidth, MaxWidth), CustomWidth = true });
        }

        return columns;
    }

    /// <summary>Numbers show about eleven digits in a General cell, whatever their precision.</summary>
    private static int CellWidth(object? value) => value is string or null ? DisplayWidth(Text(value)) : Math.Min(DisplayWidth(Text(value)), 12);

    /// <summary>Characters as Excel sizes them: East Asian wide characters take two.</summary>
    private static int DisplayWidth(string text) => text.Sum(ch => ch >= 0x1100 && (ch <= 0x115F || (ch >= 0x2E80 && ch <= 0xA4CF) || (ch >= 0xAC00 && ch <= 0xD7A3) || (ch >= 0xF900 && ch <= 0xFAFF) || (ch >= 0xFE30 && ch <= 0xFE4F) || (ch >= 0xFF00 && ch <= 0xFF60) || (ch >= 0xFFE0 && ch <= 0xFFE6)) ? 2 : 1);

    private static Cell? ValueCell(string reference, object? value, SharedStrings strings) => value switch
    {
        null => null,
        double d when double.IsFinite(d) => Number(reference, d.ToString("R", CultureInfo.InvariantCulture)),
        float f when float.IsFinite(f) => Number(reference, ((double)f).ToString("R", CultureInfo.InvariantCulture)),
        int or long or short or byte or uint or ulong or ushort or sbyte or decimal => Number(reference, ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture)),
        bool b => new Cell { CellReference = reference, DataType = CellValues.Boolean, CellValue = new CellValue(b ? "1" : "0") },
        _ => StringCell(reference, Text(value), strings, null),
    };

    private static Cell Number(string reference, string invariant) => new() { CellReference = reference, CellValue = new CellValue(invariant) };

    private static Cell StringCell(string reference, string text, SharedStrings strings, uint? style) => new()
    {
        CellReference = reference,
        DataType = CellValues.SharedString,
        StyleIndex = style,
        CellValue = new CellValue(strings.Add(text).ToString(CultureInfo.InvariantCulture)),
    };

    /// <summary>The text a cell shows, as the CSV writer would write it.</summary>
    private static string Text(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>A1-style reference: column index from 0, row from 1.</summary>
    public static string Reference(int column, uint row)
    {
        var letters = "";
        for (int n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters + row.ToString(CultureInfo.InvariantCulture);
    }
}
