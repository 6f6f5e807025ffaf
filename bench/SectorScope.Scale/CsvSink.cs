using System.Buffers.Text;
using System.Buffers;

namespace SectorScope.Scale;

/// <summary>A streamed CSV writer over UTF-8 bytes: rows are formatted into a buffer and flushed, never held.</summary>
internal sealed class CsvSink : IDisposable
{
    private readonly FileStream _stream;
    private readonly byte[] _buffer = new byte[1 << 20];
    private int _used;

    public CsvSink(string path, string header)
    {
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.SequentialScan);
        if (header.Length > 0)
        {
            Ascii(header);
            Byte((byte)'\n');
        }
    }

    public CsvSink Bytes(ReadOnlySpan<byte> bytes)
    {
        Room(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
        return this;
    }

    public CsvSink Ascii(string text)
    {
        Room(text.Length * 3);
        _used += System.Text.Encoding.UTF8.GetBytes(text, _buffer.AsSpan(_used));
        return this;
    }

    public CsvSink Byte(byte b)
    {
        Room(1);
        _buffer[_used++] = b;
        return this;
    }

    public CsvSink Fixed(double value, byte decimals)
    {
        Room(32);
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_used), out int n, new StandardFormat('F', decimals));
        _used += n;
        return this;
    }

    public CsvSink Integer(long value)
    {
        Room(24);
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_used), out int n);
        _used += n;
        return this;
    }

    private void Room(int bytes)
    {
        if (_used + bytes > _buffer.Length)
        {
            _stream.Write(_buffer, 0, _used);
            _used = 0;
        }
    }

    public void Dispose()
    {
        _stream.Write(_buffer, 0, _used);
        _stream.Dispose();
    }
}
