namespace SectorScope.Pipeline;

[Flags]
public enum OutputFormat
{
    None = 0,
    Markdown = 1,
    Json = 2,
    Html = 4,
    Docx = 8,
    Pdf = 16,
    Xlsx = 32,
}

public static class OutputFormats
{
    public const OutputFormat All = OutputFormat.Markdown | OutputFormat.Json | OutputFormat.Html | OutputFormat.Docx | OutputFormat.Pdf | OutputFormat.Xlsx;

    /// <summary>The machine-readable and plain-text outputs: quick, and all that analytics tests need.</summary>
    public const OutputFormat Text = OutputFormat.Markdown | OutputFormat.Json;

    /// <summary>Formats whose bytes depend only on the inputs; the PDF carries the converter's own metadata.</summary>
    public const OutputFormat Deterministic = All & ~OutputFormat.Pdf;

    public static readonly IReadOnlyDictionary<string, OutputFormat> Names = new Dictionary<string, OutputFormat>(StringComparer.OrdinalIgnoreCase)
    {
        ["md"] = OutputFormat.Markdown,
        ["json"] = OutputFormat.Json,
        ["html"] = OutputFormat.Html,
        ["docx"] = OutputFormat.Docx,
        ["pdf"] = OutputFormat.Pdf,
        ["xlsx"] = OutputFormat.Xlsx,
    };

    /// <summary>Parses "md,json"; returns the unknown names so the caller can report them.</summary>
    public static (OutputFormat Formats, IReadOnlyList<string> Unknown) Parse(string list)
    {
        var formats = OutputFormat.None;
        var unknown = new List<string>();
        foreach (var name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Names.TryGetValue(name, out var f))
            {
                formats |= f;
            }
            else
            {
                unknown.Add(name);
            }
        }

        return (formats, unknown);
    }
}
