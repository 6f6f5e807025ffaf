namespace SectorScope.Import;

/// <summary>The import's choices a caller offers its users; messages that suggest one name it in the caller's words.</summary>
public enum ImportOption
{
    Map,
    UniverseAll,
    MonthEnd,
    Replace,
    DryRun,
}

/// <summary>What an import was asked to do.</summary>
/// <param name="Map">The file's column name → field (date, code, name, close, pe_ttm, rate, pair, from, to, series, value, unit).</param>
/// <param name="UniverseAll">Codes the workspace lacks are added to securities.csv.</param>
/// <param name="OptionNames">How the caller names its options (the command line: --replace); the core never names them itself.</param>
public sealed record ImportRequest(
    string Workspace,
    ImportKind Kind,
    IReadOnlyList<string> Files,
    string? Sheet = null,
    IReadOnlyDictionary<string, string>? Map = null,
    bool UniverseAll = false,
    bool MonthEnd = false,
    bool Replace = false,
    bool DryRun = false,
    Func<ImportOption, string>? OptionNames = null)
{
    /// <summary>The option as the caller names it; without names, the request's own field.</summary>
    public string Name(ImportOption option) => OptionNames?.Invoke(option) ?? option.ToString();

    /// <summary>Files larger than this report their progress.</summary>
    public const long ProgressBytes = 4L << 20;
}

/// <summary>What an import did or would do.</summary>
/// <param name="Info">Layouts recognised, notes ignored, monthly files detected.</param>
/// <param name="Problems">Every problem, repeats summarised; none when the import was written.</param>
/// <param name="Changes">Each workspace file created or changed and how.</param>
/// <param name="Summary">Per kind: rows added/skipped/conflicting, codes kept/dropped, dates, files.</param>
public sealed record ImportResult(IReadOnlyList<string> Info, IReadOnlyList<string> Problems, IReadOnlyList<string> Changes, IReadOnlyList<string> Summary, bool Written)
{
    public bool Failed => Problems.Count > 0;
}
