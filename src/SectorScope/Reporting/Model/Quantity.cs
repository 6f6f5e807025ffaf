namespace SectorScope.Reporting.Model;

/// <summary>What a number measures; decides its display and its unit.</summary>
public enum QuantityKind
{
    ReturnPct,
    ExcessPct,
    Percentile,
    PeTtm,
    Multiple,
    Price,
    MarketCapMn,
    Eps,
    FxRate,
    Value,
    ChangePct,
    Count,
}

/// <summary>Where a number came from: the method, the input lines and the as-of date.</summary>
public sealed record Provenance(string Method, IReadOnlyList<string> Inputs, string? AsOf = null);

/// <summary>
/// A computed number as the report shows it: the unrounded value, its display text (made by
/// <see cref="DisplayFormat"/>) and its provenance. A null value displays as "NM" or blank.
/// </summary>
public sealed record Quantity(double? Value, QuantityKind Kind, string Display, Provenance? Provenance = null);
