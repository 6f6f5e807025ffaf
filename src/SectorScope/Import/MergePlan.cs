using System.Collections;

namespace SectorScope.Import;

/// <summary>A row the workspace already has: its value and where it is.</summary>
public readonly record struct ExistingValue(double Value, string File, int Line);

/// <summary>What happens to one imported value.</summary>
public enum MergeDecision
{
    /// <summary>New (date, key): written.</summary>
    Add,

    /// <summary>The workspace has the same value: skipped.</summary>
    Same,

    /// <summary>The workspace has a different value: a conflict, written only with --replace.</summary>
    Conflict,

    /// <summary>This import already had the (date, key) from an earlier row or file.</summary>
    Repeated,
}

/// <summary>
/// Decides each imported value against the workspace's rows (pure). Values seen earlier in the same
/// import are remembered as one bit per (key, day), not as rows, so that a 5,000-code file costs
/// kilobytes per code.
/// </summary>
public sealed class MergePlan(IReadOnlyDictionary<(DateOnly Date, string Key), ExistingValue> existing)
{
    /// <summary>Values of this import remembered for comparing a repeat; beyond this many only the bits are kept.</summary>
    public const int RememberedValues = 200_000;

    private readonly Dictionary<string, Dictionary<int, BitArray>> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<(DateOnly, string), (double Value, string File, int Row)> _earlier = [];

    /// <summary>
    /// The decision for <paramref name="value"/> from file <paramref name="file"/>. A repeat within the import
    /// with the same value is <see cref="MergeDecision.Same"/>; with another value (or one no longer
    /// remembered) it is <see cref="MergeDecision.Repeated"/>, the earlier row given where known.
    /// </summary>
    public (MergeDecision Decision, ExistingValue Existing) Decide(ImportedValue value, string file)
    {
        if (!MarkSeen(value.Key, value.Date))
        {
            return _earlier.TryGetValue((value.Date, value.Key), out var earlier)
                ? (earlier.Value.Equals(value.Value) ? MergeDecision.Same : MergeDecision.Repeated, new ExistingValue(earlier.Value, earlier.File, earlier.Row))
                : (MergeDecision.Repeated, new ExistingValue(double.NaN, file, 0));
        }

        if (_earlier.Count < RememberedValues)
        {
            _earlier[(value.Date, value.Key)] = (value.Value, file, value.Row);
        }

        if (!existing.TryGetValue((value.Date, value.Key), out var had))
        {
            return (MergeDecision.Add, default);
        }

        return (had.Value.Equals(value.Value) ? MergeDecision.Same : MergeDecision.Conflict, had);
    }

    /// <summary>Marks (key, date); false when it was marked before.</summary>
    private bool MarkSeen(string key, DateOnly date)
    {
        if (!_seen.TryGetValue(key, out var years))
        {
            years = [];
            _seen.Add(key, years);
        }

        if (!years.TryGetValue(date.Year, out var days))
        {
            days = new BitArray(366);
            years.Add(date.Year, days);
        }

        if (days[date.DayOfYear - 1])
        {
            return false;
        }

        days[date.DayOfYear - 1] = true;
        return true;
    }
}
