namespace SectorScope.Import;

/// <summary>One row of a source table: its 1-based number (CSV line or sheet row) and its cells.</summary>
public sealed record SheetRow(int Number, object?[] Cells);

/// <summary>
/// A table read row by row, never whole: a delimited text file or one sheet of a workbook. Reading can
/// fail part-way (a truncated file, bad bytes); the caller turns that into a message with the row.
/// </summary>
public interface ISheetSource : IDisposable
{
    /// <summary>What was opened, for the layout line of the output ("CSV，GB18030，逗号分隔").</summary>
    string Description { get; }

    /// <summary>How much of the file has been read, 0 to 1, for the progress display.</summary>
    double Progress { get; }

    IEnumerable<SheetRow> Rows();
}

/// <summary>A source that cannot be opened at all (not a workbook, no such sheet); the message is the user's.</summary>
public sealed class SourceUnreadableException(string message, int row = 0) : Exception(message)
{
    public int Row { get; } = row;
}
