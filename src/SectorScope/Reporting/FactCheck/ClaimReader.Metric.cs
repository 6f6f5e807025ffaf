namespace SectorScope.Reporting.FactCheck;

/// <summary>
/// What a number claims: its metric from the nearest keyword before it in its clause (or, in a clause that
/// is only the numbers, in its sentence: 按24年经调整利润计，腾讯约16X), its sign from the wording, its year and period.
/// </summary>
public sealed partial class ClaimReader
{
    private Claim Classify(Sentence s, Number n)
    {
        var sentence = s.Text;
        var clauseStart = ClauseStart(sentence, n.Start);
        var window = sentence[clauseStart..n.Start];
        var before = sentence[..n.Start];
        var after = words.WholeWords ? sentence[(n.Start + n.Length)..].TrimStart() : sentence[(n.Start + n.Length)..];
        var token = sentence.Substring(n.Start, n.Length);
        var (tailFrom, tailTo) = Tail(sentence, n);
        var tail = sentence[tailFrom..tailTo];
        var claim = new Claim(n.Start, "", n.Value, n.Decimals, Excerpt(sentence, clauseStart, n), null, null, [], null, null, null, null);

        if (n.Unit == ClaimUnit.Multiple)
        {
            // 按24年经调整利润计，腾讯约16X: a clause that is only a name and a number takes the multiple of its sentence.
            return Multiple(claim, s, n, IsOnlyNumbers(s, clauseStart, n.Start) ? before : window, before, tail);
        }

        if (n.Unit == ClaimUnit.Rank)
        {
            var rankSpan = PeriodOf(s, n);
            return claim with { Metric = ClaimMetric.Rank, Span = rankSpan?.Span, PeriodText = rankSpan?.Text, Problem = rankSpan is { Span: null, Problem: { } p } ? p : null };
        }

        if (n.Unit == ClaimUnit.Percent
            && words.Percentile.Any(w => after.StartsWith(w, StringComparison.Ordinal) || window.Contains(w, StringComparison.Ordinal) || token.Contains(w, StringComparison.Ordinal)))
        {
            return AtReportDate(claim with { Metric = ClaimMetric.Percentile }, s, n);
        }

        // A 16.7% gain, 3.2% year on year: a metric word right after the number is what it measures.
        var (word, category) = FollowingKeyword(tail) is { Word: not null } following ? following : LastKeyword(window);
        if (word is null && IsOnlyNumbers(s, clauseStart, n.Start))
        {
            // 涨幅分别为：16.7%、9.1%: the keyword of an earlier clause governs a clause that is only numbers.
            (word, category) = LastKeyword(before);
        }

        if (category == MetricWord.Return && ChangeKind(window) is { } change)
        {
            // 环比下降2.1%: the direction word belongs to the series change named before it.
            category = change;
        }

        var span = PeriodOf(s, n);
        claim = claim with { Span = span?.Span, PeriodText = span?.Text };
        if (span is { Span: null, Problem: { } why } && category is MetricWord.Return or MetricWord.Excess)
        {
            return claim with { Metric = Metric(category!.Value), Problem = why };
        }

        switch (word is null ? null : category)
        {
            case MetricWord.Excess:
                return Excess(claim, n, word!);
            case MetricWord.Return:
                return n.Unit == ClaimUnit.Points
                    ? claim with { Metric = ClaimMetric.Return, Stated = Signed(n.Value, word!), WordingError = "a return is stated in pct; returns are in % (pct is for excess over an index)" }
                    : Directed(claim with { Metric = ClaimMetric.Return, Stated = Signed(n.Value, word!) }, word!, n);
            case MetricWord.Yoy:
                return AtReportDate(Directed(claim with { Metric = ClaimMetric.Yoy, Stated = Signed(n.Value, window) }, LastKeyword(window).Word!, n), s, n);
            case MetricWord.Mom:
                var mom = claim with { Metric = ClaimMetric.Mom, Stated = Signed(n.Value, window), ChangeFrequency = ChangeFrequency(tail) ?? ChangeFrequency(window) };
                return AtReportDate(Directed(mom, LastKeyword(window).Word!, n), s, n);
            default:
                return n.Unit == ClaimUnit.Points
                    ? claim with { Metric = ClaimMetric.Excess }
                    : claim with { Problem = $"what the percentage measures ({words.MetricExamples}) is not said" };
        }
    }

    /// <param name="scope">Where the kind of multiple is read: its clause, or its sentence for a clause of only names and numbers.</param>
    /// <param name="before">The sentence before the number: a year stated once governs the rest of it.</param>
    /// <param name="tail">The words right after the number (15.0x 2024E PE), where words follow numbers: they come first.</param>
    private Claim Multiple(Claim claim, Sentence s, Number n, string scope, string before, string tail)
    {
        var year = FirstYear(tail) ?? LastYear(scope) ?? LastYear(before);
        // The kind written nearest after the number (16x 2024 adjusted profit) comes first; else the nearest before it.
        var kind = MultipleKind(tail, after: true) ?? MultipleKind(scope, after: false);
        if (kind == ClaimMetric.AdjustedMultiple)
        {
            return AtReportDate(claim with { Metric = ClaimMetric.AdjustedMultiple, Year = year, Problem = year is null ? "no year stated for the multiple" : null }, s, n);
        }

        if (kind == ClaimMetric.PeTtm)
        {
            return AtReportDate(claim with { Metric = ClaimMetric.PeTtm }, s, n);
        }

        if (kind == ClaimMetric.ForwardPe || year is not null)
        {
            return AtReportDate(claim with { Metric = ClaimMetric.ForwardPe, Year = year, Problem = year is null ? "no year stated for the forward PE" : null }, s, n);
        }

        return claim with { Problem = $"a multiple of what ({words.MultipleExamples}) is not said" };
    }

    /// <summary>The kind of multiple whose word stands nearest the number: the first one of the text after it, the last one of the text before it.</summary>
    private ClaimMetric? MultipleKind(string text, bool after)
    {
        (ClaimMetric Kind, IReadOnlyList<string> Words)[] kinds =
            [(ClaimMetric.AdjustedMultiple, words.AdjustedMultiple), (ClaimMetric.PeTtm, words.TrailingMultiple), (ClaimMetric.ForwardPe, words.ForwardMultiple)];
        var found = kinds.Select(k => (k.Kind, At: after ? k.Words.Select(w => FirstIndexOfWord(text, w)).Where(i => i >= 0).DefaultIfEmpty(-1).Min() : LastIndexOfAny(text, k.Words)))
            .Where(k => k.At >= 0).ToArray();
        // On a tie (PE-TTM holds PE) the earlier kind of the list wins, as adjusted and trailing are the narrower words.
        return found.Length == 0 ? null : after ? found.MinBy(k => k.At).Kind : found.MaxBy(k => k.At).Kind;
    }

    /// <summary>
    /// Valuations, multiples and industry series are of the report date: a claim about another period is not checked against them.
    /// </summary>
    /// A multiple's year (24年经调整利润) is its fiscal year, not a period: only months, quarters and spans count for it.
    /// A series change about a calendar quarter (三季度环比增长5%) keeps its quarter: the checker compares it with a quarterly
    /// series' latest quarter, and leaves it unchecked for a series observed in another period.
    private Claim AtReportDate(Claim claim, Sentence s, Number n) =>
        s.Periods.LastOrDefault(p => p.End <= n.Start && !(p.IsYear && n.Unit == ClaimUnit.Multiple)) is { } p && p.Span != SectorScope.Analytics.ReturnSpan.Month(period)
            ? claim.Metric is ClaimMetric.Yoy or ClaimMetric.Mom && p.Span is { } q && q == SectorScope.Analytics.ReturnSpan.Quarter(q.Last.Year, (q.Last.Month + 2) / 3)
                ? claim with { Span = q, PeriodText = p.Text }
                : claim with { Problem = $"the sentence is about {p.Text}, and {claim.Metric} is known only for the report period {period}", PeriodText = p.Text }
            : claim;

    /// <summary>下跌-3.2% and 上涨-3.2%: a direction word with a signed number contradicts itself, whatever the size.</summary>
    private Claim Directed(Claim claim, string word, Number n) =>
        n.Value < 0 && (words.Falling.Contains(word) || words.Rising.Contains(word))
            ? claim with { WordingError = $"{word} with a negative number: write the size after {word}, or the signed value after {words.SignedReturnWord}" }
            : claim;

    private Claim Excess(Claim claim, Number n, string word)
    {
        var under = words.Underperform.Contains(word);
        if (n.Unit == ClaimUnit.Percent)
        {
            return claim with { Metric = ClaimMetric.Excess, Stated = under ? -Math.Abs(n.Value) : n.Value, WordingError = "an excess return is stated in %; excess over an index is in pct (percentage points)" };
        }

        if (words.Outperform.Contains(word) && n.Value < 0)
        {
            return claim with { Metric = ClaimMetric.Excess, WordingError = $"{word} with a negative number: a stock that lagged reads {words.Underperform[0]} with the size" };
        }

        if (under && n.Value < 0)
        {
            return claim with { Metric = ClaimMetric.Excess, WordingError = $"{word} with a negative number: write the size after {word}" };
        }

        return claim with { Metric = ClaimMetric.Excess, Stated = under ? -n.Value : n.Value };
    }

    private static ClaimMetric Metric(MetricWord word) => word switch
    {
        MetricWord.Excess => ClaimMetric.Excess,
        MetricWord.Yoy => ClaimMetric.Yoy,
        MetricWord.Mom => ClaimMetric.Mom,
        _ => ClaimMetric.Return,
    };

    /// <summary>The keyword that ends last before the number; on a tie the longer one (涨跌幅 over 跌幅).</summary>
    private (string? Word, MetricWord? Category) LastKeyword(string window)
    {
        string? best = null;
        MetricWord? category = null;
        int bestEnd = -1;
        foreach (var (word, c) in words.MetricWords)
        {
            var at = LastIndexOfWord(window, word);
            if (at >= 0 && (at + word.Length > bestEnd || (at + word.Length == bestEnd && word.Length > best!.Length)))
            {
                (best, category, bestEnd) = (word, c, at + word.Length);
            }
        }

        return (best, category);
    }

    /// <summary>The frequency the last change word of the text names (month on month → monthly); null for 环比, which names none.</summary>
    private SectorScope.Analytics.Frequency? ChangeFrequency(string text) =>
        words.ChangeFrequencies.Select(w => (w.Frequency, At: LastIndexOfWord(text, w.Word))).Where(w => w.At >= 0)
            .OrderByDescending(w => w.At).Select(w => (SectorScope.Analytics.Frequency?)w.Frequency).FirstOrDefault();

    private MetricWord? ChangeKind(string window)
    {
        var yoy = LastIndexOfAny(window, [.. words.MetricWords.Where(w => w.Metric == MetricWord.Yoy).Select(w => w.Word)]);
        var mom = LastIndexOfAny(window, [.. words.MetricWords.Where(w => w.Metric == MetricWord.Mom).Select(w => w.Word)]);
        return yoy < 0 && mom < 0 ? null : yoy > mom ? MetricWord.Yoy : MetricWord.Mom;
    }

    /// <summary>下跌3.2% claims −3.2; a number written with its own sign keeps it.</summary>
    private double Signed(double value, string context)
    {
        if (value < 0)
        {
            return value;
        }

        var (word, _) = LastKeyword(context);
        return word is not null && words.Falling.Contains(word) ? -value : value;
    }

}
