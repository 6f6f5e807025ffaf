using System.Globalization;
using SectorScope.Analytics;
using SectorScope.Reporting.Narrative;
using SectorScope.Reporting.Wordings;

namespace SectorScope.Reporting.FactCheck;

/// <summary>
/// Recomputes every claim of the prose from the <see cref="FactBook"/> and judges it: equal at the stated
/// number's own decimals agrees; a name several listings share (阿里 → 9988.HK, BABA.US) agrees when one of
/// them does. Numbers placeholders produced are computed, not claimed, and are skipped. Prose is read in the
/// report's language (<see cref="ClaimVocabulary.For"/>); findings name what they checked in it.
/// </summary>
public sealed class FactChecker(FactBook facts, SubjectIndex subjects)
{
    private readonly ClaimReader _reader = new(subjects, facts.Period, ClaimVocabulary.For(facts.Wording.Language));

    private FindingWords Say => facts.Wording.Findings;

    public FactBook Facts => facts;

    public IReadOnlyList<FactFinding> Check(NarrativeDocument document) =>
        [.. document.Paragraphs.SelectMany(p => _reader.Read(p.Text, p.IsComputed).Select(c => Judge(c, $"{document.File}:{DisplayFormat.Integer(p.LineAt(c.Offset))}")))];

    /// <summary>Paragraphs of an edited Word file, located as <c>report.docx:¶N</c> (N counts the body's paragraphs from 1).</summary>
    public IReadOnlyList<FactFinding> Check(string file, IReadOnlyList<string> paragraphs) =>
        [.. paragraphs.SelectMany((text, i) => _reader.Read(text).Select(c => Judge(c, $"{file}:¶{DisplayFormat.Integer(i + 1)}")))];

    private FactFinding Judge(Claim claim, string location)
    {
        var unit = Unit(claim.Metric);
        var stated = DisplayFormat.Number(claim.Stated, claim.Decimals) + unit;
        if (claim.Metric is not { } metric || claim.Problem is not null)
        {
            return new FactFinding(location, claim.Excerpt, claim.SubjectText, claim.Metric is { } m ? Label(m, claim) : null, claim.Literal, null, FactVerdict.Unchecked, claim.Problem);
        }

        var candidates = claim.SubjectCodes.Select(code => (Code: code, Value: Computed(metric, claim, code))).Where(c => c.Value is not null).ToArray();
        if (candidates.Length == 0 && metric is ClaimMetric.Yoy or ClaimMetric.Mom && claim.Span is { } asked
            && claim.SubjectCodes.Select(facts.Series).OfType<SeriesFact>().FirstOrDefault(s => s.Observed != asked) is { Observed: { } observed })
        {
            return new FactFinding(location, claim.Excerpt, Subject(claim.SubjectCodes[0]), Label(metric, claim), stated, null, FactVerdict.Unchecked,
                Say.OtherPeriod(claim.PeriodText ?? SpanLabel(asked), SpanLabel(observed)));
        }

        if (candidates.Length == 0 && metric is ClaimMetric.Mom && claim.ChangeFrequency is { } said
            && claim.SubjectCodes.Select(facts.Series).OfType<SeriesFact>().FirstOrDefault(s => s.Frequency != said) is { } series)
        {
            return new FactFinding(location, claim.Excerpt, Subject(claim.SubjectCodes[0]), Label(metric, claim), stated, null, FactVerdict.Unchecked,
                Say.OtherFrequency(Say.FrequencyName(said), Say.FrequencyName(series.Frequency)));
        }

        if (candidates.Length == 0)
        {
            return new FactFinding(location, claim.Excerpt, Subject(claim.SubjectCodes[0]), Label(metric, claim), stated, null, FactVerdict.Unchecked,
                Say.NoData(Label(metric, claim), string.Join("/", claim.SubjectCodes)));
        }

        var statedRounded = DisplayFormat.Round(claim.Stated, claim.Decimals);
        var match = candidates.FirstOrDefault(c => DisplayFormat.Round(c.Value!.Value, claim.Decimals) == statedRounded);
        var chosen = match.Code is null ? candidates[0] : match;
        var computed = DisplayFormat.Number(chosen.Value!.Value, claim.Decimals) + unit;
        if (claim.WordingError is { } wording)
        {
            var reading = metric == ClaimMetric.Excess && facts.Excess(chosen.Code, claim.BenchmarkCode) is { } e ? $"; the data reads {e.Wording}" : "";
            return new FactFinding(location, claim.Excerpt, Subject(chosen.Code), Label(metric, claim), stated, computed, FactVerdict.Wording, wording + reading);
        }

        return new FactFinding(location, claim.Excerpt, Subject(chosen.Code), Label(metric, claim), stated, computed,
            match.Code is null ? FactVerdict.Mismatch : FactVerdict.Agrees, null);
    }

    private double? Computed(ClaimMetric metric, Claim claim, string code) => metric switch
    {
        ClaimMetric.Return => facts.Return(code, claim.Span ?? ReturnSpan.Month(facts.Period)),
        ClaimMetric.Excess => facts.Excess(code, claim.BenchmarkCode, claim.Span ?? ReturnSpan.Month(facts.Period)),
        ClaimMetric.Rank => facts.Rank(code, claim.Span ?? ReturnSpan.Month(facts.Period)),
        ClaimMetric.Percentile => facts.Valuation(code)?.Percentile.Value,
        ClaimMetric.PeTtm => facts.Valuation(code)?.PeTtm.Value,
        ClaimMetric.ForwardPe => claim.Year is { } y ? facts.Forecast(code, y)?.ForwardPe.Value : null,
        ClaimMetric.AdjustedMultiple => claim.Year is { } y ? facts.Forecast(code, y)?.AdjustedMultiple.Value : null,
        ClaimMetric.Yoy => SeriesOf(code, claim)?.Yoy.Value,
        ClaimMetric.Mom => SeriesOf(code, claim)?.Mom.Value,
        _ => null,
    };

    /// <summary>
    /// The series' latest change; none when the claim names a quarter other than the one the series' latest value is of,
    /// or a change of another frequency (month on month of a quarterly series).
    /// </summary>
    private SeriesFact? SeriesOf(string code, Claim claim) =>
        facts.Series(code) is { } s && (claim.Span is not { } asked || asked == ReturnSpan.Month(facts.Period) || s.Observed == asked)
        && (claim.ChangeFrequency is not { } said || claim.Metric != ClaimMetric.Mom || said == s.Frequency) ? s : null;

    private string Subject(string code) => facts.Universe.Contains(code) ? Say.Subject(facts.Universe.NameOf(code), code) : code;

    private string Label(ClaimMetric metric, Claim claim)
    {
        var year = claim.Year is { } y ? y.ToString(CultureInfo.InvariantCulture) : "?";
        return metric switch
        {
            ClaimMetric.Return => Say.Return(SpanLabel(claim.Span)),
            ClaimMetric.Rank => Say.Rank(SpanLabel(claim.Span)),
            ClaimMetric.Excess => Say.Excess(claim.Span is { } s && s != ReturnSpan.Month(facts.Period) ? SpanLabel(s) : "", claim.BenchmarkCode is { } b ? facts.Universe.NameOf(b) : null),
            ClaimMetric.Percentile => Say.Percentile,
            ClaimMetric.PeTtm => Say.PeTtm,
            ClaimMetric.ForwardPe => Say.ForwardPe(year),
            ClaimMetric.AdjustedMultiple => Say.AdjustedMultiple(year),
            ClaimMetric.Yoy => Say.Yoy,
            _ => Say.Mom,
        };
    }

    /// <summary>2024-11 for a month, 2024-01至2024-11 for a longer span.</summary>
    private string SpanLabel(ReturnSpan? span) => span is not { } s ? facts.Period.ToString() : s.IsMonth ? s.First.ToString() : Say.Span(s.First.ToString(), s.Last.ToString());

    private string Unit(ClaimMetric? metric) => metric switch
    {
        ClaimMetric.Rank => "",
        ClaimMetric.Excess => facts.Wording.PointsUnit,
        ClaimMetric.PeTtm or ClaimMetric.ForwardPe or ClaimMetric.AdjustedMultiple => "x",
        _ => "%",
    };
}
