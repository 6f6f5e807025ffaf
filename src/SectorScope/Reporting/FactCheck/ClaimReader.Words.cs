using System.Text;

namespace SectorScope.Reporting.FactCheck;

/// <summary>
/// Finding a vocabulary's words in text. Chinese words are found anywhere; where the vocabulary asks for whole
/// words (English), a word counts only between non-letters, so rose is not found in prose, nor up in group.
/// </summary>
public sealed partial class ClaimReader
{
    /// <summary>True when <c>text[at..at+length]</c> stands as a word of its own (always, for a vocabulary without whole words).</summary>
    private bool IsWordAt(string text, int at, int length)
    {
        if (!words.WholeWords)
        {
            return true;
        }

        static bool Letter(char c) => char.IsAsciiLetter(c);
        return !(at > 0 && Letter(text[at - 1]) && Letter(text[at])) && !(at + length < text.Length && Letter(text[at + length]) && Letter(text[at + length - 1]));
    }

    /// <summary>Where the last whole occurrence of <paramref name="word"/> starts; −1 when there is none.</summary>
    private int LastIndexOfWord(string text, string word)
    {
        for (var at = text.LastIndexOf(word, StringComparison.Ordinal); at >= 0; at = at == 0 ? -1 : text.LastIndexOf(word, at - 1, StringComparison.Ordinal))
        {
            if (IsWordAt(text, at, word.Length))
            {
                return at;
            }
        }

        return -1;
    }

    private int FirstIndexOfWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (IsWordAt(text, at, word.Length))
            {
                return at;
            }
        }

        return -1;
    }

    private int LastIndexOfAny(string text, IReadOnlyList<string> candidates) =>
        candidates.Count == 0 ? -1 : candidates.Max(w => LastIndexOfWord(text, w));

    /// <summary>Every whole occurrence of each word (longest first, as given) replaced by <paramref name="with"/>.</summary>
    private string RemoveWords(string text, IEnumerable<string> remove, string with)
    {
        foreach (var w in remove)
        {
            if (!words.WholeWords)
            {
                text = text.Replace(w, with, StringComparison.Ordinal);
                continue;
            }

            var result = new StringBuilder(text.Length);
            int from = 0;
            for (var at = text.IndexOf(w, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(w, at + w.Length, StringComparison.OrdinalIgnoreCase))
            {
                if (IsWordAt(text, at, w.Length))
                {
                    result.Append(text, from, at - from).Append(with);
                    from = at + w.Length;
                }
            }

            text = result.Append(text, from, text.Length - from).ToString();
        }

        return text;
    }

    /// <summary>The first word of a sentence is capitalised whatever it is: in a whole-word language it is no unknown name by its capital alone.</summary>
    private bool LeadsItsSentence(Sentence s, int at, string name) =>
        words.WholeWords && !name.Contains(' ', StringComparison.Ordinal) && s.Text[..at].All(c => !char.IsLetterOrDigit(c));

    /// <summary>The metric word a number is followed by (a 16.7% gain, 3.2% lower, 5.0% year on year), where words follow numbers.</summary>
    private (string? Word, MetricWord? Category) FollowingKeyword(string tail)
    {
        var text = tail.TrimStart();
        (string? Word, MetricWord? Category) found = (null, null);
        foreach (var (word, metric) in words.MetricWords)
        {
            if (text.StartsWith(word, StringComparison.Ordinal) && IsWordAt(text, 0, word.Length) && word.Length > (found.Word?.Length ?? 0))
            {
                found = (word, metric);
            }
        }

        return found;
    }
}
