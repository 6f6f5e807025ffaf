using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.IO.Hashing;

namespace SectorScope.Workspace;

/// <summary>
/// A run of whole lines of a file: the header line alone, then every <see cref="FileBlocks.LinesPerBlock"/> lines, the last
/// block whatever remains. A stored price file keeps its blocks, so that a corrected value re-reads only the block it is in.
/// </summary>
/// <param name="FirstLine">The block's first line (1 is the header).</param>
/// <param name="Offset">Where its bytes start in the file.</param>
/// <param name="Hash">CRC-64 (ECMA-182) of its bytes followed by their count, in hex: a block is re-read when this differs. A non-cryptographic check is
/// enough here: the file's SHA-256 has already told that the file changed, and this only says which part of it. A CRC sees
/// every change confined to 64 bits (a corrected digit, a swapped value), and any other by chance 2^-64; it is computed at
/// full speed from a run's first block, where a hash written with wider vectors would run unoptimised code in a short-lived
/// process for a good part of a large file. The SHA-256 remains the file's identity everywhere else.</param>
public sealed record FileBlock(int FirstLine, int Lines, long Offset, int Length, string Hash);

/// <summary>Cuts a file into <see cref="FileBlock"/>s as its bytes go by, chunk after chunk.</summary>
internal sealed class FileBlocks
{
    public const int LinesPerBlock = 4096;

    private const int Piece = 4096;

    private readonly List<FileBlock> _blocks = [];
    private readonly Crc64 _hash = new();
    private long _offset;
    private int _length;
    private int _lines;
    private int _firstLine = 1;
    private byte _last = (byte)'\n';

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<byte> chunk)
    {
        while (!chunk.IsEmpty)
        {
            // The header is a block of its own: a changed header changes how every row reads.
            int need = (_blocks.Count == 0 ? 1 : LinesPerBlock) - _lines;
            int used = 0, found = 0;
            bool full = false;
            // Newlines are counted a few kilobytes at a time (vectorised); only the piece where the block ends is walked line by line.
            while (used < chunk.Length)
            {
                var piece = chunk.Slice(used, Math.Min(Piece, chunk.Length - used));
                int count = piece.Count((byte)'\n');
                if (found + count < need)
                {
                    found += count;
                    used += piece.Length;
                    continue;
                }

                int at = 0;
                while (found < need)
                {
                    at += piece[at..].IndexOf((byte)'\n') + 1;
                    found++;
                }

                used += at;
                full = true;
                break;
            }

            _lines += found;
            _hash.Append(chunk[..used]);
            _length += used;
            _last = chunk[used - 1];
            if (full)
            {
                Close();
            }

            chunk = chunk[used..];
        }
    }

    /// <summary>The blocks, the last one closed (a last line without a newline is a line too).</summary>
    public IReadOnlyList<FileBlock> Finish()
    {
        if (_length > 0)
        {
            _lines += _last == (byte)'\n' ? 0 : 1;
            Close();
        }

        return _blocks;
    }

    private void Close()
    {
        // The count of bytes goes in too: a CRC that starts from zero does not see zero bytes put before a block's first.
        Span<byte> length = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(length, _length);
        _hash.Append(length);
        _blocks.Add(new FileBlock(_firstLine, _lines, _offset, _length, Convert.ToHexStringLower(_hash.GetHashAndReset())));
        _firstLine += _lines;
        _offset += _length;
        _lines = 0;
        _length = 0;
    }
}
