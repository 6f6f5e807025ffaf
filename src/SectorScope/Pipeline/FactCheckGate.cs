using SectorScope.Reporting.FactCheck;

namespace SectorScope.Pipeline;

/// <summary>
/// What the fact-check lets through before a report is written. By default nothing unverified is
/// published: a number the data contradicts, or one that cannot be attributed, stops the run.
/// (The command line maps its options onto these; the core knows no option names.)
/// </summary>
public enum FactCheckGate
{
    /// <summary>Every hand-written number must agree with the data.</summary>
    Strict,

    /// <summary>Numbers that cannot be attributed pass; contradicted ones still stop the run.</summary>
    AllowUnchecked,

    /// <summary>Publish whatever the check found.</summary>
    Force,
}

/// <summary>The gate's answer for one fact-check: publish, publish with what was let through recorded, or refuse.</summary>
/// <param name="Refused">True when the report must not be written.</param>
/// <param name="Override">What was let through (recorded in report.json); null when there was nothing to let through, or on refusal.</param>
public sealed record GateDecision(bool Refused, FactCheckOverride? Override)
{
    public static GateDecision Clean { get; } = new(false, null);

    public static GateDecision Refuse { get; } = new(true, null);

    public static GateDecision LetThrough(FactCheckOverride what) => new(false, what);
}

public static class FactCheckGates
{
    /// <summary>The gate's decision on <paramref name="check"/>; a refusal is a value, never an exception.</summary>
    public static GateDecision Decide(this FactCheckGate gate, FactCheckReport check) => gate switch
    {
        _ when check.Errors == 0 && check.Unchecked == 0 => GateDecision.Clean,
        FactCheckGate.Force => GateDecision.LetThrough(check.Errors > 0 ? FactCheckOverride.Mismatches : FactCheckOverride.Unchecked),
        FactCheckGate.AllowUnchecked when check.Errors == 0 => GateDecision.LetThrough(FactCheckOverride.Unchecked),
        _ => GateDecision.Refuse,
    };
}
