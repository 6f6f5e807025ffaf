using SectorScope.Reporting.FactCheck;

namespace SectorScope.Pipeline;

/// <summary>
/// What the fact-check lets through before a report is written. By default nothing unverified is
/// published: a number the data contradicts, or one that cannot be attributed, stops the run.
/// </summary>
public enum FactCheckGate
{
    /// <summary>Every hand-written number must agree with the data.</summary>
    Strict,

    /// <summary><c>--allow-unchecked</c>: numbers that cannot be attributed pass; contradicted ones still stop the run.</summary>
    AllowUnchecked,

    /// <summary><c>--force</c>: publish whatever the check found.</summary>
    Force,
}

public static class FactCheckGates
{
    /// <summary>
    /// The option named in report.json when the gate lets something unverified through; null when there was
    /// nothing to let through. Throws <see cref="FactCheckFailedException"/> when the gate stops the report.
    /// </summary>
    public static string? Override(this FactCheckGate gate, FactCheckReport check) => gate switch
    {
        _ when check.Errors == 0 && check.Unchecked == 0 => null,
        FactCheckGate.Force => "--force",
        FactCheckGate.AllowUnchecked when check.Errors == 0 => "--allow-unchecked",
        _ => throw new FactCheckFailedException(check),
    };
}
