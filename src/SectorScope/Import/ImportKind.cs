namespace SectorScope.Import;

/// <summary>The workspace inputs <c>import</c> can fill: each is a dated value keyed by a code, a currency pair or a series.</summary>
public enum ImportKind
{
    Prices,
    Valuations,
    Fx,
    Series,
}

/// <summary>One value read from a source file, after its date, code and number were parsed.</summary>
/// <param name="Key">The workspace code (prices, valuations), <c>FROM/TO</c> (fx) or the series name.</param>
/// <param name="Unit">The series unit, when the file gives one.</param>
/// <param name="Row">1-based row (line of a CSV, row of a sheet, index + 1 of a chart's timestamps).</param>
public readonly record struct ImportedValue(DateOnly Date, string Key, double Value, string? Unit, int Row);

/// <summary>The workspace file each kind is merged into and the value column's name there.</summary>
public static class ImportKinds
{
    public static string ValueField(ImportKind kind) => kind switch
    {
        ImportKind.Prices => "close",
        ImportKind.Valuations => "pe_ttm",
        ImportKind.Fx => "rate",
        _ => "value",
    };

    /// <summary>The single workspace file of a kind; prices get a new file under <c>prices/</c> per source instead.</summary>
    public static string? SingleFile(ImportKind kind) => kind switch
    {
        ImportKind.Valuations => "valuations.csv",
        ImportKind.Fx => "fx.csv",
        ImportKind.Series => "series.csv",
        _ => null,
    };

    public static string Header(ImportKind kind) => kind switch
    {
        ImportKind.Prices => "date,code,close",
        ImportKind.Valuations => "date,code,pe_ttm",
        ImportKind.Fx => "date,from,to,rate",
        _ => "date,series,value,unit",
    };

    /// <summary>Whether the kind's keys are codes of securities and indices (checked against the universe).</summary>
    public static bool HasCodes(ImportKind kind) => kind is ImportKind.Prices or ImportKind.Valuations;

    public static bool TryParse(string text, out ImportKind kind)
    {
        kind = text switch
        {
            "prices" => ImportKind.Prices,
            "valuations" => ImportKind.Valuations,
            "fx" => ImportKind.Fx,
            "series" => ImportKind.Series,
            _ => (ImportKind)(-1),
        };
        return Enum.IsDefined(kind);
    }

    public static string Name(ImportKind kind) => kind.ToString().ToLowerInvariant();
}
