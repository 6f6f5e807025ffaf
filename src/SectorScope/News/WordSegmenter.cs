using JiebaNet.Segmenter;
using SectorScope.Workspace;

namespace SectorScope.News;

/// <summary>
/// Splits text into words with jieba.NET so that a keyword matches whole words: 快手 matches
/// 快手/电商 but not 快手快脚, 阿里 does not match 阿里山. Only runs of Chinese characters go to jieba
/// (its accurate mode, without the HMM guesser, so results depend on the dictionary alone); Latin
/// letters, digits and every other character are split here, and text is NFKC-normalised and
/// lower-cased first, so ＡＩ, AI and ai are one word.
/// </summary>
/// <remarks>
/// The taxonomy's Chinese terms are added to jieba's process-wide dictionary for the duration of
/// one call and taken out again afterwards, under a lock: a digest depends on its own taxonomy only,
/// never on what another digest added before it.
/// </remarks>
public static class WordSegmenter
{
    /// <summary>Frequency a taxonomy term has in the dictionary while a call runs (jieba's own words run from 1 to ~900,000).</summary>
    public const int TermFrequency = 1000;

    private static readonly Lock Gate = new();

    /// <summary>The words of each text, with <paramref name="terms"/> kept whole wherever the text allows.</summary>
    public static IReadOnlyList<string[]> Split(IReadOnlyList<string> texts, IEnumerable<string> terms) => Segment(texts, terms).Texts;

    /// <summary>
    /// The words of each text, and for every term that is one word but holds other words (美团外卖 →
    /// 美团, 外卖) those inner words, as the segmenter cuts the term without itself: a keyword inside a
    /// longer taxonomy term still counts, a keyword inside an ordinary word (游戏 in 游戏机) does not.
    /// </summary>
    public static Segmentation Segment(IReadOnlyList<string> texts, IEnumerable<string> terms)
    {
        lock (Gate)
        {
            var dictionary = Dictionary();
            var segmenter = new JiebaSegmenter();
            var added = new List<(string Word, bool Had, int Frequency)>();
            try
            {
                foreach (var run in terms.SelectMany(t => ChineseRuns(Normalize(t))).Where(r => r.Length >= 2).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
                {
                    bool had = dictionary.ContainsWord(run);
                    int frequency = had ? dictionary.GetFreqOrDefault(run) : 0;
                    if (frequency < TermFrequency)
                    {
                        added.Add((run, had, frequency));
                        dictionary.AddWord(run, TermFrequency);
                    }
                }

                var compounds = new Dictionary<string, string[]>(StringComparer.Ordinal);
                foreach (var (word, _, _) in added.Where(a => a.Word.Length >= 3))
                {
                    dictionary.AddWord(word, 0);
                    var inner = segmenter.Cut(word, cutAll: false, hmm: false).ToArray();
                    dictionary.AddWord(word, TermFrequency);
                    if (inner.Length > 1)
                    {
                        compounds[word] = inner;
                    }
                }

                return new Segmentation([.. texts.Select(t => Tokens(Normalize(t), segmenter))], compounds);
            }
            finally
            {
                foreach (var (word, had, frequency) in added)
                {
                    if (had)
                    {
                        dictionary.AddWord(word, frequency);
                    }
                    else
                    {
                        dictionary.DeleteWord(word);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Full-width ASCII (ＡＩ，２０２４) and the ideographic space become ASCII, then lower case; one
    /// character for one, so offsets in the result are offsets in the text. (Done here rather than
    /// with NFKC, which the invariant-globalization runtime does not apply.)
    /// </summary>
    public static string Normalize(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                span[i] = char.ToLowerInvariant(FullWidth.Fold(source[i]));
            }
        });

    public static bool IsChinese(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>Loads jieba's dictionary (the slow first step of any segmentation), so that it can overlap other work.</summary>
    public static void Preload()
    {
        lock (Gate)
        {
            Dictionary();
            _ = new JiebaSegmenter();
        }
    }

    private static WordDictionary Dictionary()
    {
        var path = ConfigManager.MainDictFile;
        if (!File.Exists(path))
        {
            // jieba itself would silently segment with an empty dictionary.
            throw new InvalidOperationException($"the jieba dictionary {path} is missing: jieba.NET's Resources folder must be copied beside the binaries");
        }

        return WordDictionary.Instance;
    }

    private static IEnumerable<string> ChineseRuns(string text)
    {
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool chinese = i < text.Length && IsChinese(text[i]);
            if (chinese && start < 0)
            {
                start = i;
            }
            else if (!chinese && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    private static string[] Tokens(string text, JiebaSegmenter segmenter)
    {
        var tokens = new List<string>(text.Length / 2 + 4);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            int j = i + 1;
            if (IsChinese(c))
            {
                while (j < text.Length && IsChinese(text[j]))
                {
                    j++;
                }

                tokens.AddRange(segmenter.Cut(text[i..j], cutAll: false, hmm: false));
            }
            else if (char.IsAsciiLetter(c) || char.IsAsciiDigit(c))
            {
                bool letter = char.IsAsciiLetter(c);
                while (j < text.Length && (letter ? char.IsAsciiLetter(text[j]) : char.IsAsciiDigit(text[j])))
                {
                    j++;
                }

                tokens.Add(text[i..j]);
            }
            else if (!char.IsWhiteSpace(c))
            {
                tokens.Add(text[i..j]);
            }

            i = j;
        }

        return [.. tokens];
    }
}

/// <summary>Segmented texts, and the inner words of the taxonomy terms that are single words.</summary>
public sealed record Segmentation(IReadOnlyList<string[]> Texts, IReadOnlyDictionary<string, string[]> Compounds);
