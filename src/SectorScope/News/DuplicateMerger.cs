using SectorScope.Workspace;

namespace SectorScope.News;

/// <summary>
/// Merges the same story told by several sources into one <see cref="NewsStory"/>.
/// <list type="bullet">
/// <item>Exact duplicates: the same link, or the same title (ignoring case, width, spaces and
/// punctuation) at most <see cref="NewsDedup.Days"/> apart.</item>
/// <item>Near duplicates: at most <see cref="NewsDedup.Days"/> apart, and the words of title and text
/// shared by both weigh at least <see cref="NewsDedup.Similarity"/> of the smaller item's words. A
/// word's weight is ln(1 + n / df), df being the number of the n items that use it, so shared rare
/// words (names, figures) count and common ones (发布, 用户) hardly do. Words are jieba words of two or
/// more characters; an item needs <see cref="MinWords"/> of them to be judged, and two items whose
/// <c>companies</c> codes have nothing in common are never near duplicates. Only pairs that share one
/// of an item's <see cref="CandidateWords"/> rarest words are compared; a word used by more than
/// <see cref="MaxCandidateDf"/> items is not distinctive.</item>
/// </list>
/// Merging is transitive. Everything runs in a fixed order, so the result does not depend on input order
/// beyond the items' own (file, line) order.
/// </summary>
public static class DuplicateMerger
{
    public const int CandidateWords = 8;
    public const int MaxCandidateDf = 64;

    /// <summary>Items with fewer distinct words than this are too short to judge and only merge as exact duplicates.</summary>
    public const int MinWords = 4;

    public static IReadOnlyList<NewsStory> Merge(IReadOnlyList<NewsItem> items, IReadOnlyList<string[]> titleWords, IReadOnlyList<string[]> bodyWords,
        Func<string, int> tierOf, NewsDedup rule)
    {
        int n = items.Count;
        var sets = new UnionFind(n);
        bool Close(int a, int b) => Math.Abs(items[a].Date.DayNumber - items[b].Date.DayNumber) <= rule.Days;

        foreach (var same in Enumerable.Range(0, n).GroupBy(i => TitleKey(items[i].Title), StringComparer.Ordinal).Where(g => g.Key.Length > 0))
        {
            var byDate = same.OrderBy(i => items[i].Date).ToArray();
            for (int k = 1; k < byDate.Length; k++)
            {
                if (Close(byDate[k - 1], byDate[k]))
                {
                    sets.Union(byDate[k - 1], byDate[k]);
                }
            }
        }

        foreach (var same in Enumerable.Range(0, n).Where(i => !string.IsNullOrWhiteSpace(items[i].Url)).GroupBy(i => items[i].Url!.Trim(), StringComparer.Ordinal))
        {
            foreach (var i in same.Skip(1))
            {
                sets.Union(same.First(), i);
            }
        }

        NearDuplicates(items, titleWords, bodyWords, rule, sets, Close);

        var stories = Enumerable.Range(0, n).GroupBy(sets.Find).Select(g => Story([.. g.Select(i => items[i])], tierOf)).ToList();
        return [.. stories.OrderBy(s => s.Date).ThenBy(s => s.Lead.Origin.File, StringComparer.Ordinal).ThenBy(s => s.Lead.Origin.Line)];
    }

    /// <summary>The title as compared for exact duplicates: NFKC, lower case, letters and digits only.</summary>
    public static string TitleKey(string title) => new([.. WordSegmenter.Normalize(title).Where(char.IsLetterOrDigit)]);

    private static void NearDuplicates(IReadOnlyList<NewsItem> items, IReadOnlyList<string[]> titleWords, IReadOnlyList<string[]> bodyWords, NewsDedup rule,
        UnionFind sets, Func<int, int, bool> close)
    {
        int n = items.Count;
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new int[n][];
        for (int i = 0; i < n; i++)
        {
            words[i] = [.. titleWords[i].Concat(bodyWords[i]).Where(w => w.Length >= 2)
                .Select(w => ids.TryGetValue(w, out var id) ? id : ids[w] = ids.Count).Distinct().Order()];
        }

        var df = new int[ids.Count];
        var postings = new List<int>[ids.Count];
        for (int i = 0; i < n; i++)
        {
            foreach (var w in words[i])
            {
                df[w]++;
                (postings[w] ??= []).Add(i);
            }
        }

        var weight = df.Select(d => Math.Log(1.0 + (double)n / d)).ToArray();
        var total = words.Select(ws => ws.Sum(w => weight[w])).ToArray();
        var comparedWith = new int[n]; // comparedWith[j] == i: the pair (j, i) has been looked at
        Array.Fill(comparedWith, -1);
        for (int i = 0; i < n; i++)
        {
            var rare = words[i].Where(w => df[w] is >= 2 and <= MaxCandidateDf).OrderBy(w => df[w]).ThenBy(w => w).Take(CandidateWords);
            if (words[i].Length < MinWords)
            {
                continue;
            }

            foreach (var j in rare.SelectMany(w => postings[w]).Where(j => j < i))
            {
                if (comparedWith[j] == i)
                {
                    continue;
                }

                comparedWith[j] = i;
                if (words[j].Length < MinWords || !close(i, j) || sets.Find(i) == sets.Find(j) || NameOtherCompanies(items[i], items[j]))
                {
                    continue;
                }

                if (Shared(words[i], words[j], weight) >= rule.Similarity * Math.Min(total[i], total[j]))
                {
                    sets.Union(j, i);
                }
            }
        }
    }

    /// <summary>Two items that each name companies, but none in common, report on different companies however alike their words.</summary>
    private static bool NameOtherCompanies(NewsItem a, NewsItem b) =>
        a.Companies.Count > 0 && b.Companies.Count > 0 && !a.Companies.Intersect(b.Companies, StringComparer.Ordinal).Any();

    private static double Shared(int[] a, int[] b, double[] weight)
    {
        double sum = 0;
        for (int x = 0, y = 0; x < a.Length && y < b.Length;)
        {
            if (a[x] == b[y])
            {
                sum += weight[a[x]];
                x++;
                y++;
            }
            else if (a[x] < b[y])
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        return sum;
    }

    /// <summary>The lead is the member from the best tier, then with the longest text, then the earliest, then first in file order.</summary>
    private static NewsStory Story(IReadOnlyList<NewsItem> members, Func<string, int> tierOf)
    {
        var ordered = members.OrderBy(m => m.Origin.File, StringComparer.Ordinal).ThenBy(m => m.Origin.Line).ToArray();
        var lead = ordered.OrderBy(m => tierOf(m.Source)).ThenByDescending(m => m.Body.Length).ThenBy(m => m.Date).First();
        var sources = ordered.GroupBy(m => m.Source, StringComparer.Ordinal)
            .OrderBy(g => tierOf(g.Key)).ThenBy(g => g.Min(m => m.Date)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToArray();
        var rest = ordered.Where(m => !ReferenceEquals(m, lead)).ToArray();
        return new NewsStory(
            lead,
            ordered,
            ordered.Min(m => m.Date),
            sources,
            sources.Min(tierOf),
            [.. rest.Prepend(lead).SelectMany(m => m.Companies).Distinct(StringComparer.Ordinal)],
            [.. rest.Prepend(lead).SelectMany(m => m.Tags).Distinct(StringComparer.Ordinal)]);
    }

    private sealed class UnionFind(int n)
    {
        private readonly int[] _parent = [.. Enumerable.Range(0, n)];

        public int Find(int x)
        {
            while (_parent[x] != x)
            {
                _parent[x] = _parent[_parent[x]];
                x = _parent[x];
            }

            return x;
        }

        /// <summary>Joins two sets; the smaller index stays the root, so roots do not depend on the order of unions.</summary>
        public void Union(int a, int b)
        {
            int ra = Find(a), rb = Find(b);
            if (ra != rb)
            {
                _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }
    }
}
