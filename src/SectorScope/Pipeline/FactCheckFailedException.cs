using SectorScope.Reporting.FactCheck;

namespace SectorScope.Pipeline;

/// <summary>A report refused because its prose states numbers the data contradicts or that cannot be checked; carries every finding.</summary>
public sealed class FactCheckFailedException(FactCheckReport report)
    : Exception($"{report.Errors} number(s) in the narrative disagree with the data, {report.Unchecked} could not be checked")
{
    public FactCheckReport Report { get; } = report;
}
