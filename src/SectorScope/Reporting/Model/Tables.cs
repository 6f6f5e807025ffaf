namespace SectorScope.Reporting.Model;

public enum ColumnAlign
{
    Left,
    Right,
    Center,
}

public sealed record TableColumn(string Header, ColumnAlign Align = ColumnAlign.Left, string? Group = null);

/// <summary>A cell: its display text and, for numbers, the unrounded value.</summary>
public sealed record TableCell(string Text, double? Value = null)
{
    public static TableCell Of(Quantity q) => new(q.Display, q.Value);

    public static implicit operator TableCell(string text) => new(text);
}

/// <summary>A numbered table as it appears in the report (表N), with its source line.</summary>
public sealed record ReportTable(string Id, int Number, string Caption, IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<TableCell>> Rows, string SourceLine, string? Note = null)
{
    /// <summary>表1 / Table 1: given with the number, in the report's language.</summary>
    public string Label { get; init; } = "";
}

/// <summary>A machine-readable table written to <c>tables/NAME.csv</c>: exact columns, unrounded numbers.</summary>
public sealed record DataTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);
