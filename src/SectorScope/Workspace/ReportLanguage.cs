namespace SectorScope.Workspace;

/// <summary>The language a report is written in: every visible word, label and number format follows it.</summary>
public enum ReportLanguage
{
    /// <summary>Simplified Chinese, the default.</summary>
    ZhCn,

    /// <summary>English.</summary>
    En,
}

public static class ReportLanguages
{
    /// <summary>The tags <c>language</c> and <c>--language</c> accept, as BCP 47 writes them.</summary>
    public static readonly IReadOnlyDictionary<string, ReportLanguage> Tags = new Dictionary<string, ReportLanguage>(StringComparer.OrdinalIgnoreCase)
    {
        ["zh-CN"] = ReportLanguage.ZhCn,
        ["en"] = ReportLanguage.En,
    };

    public static bool TryParse(string? text, out ReportLanguage language) => Tags.TryGetValue(text?.Trim() ?? "", out language);

    public static string Tag(this ReportLanguage language) => Tags.First(t => t.Value == language).Key;
}
