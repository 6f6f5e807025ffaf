using SectorScope.Workspace;

namespace SectorScope.Reporting.Narrative;

/// <summary>One <c>{{ function arg … }}</c> in a line of narrative: where it stands and what it asks for.</summary>
/// <param name="Start">Offset of the opening braces in the line.</param>
/// <param name="Length">Length up to and including the closing braces.</param>
public sealed record Placeholder(int Start, int Length, string Function, IReadOnlyList<string> Arguments)
{
    public override string ToString() => "{{ " + string.Join(" ", [Function, .. Arguments]) + " }}";
}

/// <summary>A piece of a narrative line: literal text, or a placeholder, or a syntax error at a place.</summary>
public abstract record LinePart
{
    public sealed record Text(string Value) : LinePart;

    public sealed record Field(Placeholder Placeholder) : LinePart;

    public sealed record Error(string Reason) : LinePart;
}

/// <summary>
/// Splits one line into text and placeholders. The grammar is deliberately tiny — a function name and
/// bare or double-quoted arguments between <c>{{</c> and <c>}}</c> on one line — so that a placeholder
/// can name values and never run code, read files or reach into objects.
/// </summary>
public static class PlaceholderParser
{
    public static IReadOnlyList<LinePart> Parse(string line)
    {
        var parts = new List<LinePart>();
        int i = 0;
        while (i < line.Length)
        {
            var open = line.IndexOf("{{", i, StringComparison.Ordinal);
            var strayClose = line.IndexOf("}}", i, StringComparison.Ordinal);
            if (strayClose >= 0 && (open < 0 || strayClose < open))
            {
                parts.Add(new LinePart.Error(ReaderMessages.UnopenedPlaceholder));
                return parts;
            }

            if (open < 0)
            {
                parts.Add(new LinePart.Text(line[i..]));
                break;
            }

            if (open > i)
            {
                parts.Add(new LinePart.Text(line[i..open]));
            }

            var close = line.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                parts.Add(new LinePart.Error(ReaderMessages.UnclosedPlaceholder));
                return parts;
            }

            var inner = line[(open + 2)..close];
            parts.Add(Tokens(inner, out var reason) is { Count: > 0 } tokens
                ? new LinePart.Field(new Placeholder(open, close + 2 - open, tokens[0], tokens[1..]))
                : new LinePart.Error(reason ?? ReaderMessages.EmptyPlaceholder));
            i = close + 2;
        }

        return parts;
    }

    private static List<string> Tokens(string inner, out string? reason)
    {
        reason = null;
        var tokens = new List<string>();
        int i = 0;
        while (i < inner.Length)
        {
            if (char.IsWhiteSpace(inner[i]))
            {
                i++;
                continue;
            }

            if (inner[i] == '"')
            {
                var end = inner.IndexOf('"', i + 1);
                if (end < 0)
                {
                    reason = "unterminated quoted argument";
                    return [];
                }

                tokens.Add(inner[(i + 1)..end]);
                i = end + 1;
                continue;
            }

            if (inner[i] == '{')
            {
                reason = "a placeholder cannot contain '{'";
                return [];
            }

            var start = i;
            while (i < inner.Length && !char.IsWhiteSpace(inner[i]) && inner[i] != '"')
            {
                i++;
            }

            tokens.Add(inner[start..i]);
        }

        return tokens;
    }
}
