using System.Text.RegularExpressions;
using SectorScope.Workspace;

namespace SectorScope.Reporting.FactCheck;

/// <summary>
/// Finds the claims in a paragraph. Only numbers carrying a unit of measure are claims (16.7%, 20.0pct, 50bp,
/// 20.59x, 16倍); dates (11月, 2024年12月2日), counts (112款) and labels (图3, 表1) carry none and are never
/// read. The text is normalised first (<see cref="TextNormaliser"/>), so full-width digits and every width of
/// minus read as their ASCII forms. Each claim's metric comes from the nearest keyword before it in its clause
/// (涨幅/下跌 → return, 跑赢/跑输 → excess, 分位 → percentile, 同比/环比, 经调整 → adjusted multiple, PE-TTM, a year →
/// forward PE); its period from the last period written before it in the sentence (10月, 年初至今, 近一年, 三季度;
/// the report month when none is); its subject is the nearest fitting name before it, in its clause, else its
/// sentence, else the previous sentence when that names only one. A list of n numbers (16.7%、9.1%、7.7%)
/// pairs with a list of n fitting names before it (金山软件、网易、金蝶国际, or 三者 standing for one), or is
/// left unchecked; so is a number whose subject is a name the workspace does not know (恒生指数, IBM).
/// The words it understands are one language's table (<see cref="ClaimVocabulary"/>, Chinese by default).
/// </summary>
public sealed partial class ClaimReader
{
    private readonly SubjectIndex subjects;
    private readonly ReportPeriod period;
    private readonly ClaimVocabulary words;
    private readonly Regex _numberToken;
    private readonly Regex _periodToken;
    private readonly Regex _forecastYear;
    private readonly Regex _collective;
    private readonly Regex _unknownName;
    private readonly Regex _rank;

    public ClaimReader(SubjectIndex subjects, ReportPeriod period, ClaimVocabulary? words = null)
    {
        this.subjects = subjects;
        this.period = period;
        this.words = words ?? ChineseClaimWords.Vocabulary;
        _numberToken = NumberRegex(this.words);
        _periodToken = new Regex(this.words.PeriodPattern, RegexOptions.CultureInvariant);
        _forecastYear = new Regex(this.words.ForecastYearPattern, RegexOptions.CultureInvariant);
        _collective = new Regex(this.words.CollectivePattern, RegexOptions.CultureInvariant);
        _unknownName = new Regex(this.words.UnknownNamePattern, RegexOptions.CultureInvariant);
        _rank = new Regex(this.words.RankPattern, RegexOptions.CultureInvariant);
    }

    private sealed record Number(int Start, int Length, double Value, int Decimals, ClaimUnit Unit)
    {
        public int End => Start + Length;
    }

    /// <summary>A sentence with the names and periods written in it.</summary>
    private sealed record Sentence(string Text, IReadOnlyList<SubjectMention> Mentions, IReadOnlyList<PeriodMention> Periods);

    /// <param name="skip">True for offsets of text that placeholders produced: computed, not claimed.</param>
    public IReadOnlyList<Claim> Read(string text, Func<int, bool>? skip = null)
    {
        var normal = TextNormaliser.Normalise(text);
        var claims = new List<Claim>();
        Sentence? previous = null;
        foreach (var (start, body) in Sentences(normal))
        {
            var s = new Sentence(body, subjects.Find(body), Periods(body));
            var numbers = Numbers(body).Where(n => skip is null || !skip(start + n.Start)).ToArray();
            var read = numbers.Select(n => Classify(s, n)).ToArray();

            // Runs of numbers of one metric and period within one clause, or joined only by list separators where commas
            // also end clauses (16.7%, 9.1% and 7.7%): a parallel list.
            int i = 0;
            while (i < read.Length)
            {
                int j = i + 1;
                while (j < read.Length && read[j].Metric == read[i].Metric && read[i].Metric is not null && read[j].Span == read[i].Span
                       && (ClauseStart(body, numbers[j].Start) == ClauseStart(body, numbers[i].Start)
                           || (words.WordsFollow && IsListGap(body[numbers[j - 1].End..numbers[j].Start]))))
                {
                    j++;
                }

                var group = numbers[i..j];
                var found = Subjects(s, previous, group, read[i].Metric);
                for (int k = 0; k < group.Length; k++)
                {
                    var n = group[k];
                    var partial = read[i + k];
                    var (subject, why) = found[k];
                    var (benchmark, benchmarkProblem) = partial.Metric == ClaimMetric.Excess ? Benchmark(s, n) : (null, null);
                    claims.Add(partial with
                    {
                        Offset = start + n.Start,
                        Literal = text.Substring(start + n.Start, n.Length),
                        SubjectText = subject?.Text,
                        SubjectCodes = subject?.Codes ?? [],
                        BenchmarkCode = benchmark,
                        Problem = partial.Problem ?? why ?? benchmarkProblem,
                    });
                }

                i = j;
            }

            previous = s;
        }

        return claims;
    }

    private static bool Fits(SubjectKind kind, ClaimMetric? metric) => metric switch
    {
        ClaimMetric.Return => kind is SubjectKind.Security or SubjectKind.Index,
        ClaimMetric.Rank => kind == SubjectKind.Security,
        ClaimMetric.Excess or ClaimMetric.ForwardPe or ClaimMetric.AdjustedMultiple => kind == SubjectKind.Security,
        ClaimMetric.PeTtm or ClaimMetric.Percentile => kind == SubjectKind.Index,
        ClaimMetric.Yoy or ClaimMetric.Mom => kind == SubjectKind.Series,
        _ => false,
    };
}
