namespace SectorScope.Reporting.Lint;

/// <summary>A problem with the report's captions, sources, dates or units, located by what it concerns.</summary>
public sealed record LintFinding(string Where, string Rule, string Message)
{
    public override string ToString() => $"{Where}: {Rule}: {Message}";
}
