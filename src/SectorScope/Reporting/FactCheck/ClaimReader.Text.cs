using System.Globalization;
using System.Text.RegularExpressions;

namespace SectorScope.Reporting.FactCheck;

/// <summary>The text of a claim: numbers with their unit, sentences and clauses.</summary>
public sealed partial class ClaimReader
{
    private IEnumerable<Number> Numbers(string text) => Measures(text).Concat(Ranks(text)).OrderBy(n => n.Start);

    /// <summary>涨幅排名第3: the place, as a number of its own kind.</summary>
    private IEnumerable<Number> Ranks(string text)
    {
        foreach (Match m in _rank.Matches(text))
        {
            var n = m.Groups["n"];
            var value = char.IsAsciiDigit(n.Value[0]) ? int.Parse(n.Value, NumberStyles.None, CultureInfo.InvariantCulture) : words.Numerals[n.Value];
            yield return new Number(n.Index, n.Length, value, 0, ClaimUnit.Rank);
        }
    }

    private IEnumerable<Number> Measures(string text)
    {
        foreach (Match m in _numberToken.Matches(text))
        {
            var digits = m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal);
            if (!double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            var (_, unit, scale) = words.Units.First(u => u.Word == m.Groups["u"].Value);
            var dot = digits.IndexOf('.');
            var decimals = (dot < 0 ? 0 : digits.Length - dot - 1) + (scale < 1 ? 2 : 0);
            var sign = m.Groups["sign"].Value == "-" ? -1 : 1;
            yield return new Number(m.Index, m.Length, value * scale * sign, decimals, unit);
        }
    }

    /// <summary>
    /// A number with its unit. Digits are ASCII after normalising, so <c>[0-9]</c> never meets another script's
    /// digit; at most 9 integer and 6 decimal digits, so a value always fits what a report displays (a longer
    /// run of digits is not a measure and is not read). A sign only where it cannot be a range dash (20%-30%).
    /// </summary>
    private static Regex NumberRegex(ClaimVocabulary words)
    {
        var units = string.Join("|", words.Units.Select(u => Regex.Escape(u.Word) + (u.Word.All(char.IsAsciiLetter) ? "(?![A-Za-z])" : "")));
        return new Regex(
            @"(?<![0-9.%A-Za-z])(?:(?<sign>[-+])\s*)?(?<![0-9.,])(?<n>[0-9]{1,3}(?:,[0-9]{3}){1,2}(?:\.[0-9]{1,6})?(?![0-9])|[0-9]{1,9}(?:\.[0-9]{1,6})?(?![0-9.]))\s*(?<u>" + units + ")",
            RegexOptions.CultureInvariant);
    }

    private int ClauseStart(string sentence, int offset)
    {
        if (offset <= 0)
        {
            return 0;
        }

        var at = sentence.LastIndexOfAny([.. words.ClauseEnds], Math.Min(sentence.Length - 1, offset - 1));
        return at < 0 ? 0 : at + 1;
    }

    private string Excerpt(string sentence, int clauseStart, Number n)
    {
        var end = sentence.IndexOfAny([.. words.ClauseEnds], n.Start + n.Length);
        var text = sentence[clauseStart..(end < 0 ? sentence.Length : end)].Trim();
        return text.Length <= 48 ? text : text[..48] + "…";
    }

    private IEnumerable<(int Start, string Text)> Sentences(string text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (words.SentenceEnds.Contains(text[i], StringComparison.Ordinal) || IsFullStop(text, i))
            {
                yield return (start, text[start..i]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return (start, text[start..]);
        }
    }

    /// <summary>A full stop that ends a sentence: followed by a space or the end, not after an abbreviation (vs., No.) nor inside a number or a name (16.7, Amazon.com).</summary>
    private bool IsFullStop(string text, int i)
    {
        if (words.FullStopExceptAfter is not { } abbreviations || text[i] != '.' || (i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1])))
        {
            return false;
        }

        int start = i;
        while (start > 0 && (char.IsAsciiLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        return !abbreviations.Contains(text[start..i], StringComparer.Ordinal);
    }

    /// <summary>
    /// Where words follow numbers: the text after <paramref name="n"/> and the rest of its list (16.7%, 9.1% and 7.7%),
    /// up to the end of the clause or the next number. Empty where they do not.
    /// </summary>
    private (int From, int To) Tail(string sentence, Number n)
    {
        if (!words.WordsFollow)
        {
            return (n.End, n.End);
        }

        var numbers = Numbers(sentence).Where(m => m.Start >= n.End).ToArray();
        var end = n.End;
        var next = 0;
        while (next < numbers.Length && IsListGap(sentence[end..numbers[next].Start]))
        {
            end = numbers[next++].End;
        }

        var stop = sentence.IndexOfAny([.. words.ClauseEnds], end);
        var limit = Math.Min(stop < 0 ? sentence.Length : stop, next < numbers.Length ? numbers[next].Start : sentence.Length);
        return (end, Math.Max(end, limit));
    }

    /// <summary>Only a list separator between two numbers or names (、 and ,).</summary>
    private bool IsListGap(string between) => words.ListSeparators.Contains(between.Trim(), StringComparer.Ordinal);

    private int? FirstYear(string text) => _forecastYear.Match(text) is { Success: true } m ? TwoOrFourDigitYear(m.Groups["y"].Value) : null;

    private int? LastYear(string text)
    {
        var matches = _forecastYear.Matches(text);
        return matches.Count == 0 ? null : TwoOrFourDigitYear(matches[^1].Groups["y"].Value);
    }

    private static int TwoOrFourDigitYear(string digits)
    {
        var year = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        return digits.Length == 2 ? 2000 + year : year;
    }
}
