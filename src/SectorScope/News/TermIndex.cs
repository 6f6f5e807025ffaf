namespace SectorScope.News;

/// <summary>What a taxonomy term stands for: a section's keyword, a company or a sub-sector.</summary>
public enum TermKind
{
    SectionKeyword,
    Company,
    SubSector,
}

/// <summary>A term's meaning: its kind and the index of its section, company or sub-sector.</summary>
public readonly record struct TermOwner(TermKind Kind, int Index);

/// <summary>Where a term was found: its owner, its number in the index and the word position of its first word.</summary>
public readonly record struct TermMatch(TermOwner Owner, int Term, int Position);

/// <summary>
/// Finds terms in segmented text: a term matches where its own words appear consecutively, so it
/// never matches part of a word or across a word boundary.
/// </summary>
public sealed class TermIndex
{
    private readonly Dictionary<string, List<(string[] Words, TermOwner Owner, int Term)>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, string[]> _compounds;

    /// <param name="terms">Each term's segmented words and owner (segment terms with the same call as the texts); a term's number is its position here.</param>
    /// <param name="compounds">Inner words of one-word terms (<see cref="Segmentation.Compounds"/>): terms are found inside them too.</param>
    public TermIndex(IReadOnlyList<(string[] Words, TermOwner Owner)> terms, IReadOnlyDictionary<string, string[]>? compounds = null)
    {
        _compounds = compounds ?? new Dictionary<string, string[]>();
        for (int t = 0; t < terms.Count; t++)
        {
            var (words, owner) = terms[t];
            if (words.Length == 0)
            {
                continue;
            }

            if (!_byFirstWord.TryGetValue(words[0], out var list))
            {
                _byFirstWord[words[0]] = list = [];
            }

            list.Add((words, owner, t));
        }
    }

    /// <summary>Every match in <paramref name="words"/>, in text order; a match inside a compound term has the compound's position.</summary>
    public IEnumerable<TermMatch> Find(string[] words)
    {
        for (int i = 0; i < words.Length; i++)
        {
            foreach (var m in At(words, i, i))
            {
                yield return m;
            }

            if (_compounds.TryGetValue(words[i], out var inner))
            {
                for (int k = 0; k < inner.Length; k++)
                {
                    foreach (var m in At(inner, k, i))
                    {
                        yield return m;
                    }
                }
            }
        }
    }

    private IEnumerable<TermMatch> At(string[] words, int i, int position)
    {
        if (!_byFirstWord.TryGetValue(words[i], out var candidates))
        {
            yield break;
        }

        foreach (var (term, owner, number) in candidates)
        {
            if (i + term.Length <= words.Length && words.AsSpan(i, term.Length).SequenceEqual(term))
            {
                yield return new TermMatch(owner, number, position);
            }
        }
    }
}
