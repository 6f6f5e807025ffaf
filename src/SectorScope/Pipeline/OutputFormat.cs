namespace SectorScope.Pipeline;

[Flags]
public enum OutputFormat
{
    None = 0,
    Markdown = 1,
    Json = 2,
}

public static class OutputFormats
{
    public const OutputFormat Default = OutputFormat.Markdown | OutputFormat.Json;

    public static readonly IReadOnlyDictionary<string, OutputFormat> Names = new Dictionary<string, OutputFormat>(StringComparer.OrdinalIgnoreCase)
    {
        ["md"] = OutputFormat.Markdown,
        ["json"] = OutputFormat.Json,
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
