using System.CommandLine;
using System.Globalization;
using SectorScope.Workspace;

namespace SectorScope.Cli;

/// <summary>The options shared by several commands, and their parsing into domain values.</summary>
public static class CliOptions
{
    public static Option<string?> Workspace(string description) => new("--workspace", "-w") { Description = description };

    public static Option<string?> Period() => new("--period", "-p") { Description = "报告期（月份），YYYY-MM；默认取 sectorscope.yaml 的 period" };

    public static Option<string?> AsOf() => new("--as-of") { Description = "估值与收盘价的截止日 YYYY-MM-DD；默认取 sectorscope.yaml 的 as_of" };

    public static Option<string?> Language() => new("--language", "-l") { Description = "报告语言：zh-CN 或 en；默认取 sectorscope.yaml 的 language（未设置为 zh-CN）" };

    public static ReportLanguage? ParseLanguage(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return ReportLanguages.TryParse(text, out var language)
            ? language
            : throw new UsageException($"--language '{text}' is not one of {string.Join(", ", ReportLanguages.Tags.Keys)}");
    }

    public static ReportPeriod? ParsePeriod(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return ReportPeriod.TryParse(text, out var p) ? p : throw new UsageException($"--period '{text}' is not a month (expected YYYY-MM)");
    }

    public static DateOnly? ParseDate(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new UsageException($"{option} '{text}' is not a date (expected YYYY-MM-DD)");
    }

    /// <summary>
    /// A diagnostic about a value the command line can give, with its option named: the core never names options, so
    /// a value given with the request has no file and a missing one no option in its reason.
    /// </summary>
    public static Diagnostic Hint(Diagnostic d) => d.Concerns switch
    {
        RequestValue.AsOf when d.File.Length == 0 => d with { File = "--as-of" },
        RequestValue.Period => d with { Reason = $"{d.Reason}, or give --period YYYY-MM" },
        _ => d,
    };

    public static string ResolveWorkspace(string? workspace) => workspace is null ? DemoWorkspace.Locate() : Path.GetFullPath(workspace);
}
