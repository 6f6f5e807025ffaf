using System.Buffers;
using System.Security.Cryptography;

namespace SectorScope.Workspace;

/// <summary>
/// The SHA-256 of a file and, from the same single pass, the facts a bulk CSV load needs: the header
/// line, the number of data rows, whether anything (a BOM, a quote, a carriage return, a blank line)
/// could make row numbers differ from <see cref="CsvTable"/>'s, and whether the rows are strictly
/// ordered by their first two fields (date, code) or by the same two the other way round (code, date): a vendor's
/// dump per security. Either order rules out a repeated (date, code) in the file.
/// </summary>
public sealed record FileDigest(string Sha256, string HeaderLine, long DataRows, bool PlainLines, bool StrictlyOrdered)
{
    private const int Chunk = 1 << 20;

    public static FileDigest Of(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(Chunk);
        try
        {
            var lines = new LineOrder();
            long newlines = 0;
            bool plain = true, first = true;
            byte last = (byte)'\n';
            int read;
            while ((read = stream.Read(buffer, 0, Chunk)) > 0)
            {
                var span = buffer.AsSpan(0, read);
                sha.AppendData(span);
                if (first && (span[0] == 0xEF || span[0] == (byte)'\n'))
                {
                    plain = false;
                }

                if (plain && (span.IndexOfAny((byte)'"', (byte)'\r') >= 0 || span.IndexOf("\n\n"u8) >= 0 || (last == (byte)'\n' && span[0] == (byte)'\n' && !first)))
                {
                    plain = false;
                }

                if (plain)
                {
                    lines.Add(span);
                }

                newlines += span.Count((byte)'\n');
                last = span[^1];
                first = false;
            }

            // Every line but the header is a row; a last line without a newline is one too.
            long count = newlines + (last != (byte)'\n' ? 1 : 0);
            var ordered = plain && lines.Finish();
            return new FileDigest(Convert.ToHexStringLower(sha.GetHashAndReset()), lines.Header, Math.Max(0, count - 1), plain, ordered);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Follows the lines of a file chunk by chunk: keeps the header and checks that each row's (date, code) exceeds the
    /// previous row's, or that each row's (code, date) does.
    /// </summary>
    private sealed class LineOrder
    {
        private readonly List<byte> _carry = [];
        private byte[] _previous = new byte[64];
        private int _previousLength = -1;

        /// <summary>Where the previous key's first field ends (its first comma; the key's length without one).</summary>
        private int _previousComma = -1;
        private bool _header = true;
        private bool _byDate = true;
        private bool _byCode = true;

        public string Header { get; private set; } = "";

        public bool Ordered => _byDate || _byCode;

        public void Add(ReadOnlySpan<byte> chunk)
        {
            int end = chunk.IndexOf((byte)'\n');
            if (end < 0)
            {
                _carry.AddRange(chunk);
                return;
            }

            if (_carry.Count > 0)
            {
                _carry.AddRange(chunk[..end]);
                Line([.. _carry]);
                _carry.Clear();
            }
            else
            {
                Line(chunk[..end]);
            }

            var rest = chunk[(end + 1)..];
            while ((end = rest.IndexOf((byte)'\n')) >= 0)
            {
                Line(rest[..end]);
                rest = rest[(end + 1)..];
            }

            _carry.AddRange(rest);
        }

        public bool Finish()
        {
            if (_carry.Count > 0)
            {
                Line([.. _carry]);
            }

            return Ordered;
        }

        private void Line(ReadOnlySpan<byte> line)
        {
            if (_header)
            {
                Header = System.Text.Encoding.UTF8.GetString(line);
                _header = false;
                return;
            }

            if (!Ordered)
            {
                return;
            }

            int comma = line.IndexOf((byte)',');
            int second = comma < 0 ? -1 : line[(comma + 1)..].IndexOf((byte)',');
            var key = second < 0 ? line : line[..(comma + 1 + second)];
            int split = comma < 0 ? key.Length : comma;
            if (_previousLength >= 0)
            {
                var previous = _previous.AsSpan(0, _previousLength);
                _byDate &= key.SequenceCompareTo(previous) > 0;
                // (code, date): the second fields, then the first. A row without a second field has an empty code.
                int byCode = Second(key, split).SequenceCompareTo(Second(previous, _previousComma));
                _byCode &= byCode > 0 || (byCode == 0 && key[..split].SequenceCompareTo(previous[.._previousComma]) > 0);
                if (!Ordered)
                {
                    return;
                }
            }

            if (key.Length > _previous.Length)
            {
                _previous = new byte[key.Length * 2];
            }

            key.CopyTo(_previous);
            _previousLength = key.Length;
            _previousComma = split;
        }

        private static ReadOnlySpan<byte> Second(ReadOnlySpan<byte> key, int comma) => comma < key.Length ? key[(comma + 1)..] : [];
    }
}
