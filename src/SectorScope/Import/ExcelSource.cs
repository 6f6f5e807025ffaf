using System.Text;
using ExcelDataReader;

namespace SectorScope.Import;

/// <summary>
/// One sheet of an .xlsx or .xls workbook, read row by row with ExcelDataReader (the sheet's XML is
/// streamed, never loaded whole). No Excel or LibreOffice is needed.
/// </summary>
public sealed class ExcelSource : ISheetSource
{
    private readonly Stream _stream;
    private readonly IExcelDataReader _reader;

    static ExcelSource()
    {
        // .xls (BIFF) workbooks carry text in Windows code pages that .NET only has through this provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    private ExcelSource(Stream stream, IExcelDataReader reader, string description)
    {
        _stream = stream;
        _reader = reader;
        Description = description;
    }

    public string Description { get; }

    public double Progress => _stream.Length == 0 ? 1 : Math.Min(1, (double)_stream.Position / _stream.Length);

    /// <summary>Opens the workbook on <paramref name="sheet"/> (the first sheet when null).</summary>
    public static ExcelSource Open(Stream stream, string format, string? sheet)
    {
        IExcelDataReader reader;
        try
        {
            reader = ExcelReaderFactory.CreateReader(stream);
        }
        catch (Exception e)
        {
            stream.Dispose();
            throw new SourceUnreadableException($"不是可读取的 Excel 工作簿（{Reason(e)}）");
        }

        try
        {
            var names = new List<string>();
            do
            {
                names.Add(reader.Name ?? "");
                if (sheet is null || reader.Name == sheet)
                {
                    var others = reader.ResultsCount > 1 ? $"，共 {reader.ResultsCount} 个工作表" : "";
                    return new ExcelSource(stream, reader, $"Excel {format}（工作表「{reader.Name}」{others}）");
                }
            }
            while (reader.NextResult());

            throw new SourceUnreadableException($"没有名为「{sheet}」的工作表（有：{string.Join("、", names)}）");
        }
        catch (Exception e)
        {
            reader.Dispose();
            stream.Dispose();
            throw e is SourceUnreadableException ? e : new SourceUnreadableException($"工作表无法读取（{Reason(e)}）");
        }
    }

    public IEnumerable<SheetRow> Rows()
    {
        int row = 0;
        while (Next())
        {
            row++;
            var cells = new object?[_reader.FieldCount];
            for (int i = 0; i < cells.Length; i++)
            {
                cells[i] = _reader.GetValue(i);
            }

            yield return new SheetRow(row, cells);
        }

        bool Next()
        {
            try
            {
                return _reader.Read();
            }
            catch (Exception e)
            {
                throw new SourceUnreadableException($"工作表在此行之后无法读取（{Reason(e)}）", row + 1);
            }
        }
    }

    /// <summary>The library's message, one line, for the user to pass on; never a stack trace.</summary>
    private static string Reason(Exception e) => e.Message.ReplaceLineEndings(" ").Trim() is { Length: > 0 } m ? m[..Math.Min(m.Length, 200)] : e.GetType().Name;

    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }
}
