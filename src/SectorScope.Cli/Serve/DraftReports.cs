using SectorScope.Pipeline;
using SectorScope.Workspace;

namespace SectorScope.Cli.Serve;

/// <summary>A file of a draft report, or the input problems that stopped it.</summary>
public sealed record DraftFile(string Name, byte[]? Bytes, IReadOnlyList<Diagnostic> Problems);

/// <summary>
/// Drafts for the preview and the downloads: the <c>report</c> pipeline itself, writing the asked format into a folder
/// of its own outside the workspace, never recording history. A draft is not a publication, so the fact-check lets it
/// through (<see cref="FactCheckGate.Force"/>), and its report.json records what was let through as any forced report does.
/// The last preview is kept until an input changes.
/// </summary>
public sealed class DraftReports(string workspace) : IDisposable
{
    private readonly string _scratch = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"sectorscope-serve-{Environment.ProcessId}-{Guid.NewGuid():N}")).FullName;
    private readonly Lock _gate = new();
    private (string Key, DraftFile File)? _preview;
    private int _next;

    /// <summary>The file names each downloadable format writes.</summary>
    public static readonly IReadOnlyDictionary<string, string> Downloads = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["md"] = "report.md",
        ["json"] = "report.json",
        ["html"] = "report.html",
        ["docx"] = "report.docx",
        ["pdf"] = "report.pdf",
        ["xlsx"] = "tables.xlsx",
    };

    public DraftFile Preview(ReportPeriod period, ReportLanguage language)
    {
        var key = $"{WorkspaceState.Of(workspace).All}|{period}|{language}";
        lock (_gate)
        {
            if (_preview is { } kept && kept.Key == key)
            {
                return kept.File;
            }
        }

        var file = Make("html", period, language);
        lock (_gate)
        {
            _preview = (key, file);
        }

        return file;
    }

    /// <param name="format">A key of <see cref="Downloads"/>.</param>
    public DraftFile Make(string format, ReportPeriod period, ReportLanguage language)
    {
        var (formats, unknown) = OutputFormats.Parse(format);
        if (unknown.Count > 0 || !Downloads.TryGetValue(format, out var name))
        {
            throw new ArgumentException($"unknown format {format}", nameof(format));
        }

        var folder = Path.Combine(_scratch, $"draft-{Interlocked.Increment(ref _next)}");
        try
        {
            var run = ReportPipeline.Run(workspace, period, null, folder, formats, null, FactCheckGate.Force, recordHistory: false, language);
            return run.Rejected is { } rejected
                ? new DraftFile(name, null, rejected.Diagnostics)
                : new DraftFile(name, File.ReadAllBytes(Path.Combine(run.Value.OutputFolder, name)), []);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_scratch))
        {
            Directory.Delete(_scratch, recursive: true);
        }
    }
}
