namespace SectorScope.Reporting.Narrative;

/// <summary>A span of paragraph text.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public bool Contains(int offset) => offset >= Start && offset < End;
}

/// <summary>
/// One paragraph of narrative after placeholder expansion: its text (source lines folded into one), the
/// source line each part came from, and the spans placeholders produced, which the fact-check trusts.
/// </summary>
public sealed record NarrativeParagraph(string Text, IReadOnlyList<(int Offset, int Line)> Lines, IReadOnlyList<TextSpan> Computed)
{
    /// <summary>The 1-based source line of a character of <see cref="Text"/>.</summary>
    public int LineAt(int offset)
    {
        var line = Lines.Count > 0 ? Lines[0].Line : 0;
        foreach (var (start, l) in Lines)
        {
            if (start > offset)
            {
                break;
            }

            line = l;
        }

        return line;
    }

    public bool IsComputed(int offset) => Computed.Any(s => s.Contains(offset));
}

/// <summary>A narrative file after expansion: <c>narrative/recommendation.md</c> and its paragraphs.</summary>
public sealed record NarrativeDocument(string File, string Name, IReadOnlyList<NarrativeParagraph> Paragraphs)
{
    public IReadOnlyList<string> Texts => [.. Paragraphs.Select(p => p.Text)];
}
