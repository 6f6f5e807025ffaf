namespace SectorScope.Reporting.FactCheck;

/// <summary>
/// The fact-check of the analyst's prose, kept in the report model: every finding, and the option a report
/// was published with over errors or unchecked numbers (<c>--force</c>, <c>--allow-unchecked</c>).
/// </summary>
public sealed record FactCheckReport(IReadOnlyList<FactFinding> Findings, string? OverriddenBy = null)
{
    public bool Overridden => OverriddenBy is not null;

    public int Agreed => Findings.Count(f => f.Verdict == FactVerdict.Agrees);

    public int Errors => Findings.Count(f => f.IsError);

    public int Unchecked => Findings.Count(f => f.Verdict == FactVerdict.Unchecked);
}
