namespace SectorScope.Reporting.Model;

public enum FigureKind
{
    /// <summary>Bars per category, one bar per series side by side.</summary>
    GroupedBars,

    /// <summary>Lines over dates.</summary>
    Lines,

    /// <summary>Bars coloured by sign (gains and losses).</summary>
    SignedBars,

    /// <summary>A history line with mean and ±1σ reference lines and the current value marked.</summary>
    BandedHistory,

    /// <summary>Bars of values with a second-axis line of their YoY change.</summary>
    BarsWithChangeLine,
}

/// <summary>One data series of a figure; <see cref="Values"/> align with the figure's categories.</summary>
public sealed record FigureSeries(string Name, IReadOnlyList<double?> Values, bool SecondaryAxis = false);

/// <summary>A horizontal reference line (mean, ±1σ) drawn across a figure.</summary>
public sealed record ReferenceLine(string Label, double Value);

/// <summary>
/// A numbered figure (图N): everything a chart renderer needs to draw it, and nothing it must compute.
/// Categories are labels (stock names, months) or ISO dates for <see cref="FigureKind.Lines"/>.
/// </summary>
public sealed record ReportFigure(
    string Id,
    int Number,
    string Name,
    string Caption,
    FigureKind Kind,
    IReadOnlyList<string> Categories,
    IReadOnlyList<FigureSeries> Series,
    string YLabel,
    string SourceLine,
    IReadOnlyList<ReferenceLine> ReferenceLines,
    string? Note = null)
{
    /// <summary>图1 / Figure 1: given with the number, in the report's language.</summary>
    public string Label { get; init; } = "";

    /// <summary>File stem under <c>charts/</c>: fig01-monthly-returns.</summary>
    public string FileStem => $"fig{Number.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)}-{Name}";
}
