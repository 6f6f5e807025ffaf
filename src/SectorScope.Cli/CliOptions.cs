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

    public static Option<string?> Store() => new("--store") { Description = "市场数据所在的 PostgreSQL 服务器，postgresql://主机:端口/数据库；默认取 sectorscope.yaml 的 store（未设置时用工作区自己的文件）。密码只从 PGPASSWORD 或 ~/.pgpass 读取" };

    /// <summary>The <c>--store</c> address; a usage error says what is wrong without repeating the text (it may hold a password).</summary>
    public static StoreAddress? ParseStore(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return StoreAddress.Parse(text, out var problem) ?? throw new UsageException($"--store：{problem}");
    }

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

    /// <summary>
    /// The workspace a command reads: the one given; without one, the current folder when it holds
    /// <c>sectorscope.yaml</c>, else the bundled demo. Which of the two was taken is said on stderr, so an analyst
    /// inside a folder without settings never mistakes the demo's result for their own.
    /// </summary>
    public static ChosenWorkspace ResolveWorkspace(string? workspace)
    {
        var chosen = ChooseWorkspace(workspace);
        if (chosen.Notice is { } notice)
        {
            Terminal.Note(notice);
        }

        return chosen;
    }

    /// <summary><see cref="ResolveWorkspace"/> without a word on the console.</summary>
    public static ChosenWorkspace ChooseWorkspace(string? workspace)
    {
        if (workspace is not null)
        {
            return new ChosenWorkspace(Path.GetFullPath(workspace), false, null);
        }

        var here = Directory.GetCurrentDirectory();
        if (File.Exists(Path.Combine(here, SettingsReader.FileName)) && Path.GetFullPath(here) != Path.GetFullPath(DemoWorkspace.Bundled))
        {
            return new ChosenWorkspace(here, false, $"未给出 --workspace：使用当前目录的工作区 {here}");
        }

        var demo = DemoWorkspace.Locate();
        return new ChosenWorkspace(demo, true, $"未给出 --workspace，当前目录没有 {SettingsReader.FileName}：使用自带的示例工作区 {demo}");
    }
}

/// <param name="Demo">The bundled demo: read-only material whose reports go to the current folder and never record history.</param>
/// <param name="Notice">Which folder was taken and why, when none was given.</param>
public sealed record ChosenWorkspace(string Root, bool Demo, string? Notice);
