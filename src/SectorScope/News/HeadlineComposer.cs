namespace SectorScope.News;

/// <summary>
/// A group's one-line headline from the titles of its top-ranked stories, as an analyst writes it
/// (腾讯：推出混元Large大模型，发布元宝2.0版本):
/// <list type="number">
/// <item>each title loses a leading name of the group's own subject (the company's or sub-sector's
/// name, the name of one of the company's securities, or a corporate alias such as 小米集团, as whole
/// words) with the punctuation after
/// it, when at least <see cref="MinClause"/> characters remain, and its closing full stop;</item>
/// <item>the first clause is always taken; each next-ranked one, up to the section's
/// <c>headline_items</c>, is joined with "，" only while the headline stays within
/// <c>headline_length</c> characters; the first that does not fit ends the headline;</item>
/// <item>a clause equal to one already taken is skipped.</item>
/// </list>
/// </summary>
public static class HeadlineComposer
{
    public const int MinClause = 4;

    private static readonly char[] AfterSubject = [' ', '：', ':', '，', ',', '、', '|', '｜', '-', '—'];
    private static readonly char[] ClosingStops = ['。', '.', '；', ';', '！', '!', ' '];

    /// <param name="titles">Ranked titles with their segmented (normalised) words.</param>
    /// <param name="subjects">The words of every name of the group's subject.</param>
    public static string Compose(IEnumerable<(string Title, string[] Words)> titles, IReadOnlyList<string[]> subjects, int items, int maxLength)
    {
        var clauses = new List<string>();
        int length = 0;
        foreach (var (title, words) in titles)
        {
            if (clauses.Count >= items)
            {
                break;
            }

            var clause = Clause(title, words, subjects);
            if (clauses.Contains(clause))
            {
                continue;
            }

            if (clauses.Count > 0 && length + 1 + clause.Length > maxLength)
            {
                break;
            }

            length += (clauses.Count > 0 ? 1 : 0) + clause.Length;
            clauses.Add(clause);
        }

        return string.Join("，", clauses);
    }

    /// <summary>The title without its leading subject and closing stop.</summary>
    public static string Clause(string title, string[] words, IReadOnlyList<string[]> subjects)
    {
        var text = title.Trim();
        var normalized = WordSegmenter.Normalize(text);
        if (normalized.Length == text.Length)
        {
            foreach (var subject in subjects.Where(s => s.Length > 0 && s.Length <= words.Length).OrderByDescending(s => s.Length))
            {
                if (!words.AsSpan(0, subject.Length).SequenceEqual(subject))
                {
                    continue;
                }

                int end = EndOf(normalized, subject);
                var rest = text[end..].TrimStart(AfterSubject);

                // Qwen2.5 is not "Qwen" followed by "2.5": a Latin or digit run goes on across the cut.
                bool splitsRun = end > 0 && end < text.Length && char.IsAsciiLetterOrDigit(text[end - 1]) && char.IsAsciiLetterOrDigit(text[end]);
                if (end > 0 && !splitsRun && rest.Length >= MinClause)
                {
                    text = rest;
                    break;
                }
            }
        }

        return text.TrimEnd(ClosingStops);
    }

    /// <summary>Character offset just after <paramref name="words"/> in the normalised text, or 0 when they cannot be located.</summary>
    private static int EndOf(string normalized, string[] words)
    {
        int cursor = 0;
        foreach (var w in words)
        {
            int at = normalized.IndexOf(w, cursor, StringComparison.Ordinal);
            if (at < 0 || normalized[cursor..at].Any(c => !char.IsWhiteSpace(c)))
            {
                return 0;
            }

            cursor = at + w.Length;
        }

        return cursor;
    }
}
