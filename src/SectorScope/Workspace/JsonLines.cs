using System.Text.Json;

namespace SectorScope.Workspace;

/// <summary>
/// The line of every value of a JSON text, by path (<c>$.companies[2].rating</c>), so that a value
/// found wrong after parsing is still reported at its line; or the syntax error and its line.
/// </summary>
internal static class JsonLines
{
    public static IReadOnlyDictionary<string, int> Map(ReadOnlySpan<byte> utf8, out (int Line, string Reason)? syntax)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        syntax = null;
        // Each open container: its path and, for an array, the index of the next element.
        var stack = new Stack<(string Path, int Next, bool IsArray)>();
        string? property = null;
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            while (reader.Read())
            {
                int line = LineAt(utf8, (int)reader.TokenStartIndex);
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = $"{stack.Peek().Path}.{reader.GetString()}";
                        lines[property] = line;
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        var path = ValuePath(stack, property);
                        lines.TryAdd(path, line);
                        stack.Push((path, 0, reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        stack.Pop();
                        break;
                    default:
                        lines.TryAdd(ValuePath(stack, property), line);
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            // The reader's own message ends with its (0-based) position; the diagnostic carries the line.
            var reason = e.Message.Split(" LineNumber:", 2)[0].TrimEnd('.', ' ');
            syntax = ((int)(e.LineNumber ?? 0) + 1, ReaderMessages.NotJson);
        }
        catch (InvalidOperationException)
        {
            // A key whose escapes make no UTF-16 (a lone "\ud800") throws when read as a string.
            syntax = (LineAt(utf8, (int)reader.TokenStartIndex), ReaderMessages.BrokenSurrogate);
        }

        return lines;
    }

    private static string ValuePath(Stack<(string Path, int Next, bool IsArray)> stack, string? property)
    {
        if (stack.Count == 0)
        {
            return "$";
        }

        var top = stack.Pop();
        if (!top.IsArray)
        {
            stack.Push(top);
            return property ?? top.Path;
        }

        stack.Push(top with { Next = top.Next + 1 });
        return $"{top.Path}[{top.Next.ToString(System.Globalization.CultureInfo.InvariantCulture)}]";
    }

    private static int LineAt(ReadOnlySpan<byte> utf8, int index) => 1 + utf8[..Math.Min(index, utf8.Length)].Count((byte)'\n');
}
