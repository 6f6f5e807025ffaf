namespace SectorScope.Reporting.FactCheck;

/// <summary>
/// The fact-check of the analyst's prose, kept in the report model: every finding, and whether the report
/// was published over errors (<c>--force</c>).
/// </summary>
public sealed record FactCheckReport(IReadOnlyList<FactFinding> Findings, bool Overridden = false)
{
    public int Agreed => Findings.Count(f => f.Verdict == FactVerdict.Agrees);

    public int Errors => Findings.Count(f => f.IsError);

    public int Unchecked => Findings.Count(f => f.Verdict == FactVerdict.Unchecked);
}
