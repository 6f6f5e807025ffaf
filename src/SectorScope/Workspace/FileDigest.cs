using System.Buffers;
using System.Security.Cryptography;

namespace SectorScope.Workspace;

/// <summary>
/// The SHA-256 of a file and, from the same single pass, the facts a bulk CSV load needs to number
/// rows exactly as <see cref="CsvTable"/> does: the header line, the number of data rows, and whether
/// anything (a BOM, a quote, a carriage return, a blank line) could make those numbers differ.
/// </summary>
public sealed record FileDigest(string Sha256, string HeaderLine, long DataRows, bool PlainLines)
{
    private const int Chunk = 1 << 20;

    public static FileDigest Of(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(Chunk);
        try
        {
            long newlines = 0;
            bool plain = true, first = true;
            byte last = (byte)'\n';
            var header = new List<byte>();
            bool headerDone = false;
            int read;
            while ((read = stream.Read(buffer, 0, Chunk)) > 0)
            {
                var span = buffer.AsSpan(0, read);
                sha.AppendData(span);
                if (first && (span[0] == 0xEF || span[0] == (byte)'\n'))
                {
                    plain = false;
                }

                if (!headerDone)
                {
                    int end = span.IndexOf((byte)'\n');
                    header.AddRange(end < 0 ? span : span[..end]);
                    headerDone = end >= 0;
                }

                if (plain && (span.IndexOfAny((byte)'"', (byte)'\r') >= 0 || span.IndexOf("\n\n"u8) >= 0 || (last == (byte)'\n' && span[0] == (byte)'\n' && !first)))
                {
                    plain = false;
                }

                newlines += span.Count((byte)'\n');
                last = span[^1];
                first = false;
            }

            // Every line but the header is a row; a last line without a newline is one too.
            long lines = newlines + (last != (byte)'\n' ? 1 : 0);
            return new FileDigest(Convert.ToHexStringLower(sha.GetHashAndReset()), System.Text.Encoding.UTF8.GetString(header.ToArray()), Math.Max(0, lines - 1), plain);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
