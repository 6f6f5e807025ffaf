namespace SectorScope.Reporting.FactCheck;

/// <summary>What a report was published over: the strongest kind of unverified number let through.</summary>
public enum FactCheckOverride
{
    /// <summary>Numbers that could not be attributed (no number contradicted the data).</summary>
    Unchecked,

    /// <summary>Numbers the data contradicts, or wrongly worded (and perhaps unchecked ones too).</summary>
    Mismatches,
}

/// <summary>
/// The fact-check of the analyst's prose, kept in the report model: every finding, and what a report was
/// published over when errors or unchecked numbers were let through.
/// </summary>
public sealed record FactCheckReport(IReadOnlyList<FactFinding> Findings, FactCheckOverride? Override = null)
{
    public bool Overridden => Override is not null;

    public int Agreed => Findings.Count(f => f.Verdict == FactVerdict.Agrees);

    public int Errors => Findings.Count(f => f.IsError);

    public int Unchecked => Findings.Count(f => f.Verdict == FactVerdict.Unchecked);
}
