namespace SectorScope.Reporting.FactCheck;

public enum FactVerdict
{
    /// <summary>The stated number equals the computed one at the stated number's own decimals.</summary>
    Agrees,

    /// <summary>The numbers differ.</summary>
    Mismatch,

    /// <summary>The wording contradicts the number (跑赢 with a negative number, an excess in %), whatever its size.</summary>
    Wording,

    /// <summary>The number could not be attributed or recomputed; listed, never passed.</summary>
    Unchecked,
}

/// <summary>One number of the prose and what the data says about it.</summary>
/// <param name="Location"><c>narrative/recommendation.md:12</c> or <c>report.docx:¶34</c>.</param>
/// <param name="Claim">The clause the number stands in.</param>
/// <param name="Subject">The company, index or series it was attributed to, with its code.</param>
/// <param name="Metric">What it was read as measuring.</param>
/// <param name="Stated">The number as claimed, signed by its wording, with its unit.</param>
/// <param name="Computed">The value from the data at the stated number's precision; null when unchecked.</param>
public sealed record FactFinding(string Location, string Claim, string? Subject, string? Metric, string Stated, string? Computed, FactVerdict Verdict, string? Note)
{
    public bool IsError => Verdict is FactVerdict.Mismatch or FactVerdict.Wording;

    public override string ToString() =>
        $"{Location}: {Verdict.ToString().ToLowerInvariant()}: 「{Claim}」 {Subject ?? "?"} {Metric ?? "?"}: stated {Stated}" + (Computed is null ? "" : $", computed {Computed}") + (Note is null ? "" : $" ({Note})");
}
