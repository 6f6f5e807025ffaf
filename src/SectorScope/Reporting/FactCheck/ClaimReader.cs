using SectorScope.Workspace;

namespace SectorScope.Reporting.FactCheck;

/// <summary>
/// Finds the claims in a paragraph. Only numbers carrying a unit of measure are claims (16.7%, 20.0pct,
/// 20.59x, 16倍); dates (11月, 2024年12月2日), counts (112款) and labels (图3, 表1) carry none and are never
/// read. Each claim's metric comes from the nearest keyword before it in its clause (涨幅/下跌 → return,
/// 跑赢/跑输 → excess, 分位 → percentile, 同比/环比, 经调整 → adjusted multiple, PE-TTM, a year → forward PE);
/// its subject is the nearest fitting name before it in the sentence; a list of n numbers (16.7%、9.1%、7.7%)
/// pairs with a list of n fitting names before it (金山软件、网易、金蝶国际), or is left unchecked.
/// </summary>
public sealed partial class ClaimReader(SubjectIndex subjects, ReportPeriod period)
{
    private enum Unit
    {
        Percent,
        Points,
        Multiple,
    }

    private sealed record Number(int Start, int Length, string Literal, double Value, int Decimals, Unit Unit);

    /// <param name="skip">True for offsets of text that placeholders produced: computed, not claimed.</param>
    public IReadOnlyList<Claim> Read(string text, Func<int, bool>? skip = null)
    {
        var claims = new List<Claim>();
        foreach (var (sentenceStart, sentence) in Split(text, SentenceEnd()))
        {
            var mentions = subjects.Find(sentence);
            var numbers = Numbers(sentence).Where(n => skip is null || !skip(sentenceStart + n.Start)).ToArray();
            var read = numbers.Select(n => Classify(sentence, n)).ToArray();

            // Group runs of numbers of one metric within one clause: a parallel list.
            int i = 0;
            while (i < read.Length)
            {
                int j = i + 1;
                while (j < read.Length && read[j].Metric == read[i].Metric && read[i].Metric is not null
                       && ClauseStart(sentence, numbers[j].Start) == ClauseStart(sentence, numbers[i].Start))
                {
                    j++;
                }

                var group = Enumerable.Range(i, j - i).ToArray();
                var fitting = mentions.Where(m => m.End <= numbers[i].Start && Fits(m.Kind, read[i].Metric)).ToArray();
                var listed = ListLength(sentence, fitting);
                for (int k = 0; k < group.Length; k++)
                {
                    var n = numbers[group[k]];
                    var partial = read[group[k]];
                    var pairs = fitting.Length >= group.Length && (group.Length == 1 || listed == group.Length);
                    SubjectMention? subject = pairs ? fitting[fitting.Length - group.Length + k] : null;
                    var problem = partial.Problem;
                    if (problem is null && subject is null)
                    {
                        problem = group.Length > 1 ? $"{group.Length} numbers but a list of {listed} names before them" : "no company, index or series named before the number";
                    }

                    claims.Add(partial with
                    {
                        Offset = sentenceStart + n.Start,
                        SubjectText = subject?.Text,
                        SubjectCodes = subject?.Codes ?? [],
                        BenchmarkCode = partial.Metric == ClaimMetric.Excess ? Benchmark(sentence, mentions, n) : null,
                        Problem = problem,
                    });
                }

                i = j;
            }
        }

        return claims;
    }

    private static bool Fits(SubjectKind kind, ClaimMetric? metric) => metric switch
    {
        ClaimMetric.Return => kind is SubjectKind.Security or SubjectKind.Index,
        ClaimMetric.Excess or ClaimMetric.ForwardPe or ClaimMetric.AdjustedMultiple => kind == SubjectKind.Security,
        ClaimMetric.PeTtm or ClaimMetric.Percentile => kind == SubjectKind.Index,
        ClaimMetric.Yoy or ClaimMetric.Mom => kind == SubjectKind.Series,
        _ => false,
    };

    /// <summary>
    /// How many names form the list that ends with the last fitting name: 金山软件、网易、金蝶国际 is three.
    /// A list of n numbers pairs only with a list of n names, never with the last n of a longer list.
    /// </summary>
    private static int ListLength(string sentence, IReadOnlyList<SubjectMention> fitting)
    {
        if (fitting.Count == 0)
        {
            return 0;
        }

        int length = 1;
        for (int i = fitting.Count - 1; i > 0 && ListSeparators.Contains(sentence[fitting[i - 1].End..fitting[i].Start].Trim()); i--)
        {
            length++;
        }

        return length;
    }

    private static readonly string[] ListSeparators = ["、", "和", "与", "及", "以及"];

    /// <summary>The index an excess is measured against: the last index named in the clause before the number.</summary>
    private static string? Benchmark(string sentence, IReadOnlyList<SubjectMention> mentions, Number n)
    {
        var clause = ClauseStart(sentence, n.Start);
        return mentions.LastOrDefault(m => m.Kind == SubjectKind.Index && m.Start >= clause && m.End <= n.Start)?.Codes[0];
    }
}
