using System.Buffers;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace SectorScope.Workspace;

/// <summary>
/// The SHA-256 of a file and, from the same single pass, the facts a bulk CSV load needs: the header
/// line, the number of data rows, whether anything (a BOM, a quote, a carriage return, a blank line)
/// could make row numbers differ from <see cref="CsvTable"/>'s, and whether the layout of the rows by their first two
/// fields (date, code) rules out a repeated (date, code) in the file (<see cref="StrictlyOrdered"/>: each date's rows
/// together with distinct codes, or each code's rows together with rising dates; see <see cref="LineOrder"/>).
/// </summary>
/// <param name="PlainDates">Every data row's first field is a date written exactly <c>YYYY-MM-DD</c> (digits and dashes) in a year
/// <see cref="InputLimits.FirstDate"/>–<see cref="InputLimits.LastDate"/>, so a bulk reader may parse it as a date: it either reads the
/// same day as <see cref="CsvFile"/> or fails (a month 13, a 30 February).</param>
public sealed record FileDigest(string Sha256, string HeaderLine, long DataRows, bool PlainLines, bool StrictlyOrdered, bool PlainDates = false)
{
    /// <summary>The file's line-aligned blocks when its lines are plain (none otherwise).</summary>
    public IReadOnlyList<FileBlock> Blocks { get; init; } = [];

    private const int Chunk = 1 << 20;

    /// <summary>
    /// Above this size the SHA-256 is computed on another core while this one follows the lines: a vendor's single large file
    /// would otherwise hash on one core while the other waits. Smaller files are read many at a time, every core busy already.
    /// </summary>
    private const long SeparateShaBytes = 16 * InputLimits.MiB;

    /// <summary>
    /// False when the digest was taken without following the rows' layout (<see cref="Of(string, bool)"/> with
    /// <c>layout: false</c>): <see cref="StrictlyOrdered"/> and <see cref="PlainDates"/> are then false for want of a look,
    /// and a bulk load must take the digest again in full.
    /// </summary>
    public bool Layout { get; init; } = true;

    /// <param name="layout">
    /// Whether to follow the rows' layout (the order of keys and the form of dates, which a bulk load needs). Without it, for
    /// a stored file whose changed blocks are all that will be read, the SHA-256 is computed on another core while this one
    /// cuts the blocks.
    /// </param>
    // The loops that see every byte are compiled fully optimised on first use instead of taken precompiled (ReadyToRun code
    // does not inline the span helpers they call from the runtime's own assembly).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static FileDigest Of(string path, bool layout = true)
    {
        var separateSha = layout && new FileInfo(path).Length <= SeparateShaBytes ? null : Task.Run(() => Sha256Of(path));
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var sha = separateSha is null ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;
        var buffer = ArrayPool<byte>.Shared.Rent(Chunk);
        try
        {
            var lines = new LineOrder(layout);
            var blocks = new FileBlocks();
            long newlines = 0;
            bool plain = true, first = true;
            byte last = (byte)'\n';
            int read;
            while ((read = stream.Read(buffer, 0, Chunk)) > 0)
            {
                var span = buffer.AsSpan(0, read);
                sha?.AppendData(span);
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
                    blocks.Add(span);
                }

                newlines += span.Count((byte)'\n');
                last = span[^1];
                first = false;
            }

            // Every line but the header is a row; a last line without a newline is one too.
            long count = newlines + (last != (byte)'\n' ? 1 : 0);
            var ordered = plain && lines.Finish() && layout;
            var hash = sha?.GetHashAndReset() ?? separateSha!.GetAwaiter().GetResult();
            return new FileDigest(Convert.ToHexStringLower(hash), lines.Header, Math.Max(0, count - 1), plain, ordered, plain && layout && lines.PlainDates)
            {
                Blocks = plain ? blocks.Finish() : [],
                Layout = layout,
            };
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] Sha256Of(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, Chunk, FileOptions.SequentialScan);
        return SHA256.HashData(stream);
    }

    /// <summary>
    /// Follows the lines of a file chunk by chunk: keeps the header and checks, without keeping the rows, that no
    /// (date, code) can repeat. Two layouts are recognised: each date's rows together with distinct codes (a history
    /// export by date, markets in turn), or each code's rows together with rising dates (a dump per security). A row of
    /// a date or code met in an earlier block, or a code met twice in one date's block, ends the recognition: the file
    /// is then searched for a repeated key in bulk. Dates and codes are told apart by a 64-bit hash of their bytes; two
    /// that share one only send the file to that search, never let a repeated key through.
    /// </summary>
    /// <remarks>
    /// A date's codes are proven distinct the cheapest way that holds: while they rise, by comparing each with the one
    /// before; then, while they follow the previous date's codes in order (a vendor lists every date the same way, a few
    /// codes missing or added), by finding each a little further along that list, which is distinct already; only then by a
    /// set of hashes.
    /// </remarks>
    /// <param name="layout">False to keep the header only and look at no row.</param>
    private sealed class LineOrder(bool layout)
    {
        private readonly List<byte> _carry = [];
        private byte[] _previous = new byte[64];
        private int _previousLength = -1;

        /// <summary>Where the previous key's first field ends (its first comma; the key's length without one).</summary>
        private int _previousComma = -1;
        private bool _header = true;

        /// <summary>Without the layout, every line after the header is left alone.</summary>
        private bool _stopped;
        private bool _dateBlocks = true;
        private bool _codeBlocks = true;
        private readonly HashSet<ulong> _datesSeen = [];
        private readonly HashSet<ulong> _codesSeen = [];

        /// <summary>
        /// How far along the previous date's codes a code is looked for, past the one that came next there: as many codes
        /// as may be missing in a row on one date. A code not found so near (a new listing, another order) sends the rest of
        /// the date's block to the set.
        /// </summary>
        private const int Lookahead = 16;

        /// <summary>
        /// The codes of the current date's block, each as its length then its bytes: compared while they rise or follow the
        /// previous date's, and hashed into a set only after that (a file by date then code hashes no code).
        /// </summary>
        private byte[] _blockCodes = new byte[4096];
        private int _blockLength;
        private readonly HashSet<ulong> _blockSet = [];
        private BlockProof _proof = BlockProof.Rising;

        /// <summary>The previous date's codes (distinct, as the recognition went on), in <see cref="_blockCodes"/>'s form.</summary>
        private byte[] _lastCodes = new byte[4096];
        private int _lastLength;

        /// <summary>Where in <see cref="_lastCodes"/> the next code of this date is looked for.</summary>
        private int _cursor;

        private enum BlockProof
        {
            Rising,
            FollowsLastDate,
            Set,
        }

        public string Header { get; private set; } = "";

        public bool PlainDates { get; private set; } = true;

        public bool Ordered => _dateBlocks || _codeBlocks;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(ReadOnlySpan<byte> chunk)
        {
            if (_stopped)
            {
                return;
            }

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
            while (!_stopped && (end = rest.IndexOf((byte)'\n')) >= 0)
            {
                Line(rest[..end]);
                rest = rest[(end + 1)..];
            }

            if (!_stopped)
            {
                _carry.AddRange(rest);
            }
        }

        public bool Finish()
        {
            if (_carry.Count > 0)
            {
                Line([.. _carry]);
            }

            return Ordered;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Line(ReadOnlySpan<byte> line)
        {
            if (_header)
            {
                Header = System.Text.Encoding.UTF8.GetString(line);
                _header = false;
                return;
            }

            if (!layout)
            {
                _stopped = true;
                return;
            }

            int comma = line.IndexOf((byte)',');
            if (PlainDates)
            {
                PlainDates = IsPlainDate(comma < 0 ? line : line[..comma]);
            }

            if (!Ordered)
            {
                return;
            }

            int second = comma < 0 ? -1 : line[(comma + 1)..].IndexOf((byte)',');
            var key = second < 0 ? line : line[..(comma + 1 + second)];
            int split = comma < 0 ? key.Length : comma;
            var date = key[..split];
            var code = Second(key, split);
            var previous = _previous.AsSpan(0, Math.Max(0, _previousLength));
            bool first = _previousLength < 0;
            bool sameDate = !first && date.SequenceEqual(previous[.._previousComma]);
            bool sameCode = !first && code.SequenceEqual(Second(previous, _previousComma));
            if (_dateBlocks)
            {
                _dateBlocks = sameDate ? InDateBlock(code, Second(previous, _previousComma)) : NewDateBlock(date, code);
            }

            // Within a code's block the dates rise: the same bytes twice, or fewer, is not that layout.
            if (_codeBlocks)
            {
                _codeBlocks = sameCode ? date.SequenceCompareTo(previous[.._previousComma]) > 0 : _codesSeen.Add(Hash(code));
            }
            if (!Ordered)
            {
                return;
            }

            if (key.Length > _previous.Length)
            {
                _previous = new byte[key.Length * 2];
            }

            key.CopyTo(_previous);
            _previousLength = key.Length;
            _previousComma = split;
        }

        /// <summary>Exactly <c>YYYY-MM-DD</c> in digits, the year within the accepted range (the month and day are left to the date parser).</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        internal static bool IsPlainDate(ReadOnlySpan<byte> field)
        {
            if (field.Length != 10 || field[4] != (byte)'-' || field[7] != (byte)'-')
            {
                return false;
            }

            int year = 0;
            for (int i = 0; i < 10; i++)
            {
                if (i is 4 or 7)
                {
                    continue;
                }

                int digit = field[i] - '0';
                if ((uint)digit > 9)
                {
                    return false;
                }

                if (i < 4)
                {
                    year = (year * 10) + digit;
                }
            }

            return year >= InputLimits.FirstDate.Year && year <= InputLimits.LastDate.Year;
        }

        private static ReadOnlySpan<byte> Second(ReadOnlySpan<byte> key, int comma) => comma < key.Length ? key[(comma + 1)..] : [];

        private bool NewDateBlock(ReadOnlySpan<byte> date, ReadOnlySpan<byte> code)
        {
            (_lastCodes, _blockCodes) = (_blockCodes, _lastCodes);
            _lastLength = _blockLength;
            _blockLength = 0;
            _blockSet.Clear();
            _proof = BlockProof.Rising;
            return Keep(code) && _datesSeen.Add(Hash(date));
        }

        /// <summary>A code of the current date's block (not its first), proven distinct from those before it in the block.</summary>
        private bool InDateBlock(ReadOnlySpan<byte> code, ReadOnlySpan<byte> previousCode)
        {
            if (_proof == BlockProof.Rising && code.SequenceCompareTo(previousCode) > 0)
            {
                return Keep(code);
            }

            if (_proof == BlockProof.Rising)
            {
                // The block so far, then this code, along the previous date's codes.
                _proof = BlockProof.FollowsLastDate;
                _cursor = 0;
                var kept = _blockCodes.AsSpan(0, _blockLength);
                bool follows = true;
                for (int at = 0; at < kept.Length && follows; at += 1 + kept[at])
                {
                    follows = FoundAhead(kept.Slice(at + 1, kept[at]));
                }

                if (!follows)
                {
                    ToSet();
                }
            }

            if (_proof == BlockProof.FollowsLastDate)
            {
                if (FoundAhead(code))
                {
                    return Keep(code);
                }

                ToSet();
            }

            return Keep(code) && _blockSet.Add(Hash(code));
        }

        /// <summary>From here on the block's codes are told apart by the set, which takes those kept so far.</summary>
        private void ToSet()
        {
            _proof = BlockProof.Set;
            var kept = _blockCodes.AsSpan(0, _blockLength);
            for (int at = 0; at < kept.Length; at += 1 + kept[at])
            {
                _blockSet.Add(Hash(kept.Slice(at + 1, kept[at])));
            }
        }

        /// <summary>
        /// Whether <paramref name="code"/> is among the next <see cref="Lookahead"/> of the previous date's codes, moving past it
        /// when it is. Codes found so, each further along a list of distinct codes than the one before, are distinct.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool FoundAhead(ReadOnlySpan<byte> code)
        {
            var last = _lastCodes.AsSpan(0, _lastLength);
            int at = _cursor;
            for (int looked = 0; looked < Lookahead && at < last.Length; looked++, at += 1 + last[at])
            {
                if (last.Slice(at + 1, last[at]).SequenceEqual(code))
                {
                    _cursor = at + 1 + last[at];
                    return true;
                }
            }

            return false;
        }

        /// <summary>Keeps a code's bytes (length first); false for a code longer than a byte can count, which ends the recognition of the layout.</summary>
        private bool Keep(ReadOnlySpan<byte> code)
        {
            if (code.Length > byte.MaxValue)
            {
                return false;
            }

            if (_blockLength + 1 + code.Length > _blockCodes.Length)
            {
                Array.Resize(ref _blockCodes, (_blockCodes.Length * 2) + code.Length);
            }

            _blockCodes[_blockLength] = (byte)code.Length;
            code.CopyTo(_blockCodes.AsSpan(_blockLength + 1));
            _blockLength += 1 + code.Length;
            return true;
        }

        /// <summary>FNV-1a, 64 bits.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static ulong Hash(ReadOnlySpan<byte> bytes)
        {
            ulong h = 14695981039346656037;
            foreach (var b in bytes)
            {
                h = (h ^ b) * 1099511628211;
            }

            return h;
        }
    }
}
