namespace SectorScope.Workspace;

/// <summary>
/// Input that was refused: every diagnostic that stopped a step. Rejected input is an expected outcome, not a
/// failure of the program, so it travels as a value; the caller decides what it means (the CLI exits 1, a server
/// answers the request). Converts to an <see cref="Outcome{T}"/> of any type, so a step passes it on in one line.
/// </summary>
public sealed record Rejection(IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The bag's diagnostics in file and line order.</summary>
    public static Rejection Of(DiagnosticBag diagnostics) => new(diagnostics.Sorted());

    public override string ToString() => $"{Diagnostics.Count} input problem(s): {string.Join("; ", Diagnostics.Take(5))}";
}

/// <summary>The result of a step whose input may be refused: its value, or the <see cref="Rejection"/> that stopped it.</summary>
public readonly struct Outcome<T>
{
    private readonly T? _value;

    private Outcome(T? value, Rejection? rejected)
    {
        _value = value;
        Rejected = rejected;
    }

    /// <summary>Why the input was refused; null when the step gave its value.</summary>
    public Rejection? Rejected { get; }

    public bool IsRejected => Rejected is not null;

    /// <summary>The value; asking for it after a rejection is a defect of the caller, never an input problem.</summary>
    public T Value => Rejected is null ? _value! : throw new InvalidOperationException($"no value: {Rejected}");

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(Rejection rejected) => new(default, rejected);

    /// <summary>The next step on the value, or this rejection passed on.</summary>
    public Outcome<TNext> Then<TNext>(Func<T, Outcome<TNext>> next) => Rejected is { } r ? r : next(Value);

    /// <summary>The value mapped, or this rejection passed on.</summary>
    public Outcome<TNext> Select<TNext>(Func<T, TNext> map) => Rejected is { } r ? r : map(Value);

    public override string ToString() => Rejected?.ToString() ?? $"{_value}";
}
