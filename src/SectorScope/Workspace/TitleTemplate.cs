using System.Globalization;
using System.Text.RegularExpressions;

namespace SectorScope.Workspace;

/// <summary>
/// <c>title</c> and <c>subtitle</c> follow the period: <c>{sector}</c>, <c>{year}</c> and <c>{month}</c> of the period,
/// <c>{next_year}</c> and <c>{next_month}</c> of the month after it (a November report is the December strategy), so one
/// settings file serves every month.
/// </summary>
public static partial class TitleTemplate
{
    public static readonly IReadOnlyList<string> Names = ["sector", "year", "month", "next_year", "next_month"];

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex Placeholder();

    /// <summary>The placeholders of <paramref name="text"/> that are not one of <see cref="Names"/>.</summary>
    public static IReadOnlyList<string> Unknown(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value).Where(n => !Names.Contains(n, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal)];

    public static string Expand(string text, string sector, ReportPeriod period) => Placeholder().Replace(text, m => m.Groups[1].Value switch
    {
        "sector" => sector,
        "year" => Int(period.Year),
        "month" => Int(period.Month),
        "next_year" => Int(period.Next.Year),
        "next_month" => Int(period.Next.Month),
        _ => m.Value,
    });

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
