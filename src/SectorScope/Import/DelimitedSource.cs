using System.Text;
using SectorScope.Workspace;

namespace SectorScope.Import;

/// <summary>
/// CSV or TSV text in UTF-8 (with or without BOM) or GB18030/GBK, read as a stream. The encoding and the
/// delimiter are decided on the first megabyte; a later byte that does not fit the encoding stops the read
/// with the row it is on.
/// </summary>
public sealed class DelimitedSource : ISheetSource
{
    private const int SniffBytes = 1 << 20;
    private readonly Stream _stream;
    private readonly TextReader _reader;
    private readonly char _delimiter;

    private DelimitedSource(Stream stream, TextReader reader, char delimiter, string description)
    {
        _stream = stream;
        _reader = reader;
        _delimiter = delimiter;
        Description = description;
    }

    public string Description { get; }

    public double Progress => _stream.Length == 0 ? 1 : (double)_stream.Position / _stream.Length;

    /// <summary>Opens <paramref name="stream"/>; throws <see cref="SourceUnreadableException"/> when its encoding is neither.</summary>
    public static DelimitedSource Open(Stream stream, bool tabHint)
    {
        var head = new byte[(int)Math.Min(SniffBytes, stream.Length)];
        stream.ReadExactly(head);
        stream.Position = 0;
        // A sniff that ends inside a multi-byte character is cut back to its last full line.
        var whole = head.Length == stream.Length;
        var lastNewline = Array.LastIndexOf(head, (byte)'\n');
        var sample = whole || lastNewline < 0 ? head : head[..(lastNewline + 1)];
        Encoding encoding;
        string text;
        string name;
        if (InputText.TryUtf8(sample, out text, out _))
        {
            encoding = new UTF8Encoding(false, throwOnInvalidBytes: true);
            name = InputText.Utf8;
        }
        else if (InputText.TryGb18030(sample, out text))
        {
            encoding = CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;
            name = InputText.Gb18030;
        }
        else
        {
            throw new SourceUnreadableException("既不是 UTF-8 也不是 GB18030/GBK 中文文本，无法读取（请另存为 UTF-8 CSV）");
        }

        char delimiter = Delimiter(text, tabHint);
        var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        var label = delimiter switch { '\t' => "制表符分隔", ';' => "分号分隔", _ => "逗号分隔" };
        return new DelimitedSource(stream, reader, delimiter, $"文本表格（{name}，{label}）");
    }

    /// <summary>The delimiter that splits the first lines most evenly: tab, semicolon or comma.</summary>
    private static char Delimiter(string text, bool tabHint)
    {
        var lines = text.Split('\n', 21).Take(20).Where(l => l.Trim().Length > 0).ToArray();
        int Count(char c) => lines.Sum(l => l.Count(x => x == c));
        int tabs = Count('\t'), commas = Count(','), semicolons = Count(';');
        if (tabHint && tabs > 0 || tabs > commas && tabs >= semicolons)
        {
            return '\t';
        }

        return semicolons > commas ? ';' : ',';
    }

    public IEnumerable<SheetRow> Rows()
    {
        var fields = new List<object?>();
        var field = new StringBuilder();
        int line = 1, rowLine = 1;
        bool inQuotes = false, justClosed = false, first = true;
        var buffer = new char[1 << 16];
        int read;
        while ((read = ReadBlock(buffer, line)) > 0)
        {
            for (int i = 0; i < read; i++)
            {
                char c = buffer[i];
                if (first)
                {
                    first = false;
                    if (c == '\uFEFF')
                    {
                        continue;
                    }
                }

                if (inQuotes)
                {
                    if (c == '"')
                    {
                        inQuotes = false;
                        justClosed = true;
                    }
                    else
                    {
                        line += c == '\n' ? 1 : 0;
                        field.Append(c);
                    }

                    continue;
                }

                bool afterQuote = justClosed;
                justClosed = false;
                if (c == '"')
                {
                    // A doubled quote inside a quoted field: the quote that just closed it reopens, one '"' kept.
                    if (afterQuote)
                    {
                        field.Append('"');
                    }

                    inQuotes = true;
                }
                else if (c == _delimiter)
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '\n')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return new SheetRow(rowLine, [.. fields]);
                    fields.Clear();
                    line++;
                    rowLine = line;
                }
                else if (c != '\r')
                {
                    field.Append(c);
                }
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return new SheetRow(rowLine, [.. fields]);
        }
    }

    private int ReadBlock(char[] buffer, int line)
    {
        try
        {
            return _reader.Read(buffer, 0, buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            throw new SourceUnreadableException("此处起的字节不符合文件开头的编码（文件混用了 UTF-8 与 GBK？）", line);
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }
}
