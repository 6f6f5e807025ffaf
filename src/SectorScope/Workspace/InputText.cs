using System.Text;

namespace SectorScope.Workspace;

/// <summary>A text input after decoding, with the name of the encoding it was read in.</summary>
public sealed record DecodedText(string Text, string Encoding);

/// <summary>
/// Decodes news files. UTF-8 (with or without BOM) is the contract; a file whose bytes are not UTF-8
/// but are Chinese text in GB18030/GBK is read as GB18030, because feeds exported from older Chinese
/// systems often are. Anything else is rejected with a message naming the encoding problem, so a
/// file is never turned into mojibake.
/// </summary>
public static class InputText
{
    public const string Utf8 = "UTF-8";
    public const string Gb18030 = "GB18030";

    /// <summary>Share of two-byte characters that must lie in the GB2312 area (both bytes 0xA1–0xFE).</summary>
    public const double MinGb2312Share = 0.9;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // The code-page provider ships with .NET; asking it directly leaves the process-wide encoding table alone.
    private static readonly Encoding StrictGb18030 =
        CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException("GB18030 (code page 54936) is not available");

    /// <summary>UTF-8, else GB18030 Chinese text, else a diagnostic and null.</summary>
    public static DecodedText? DecodeChinese(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        if (TryUtf8(bytes, out var text, out var badIndex))
        {
            return new DecodedText(text, Utf8);
        }

        if (TryGb18030(bytes, out var gb))
        {
            return new DecodedText(gb, Gb18030);
        }

        var line = 1 + bytes.AsSpan(0, Math.Clamp(badIndex, 0, bytes.Length)).Count((byte)'\n');
        diagnostics.Add(path, line, "encoding", ReaderMessages.NotUtf8NorGb);
        return null;
    }

    /// <summary>Strict UTF-8; a leading BOM is dropped. On failure, the index of the first bad byte.</summary>
    public static bool TryUtf8(byte[] bytes, out string text, out int badIndex)
    {
        try
        {
            text = StripBom(StrictUtf8.GetString(bytes));
            badIndex = -1;
            return true;
        }
        catch (DecoderFallbackException e)
        {
            text = "";
            badIndex = e.Index;
            return false;
        }
    }

    /// <summary>
    /// GB18030 when every byte sequence is valid, the two-byte characters are overwhelmingly common
    /// Chinese (the GB2312 area, as in any Chinese prose), and nothing decodes to a control or
    /// private-use character. Big5, Shift-JIS and Latin-1 files fail these tests.
    /// </summary>
    public static bool TryGb18030(byte[] bytes, out string text)
    {
        text = "";
        if (!LooksLikeGbChinese(bytes))
        {
            return false;
        }

        try
        {
            text = StripBom(StrictGb18030.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        foreach (var c in text)
        {
            if ((char.IsControl(c) && c is not ('\n' or '\r' or '\t')) || c is >= '\uE000' and <= '\uF8FF')
            {
                text = "";
                return false;
            }
        }

        return true;
    }

    private static bool LooksLikeGbChinese(byte[] bytes)
    {
        int twoByte = 0, gb2312 = 0;
        for (int i = 0; i < bytes.Length;)
        {
            byte b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            if (b is 0x80 or 0xFF || i + 1 >= bytes.Length)
            {
                return false;
            }

            byte t = bytes[i + 1];
            if (t is >= 0x30 and <= 0x39)
            {
                i += 4; // a four-byte GB18030 sequence; validity is left to the decoder
                continue;
            }

            if (t < 0x40 || t == 0x7F || t == 0xFF)
            {
                return false;
            }

            twoByte++;
            if (b >= 0xA1 && t >= 0xA1)
            {
                gb2312++;
            }

            i += 2;
        }

        return twoByte > 0 && gb2312 >= MinGb2312Share * twoByte;
    }

    private static string StripBom(string text) => text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
}
