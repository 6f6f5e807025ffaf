using System.Text;

namespace SectorScope.Fuzz;

/// <summary>
/// Makes fuzz inputs from one seeded <see cref="Random"/>: random bytes, random Unicode (controls, lone
/// surrogates, CJK, astral characters), and mutations of real files that splice in the values that broke
/// readers before (extreme numbers, impossible dates, control characters, deep nesting, formulas).
/// </summary>
public sealed class FuzzInput(int seed)
{
    /// <summary>Numbers and dates a table may hold, in range (the largest and smallest accepted) and beyond.</summary>
    private static readonly string[] Values =
    [
        "1e15", "-1e15", "999999999999999", "0.000001", "-0.000001", "1e-6", "0", "123456789012.5", "0.0000015", "2100-12-31", "1900-01-01",
        "1e308", "-1e308", "3.4e38", "7.9e28", "1e-300", "1e16", "-0", "NaN", "Infinity", "9999-12-31", "0000-01-01", "2024-02-30", "2024-11-9 ",
    ];

    private const int InRangeValues = 11;

    private static readonly string[] Tokens =
    [
        "1e308", "-1e308", "3.4e38", "7.9e28", "1e-300", "1e16", "0", "-0", "NaN", "Infinity", "-inf", "1_000", "0x1F",
        "9999-12-31", "0000-01-01", "0001-01-01", "1899-12-31", "2101-01-01", "2024-02-30", "2024-11-9 ", "1-11-29   ", "2024-13-01",
        "\u0001", "\u0000", "\u001F", "\uFFFF", "\uFFFE", "\\u0001", "\\ud800", "\\udfff", "\\x01", "&#1;", "&amp;#1;", "&#xD800;",
        "[", "{", "]", "}", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "- - - - - - - - - - - - - - - - - - - -",
        "<!DOCTYPE x [<!ENTITY a \"b\">]>", "<![CDATA[x]]>", "&a;", "\"", "'", ",", ";", ":", "\n", "\r\n", "\r", "\t", "  ",
        "{{", "}}", "{{ return 0700.HK }}", "{{ close HSTECH }}", "%", "％", "亿元", "百万", "倍", "买入", "卖出", "NM", "-", "—",
        "=HYPERLINK(\"http://x\")", "+1", "@SUM(A1)", "𠀀", "🙂", "\u200B", "\u202E", "ｘ", "0700.HK", "HSTECH", "&", "*a", "&a ", "!!binary", "? ",
    ];

    private readonly Random _rng = new(seed);

    public int Next(int max) => _rng.Next(max);

    public byte[] RandomBytes(int maxLength)
    {
        var bytes = new byte[_rng.Next(maxLength + 1)];
        _rng.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Random UTF-16 text, lone surrogates included, encoded as UTF-8 (which turns a lone surrogate into U+FFFD).</summary>
    public byte[] RandomUnicode(int maxLength) => Encoding.UTF8.GetBytes(RandomText(maxLength));

    public string RandomText(int maxLength)
    {
        var sb = new StringBuilder();
        int n = _rng.Next(maxLength + 1);
        for (int i = 0; i < n; i++)
        {
            sb.Append(_rng.Next(6) switch
            {
                0 => ((char)_rng.Next(0x20)).ToString(),
                1 => ((char)_rng.Next(0x20, 0x7F)).ToString(),
                2 => ((char)_rng.Next(0x4E00, 0x9FA5)).ToString(),
                3 => ((char)_rng.Next(0xD800, 0xE000)).ToString(),
                4 => Tokens[_rng.Next(Tokens.Length)],
                _ => char.ConvertFromUtf32(_rng.Next(0x10000, 0x10FFFF)),
            });
        }

        return sb.ToString();
    }

    /// <summary>One to four edits of <paramref name="seed"/>'s text (bytes when it is not UTF-8).</summary>
    public byte[] Mutate(byte[] seed)
    {
        var bytes = new List<byte>(seed);
        int edits = 1 + _rng.Next(4);
        for (int e = 0; e < edits; e++)
        {
            int at = bytes.Count == 0 ? 0 : _rng.Next(bytes.Count);
            switch (_rng.Next(7))
            {
                case 0 when bytes.Count > 0:
                    bytes[at] ^= (byte)(1 << _rng.Next(8));
                    break;
                case 1 when bytes.Count > 0:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + _rng.Next(32)));
                    break;
                case 2 when bytes.Count > 0:
                    int len = Math.Min(bytes.Count - at, 1 + _rng.Next(200));
                    bytes.InsertRange(at, bytes.GetRange(at, len));
                    break;
                case 3 when bytes.Count > 0:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 4:
                    ReplaceNumber(bytes);
                    break;
                default:
                    bytes.InsertRange(SafeCut(bytes, at), Encoding.UTF8.GetBytes(Tokens[_rng.Next(Tokens.Length)]));
                    break;
            }
        }

        return [.. bytes];
    }

    /// <summary>One to three numbers of <paramref name="seed"/> replaced by the extremes of the accepted range (the first values of <see cref="Values"/>).</summary>
    public byte[] MutateValues(byte[] seed)
    {
        var bytes = new List<byte>(seed);
        for (int e = 1 + _rng.Next(3); e > 0; e--)
        {
            ReplaceNumber(bytes, InRangeValues);
        }

        return [.. bytes];
    }

    /// <summary>A whole field that is a number or date (between commas, quotes, colons or line ends) replaced by a value a reader must bound.</summary>
    private void ReplaceNumber(List<byte> bytes, int values = int.MaxValue)
    {
        static bool Delimiter(byte b) => b is (byte)',' or (byte)'\n' or (byte)'\r' or (byte)'"' or (byte)':' or (byte)' ' or (byte)'[' or (byte)']';
        static bool NumberByte(byte b) => b is >= (byte)'0' and <= (byte)'9' or (byte)'.' or (byte)'-' or (byte)'+' or (byte)'e' or (byte)'E';
        var fields = new List<(int Start, int End)>();
        for (int i = 0; i < bytes.Count;)
        {
            int j = i;
            while (j < bytes.Count && !Delimiter(bytes[j]))
            {
                j++;
            }

            if (j > i && bytes[i] is >= (byte)'0' and <= (byte)'9' && Enumerable.Range(i, j - i).All(k => NumberByte(bytes[k])))
            {
                fields.Add((i, j));
            }

            i = j + 1;
        }

        if (fields.Count == 0)
        {
            return;
        }

        var (start, stop) = fields[_rng.Next(fields.Count)];
        bytes.RemoveRange(start, stop - start);
        bytes.InsertRange(start, Encoding.UTF8.GetBytes(Values[_rng.Next(Math.Min(values, Values.Length))]));
    }

    /// <summary>A position that does not split a UTF-8 sequence, so that most mutations stay text.</summary>
    private static int SafeCut(List<byte> bytes, int at)
    {
        while (at > 0 && at < bytes.Count && (bytes[at] & 0xC0) == 0x80)
        {
            at--;
        }

        return at;
    }

    /// <summary>An input for a target: a quarter random bytes or Unicode, the rest mutations of its seeds.</summary>
    public byte[] For(IReadOnlyList<byte[]> seeds) => _rng.Next(8) switch
    {
        0 => RandomBytes(512),
        1 => RandomUnicode(256),
        _ when seeds.Count > 0 => Mutate(seeds[_rng.Next(seeds.Count)]),
        _ => RandomUnicode(256),
    };
}
