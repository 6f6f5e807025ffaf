using System.Globalization;

namespace SectorScope.Workspace;

/// <summary>
/// Text a report document can hold. Word, Excel and every other XML output accept only XML 1.0 characters:
/// no control character but tab, line feed and carriage return, no U+FFFE/U+FFFF and no lone half of a
/// surrogate pair. Such a character in any input text that reaches a document is refused at its file and
/// line by every command, so <c>check</c> finds what <c>report</c> could not write.
/// </summary>
public static class DocumentText
{
    /// <summary>Why <paramref name="text"/> cannot go into a document, or null when it can.</summary>
    public static string? Problem(string text)
    {
        int bad = BadIndex(text);
        return bad < 0 ? null : Describe(text, bad);
    }

    /// <summary>The index of the first character a document cannot hold, or -1.</summary>
    public static int BadIndex(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= ' ' && c < '\uD800')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (c is '\t' or '\n' or '\r' || (c >= '\uE000' && c <= '\uFFFD'))
            {
                continue;
            }

            return i;
        }

        return -1;
    }

    /// <summary>Each line of <paramref name="text"/> holding such a character, reported once at its line.</summary>
    public static void CheckLines(string file, string text, DiagnosticBag diagnostics)
    {
        int line = 1, start = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOf('\n', start);
            var span = text.AsSpan(start, (end < 0 ? text.Length : end) - start);
            int bad = BadIndex(span);
            if (bad >= 0)
            {
                diagnostics.Add(file, line, "text", Describe(span.ToString(), bad));
            }

            if (end < 0)
            {
                break;
            }

            start = end + 1;
            line++;
        }
    }

    /// <summary>
    /// A JSON string's value when a document can hold it; otherwise null and the reason. An escaped lone
    /// surrogate (<c>"\ud800"</c>) makes System.Text.Json throw rather than return it.
    /// </summary>
    public static string? FromJson(System.Text.Json.JsonElement value, out string? problem)
    {
        try
        {
            var text = value.GetString() ?? "";
            problem = Problem(text);
            return problem is null ? text : null;
        }
        catch (InvalidOperationException)
        {
            problem = ReaderMessages.BrokenSurrogate;
            return null;
        }
    }

    private static string Describe(string text, int index)
    {
        char c = text[index];
        var code = ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        return char.IsSurrogate(c)
            ? ReaderMessages.BrokenSurrogateAt(code)
            : ReaderMessages.ControlCharacter(code);
    }
}
