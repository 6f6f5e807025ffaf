using SectorScope.Pipeline;
using SectorScope.Reporting.FactCheck;
using SectorScope.Workspace;

namespace SectorScope.Cli.Serve;

/// <summary>What publishing came to: the folder and files written, or the findings that refused it, or the input problems.</summary>
/// <param name="Folder">The report folder relative to the workspace (out/2024-11); null when nothing was written.</param>
public sealed record PublishOutcome(string? Folder, IReadOnlyList<string> Files, FactCheckOverride? Override, IReadOnlyList<FactFinding> Findings,
    IReadOnlyList<Diagnostic> Problems, string? History, string? HistoryProblem);

/// <summary>
/// Publishing is <c>report</c>: the same pipeline and the same gate (a mismatched or unchecked number refuses unless the
/// analyst lets it through, and report.json records what was let through), every format, into the workspace's
/// <c>out/&lt;period&gt;</c>, recording the Chinese edition in the workspace's history.
/// </summary>
public static class Publisher
{
    /// <summary>The gate names the page sends, as the command line's options name them.</summary>
    public static readonly IReadOnlyDictionary<string, FactCheckGate> Gates = new Dictionary<string, FactCheckGate>(StringComparer.Ordinal)
    {
        ["strict"] = FactCheckGate.Strict,
        ["allow-unchecked"] = FactCheckGate.AllowUnchecked,
        ["force"] = FactCheckGate.Force,
    };

    public static PublishOutcome Publish(string workspace, ReportPeriod period, ReportLanguage language, FactCheckGate gate)
    {
        var folder = Path.Combine(workspace, ReportPipeline.DefaultFolder(period.ToString(), language));
        var formats = OutputFormats.Parse(string.Join(",", OutputFormats.Names.Keys)).Formats;
        var run = ReportPipeline.Run(workspace, period, null, folder, formats, null, gate, recordHistory: true, language);
        if (run.Rejected is { } rejected)
        {
            return new PublishOutcome(null, [], null, [], rejected.Diagnostics, null, null);
        }

        var result = run.Value;
        if (result.Refusal is { } refused)
        {
            return new PublishOutcome(null, [], null, refused.Findings, [], null, null);
        }

        var check = result.Model.FactCheck;
        return new PublishOutcome(Path.GetRelativePath(workspace, result.OutputFolder).Replace('\\', '/'), result.Files, check?.Override, check?.Findings ?? [], [],
            result.HistoryFile, result.HistoryProblem);
    }
}
