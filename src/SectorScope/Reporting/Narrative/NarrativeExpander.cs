using System.Text;
using SectorScope.Workspace;

namespace SectorScope.Reporting.Narrative;

/// <summary>
/// Expands a narrative file: blank-line separated paragraphs, each folded to one line (Markdown headings
/// dropped), every placeholder replaced by its value. Every problem of the file is collected, each as
/// <c>narrative/x.md:LINE: placeholder: reason</c>.
/// </summary>
public static class NarrativeExpander
{
    public const string Column = "placeholder";

    public static NarrativeDocument Expand(string file, string text, FactBook facts, DiagnosticBag diagnostics)
    {
        var paragraphs = new List<NarrativeParagraph>();
        var builder = new StringBuilder();
        var lines = new List<(int, int)>();
        var computed = new List<TextSpan>();
        var source = text.Replace("\r\n", "\n").Split('\n');
        for (int n = 0; n <= source.Length; n++)
        {
            var line = n < source.Length ? source[n].Trim() : "";
            if (line.Length == 0)
            {
                if (builder.Length > 0)
                {
                    paragraphs.Add(new NarrativeParagraph(builder.ToString(), [.. lines], [.. computed]));
                }

                builder.Clear();
                lines.Clear();
                computed.Clear();
                continue;
            }

            if (line.StartsWith('#'))
            {
                continue;
            }

            // A line break inside a paragraph is nothing in Chinese and a space in English.
            if (builder.Length > 0)
            {
                builder.Append(facts.Wording.SentenceGap);
            }

            lines.Add((builder.Length, n + 1));
            foreach (var part in PlaceholderParser.Parse(line))
            {
                switch (part)
                {
                    case LinePart.Text t:
                        builder.Append(t.Value);
                        break;
                    case LinePart.Error e:
                        diagnostics.Add(file, n + 1, Column, e.Reason);
                        break;
                    case LinePart.Field f:
                        var value = PlaceholderFunctions.Evaluate(f.Placeholder, facts);
                        if (value.Error is { } reason)
                        {
                            diagnostics.Add(file, n + 1, Column, $"{f.Placeholder}: {reason}");
                        }
                        else
                        {
                            computed.Add(new TextSpan(builder.Length, value.Text!.Length));
                            builder.Append(value.Text);
                        }

                        break;
                }
            }
        }

        return new NarrativeDocument(file, Path.GetFileNameWithoutExtension(file), paragraphs);
    }
}
