using System.Security.Cryptography;
using System.Text;
using SectorScope.Pipeline;
using SectorScope.Reporting.Narrative;
using SectorScope.Workspace;

namespace SectorScope.Cli.Serve;

/// <summary>A narrative file's text and its version: the SHA-256 of its bytes, or empty when there is no file yet.</summary>
public sealed record NarrativeText(string Text, string Version);

/// <summary>What a save came to: the new version, or the newer text on disk that another window saved first, or the text's problems.</summary>
public sealed record SaveOutcome(NarrativeText? Saved, NarrativeText? Conflict, Rejection? Refused = null);

/// <summary>
/// Reads and writes the analyst's narrative files by place name only: a request names <c>market-review</c>, never a
/// path, and the file's real path must lie inside the workspace. A save replaces the file whole (a new file in the same
/// folder, then a rename) and only when the caller's version is the one on disk, so two windows never lose an edit.
/// </summary>
public sealed class NarrativeFileStore(string workspace)
{
    private static readonly UTF8Encoding Utf8 = new(false, true);

    /// <summary>Writes of this process one at a time; the workspace lock keeps other runs out while the file is replaced.</summary>
    private readonly Lock _writing = new();

    /// <summary>The place names the editor may open: each file of <see cref="NarrativeFiles.Known"/> but the Chinese disclaimer (a setting names it).</summary>
    public static bool IsPlace(string name, ReportLanguage language) =>
        NarrativeFiles.Known.ContainsKey(name) && (name != NarrativeFiles.Disclaimer || language == ReportLanguage.En);

    /// <summary>narrative/NAME.md, or narrative/en/NAME.md for the English edition.</summary>
    public static string RelativePath(string name, ReportLanguage language) =>
        language == ReportLanguage.En ? $"narrative/en/{name}.md" : $"narrative/{name}.md";

    public NarrativeText Read(string name, ReportLanguage language)
    {
        var path = Confined(name, language);
        if (!File.Exists(path))
        {
            return new NarrativeText("", "");
        }

        var bytes = ReadLimited(path);
        return new NarrativeText(Decode(bytes), Version(bytes));
    }

    /// <param name="version">The version the text was edited from ("" for a file that did not exist).</param>
    public SaveOutcome Save(string name, ReportLanguage language, string text, string version)
    {
        var path = Confined(name, language);
        // What check would refuse in the file (a control character, half a surrogate pair) is not written to it.
        var problems = new DiagnosticBag();
        DocumentText.CheckLines(RelativePath(name, language), text, problems);
        if (problems.HasErrors)
        {
            return new SaveOutcome(null, null, Rejection.Of(problems));
        }

        var bytes = Utf8.GetBytes(text);
        if (bytes.Length > InputLimits.TextFileBytes)
        {
            throw new NarrativeTooLargeException();
        }

        lock (_writing)
        {
            using var held = WorkspaceLock.Acquire(workspace);
            var current = File.Exists(path) ? ReadLimited(path) : null;
            var currentVersion = current is null ? "" : Version(current);
            if (!string.Equals(currentVersion, version, StringComparison.Ordinal))
            {
                return new SaveOutcome(null, new NarrativeText(current is null ? "" : Decode(current), currentVersion));
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // Same folder, so the rename is atomic; the name does not match *.md, so no reader takes a half-written file.
            var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.saving-{Environment.ProcessId}");
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
            return new SaveOutcome(new NarrativeText(text, Version(bytes)), null);
        }
    }

    /// <summary>The file's real path; a name that is no place, or a file that leads outside the workspace, is refused.</summary>
    private string Confined(string name, ReportLanguage language)
    {
        if (!IsPlace(name, language))
        {
            throw new OutsideWorkspaceException();
        }

        return WorkspacePaths.Confine(workspace, RelativePath(name, language), out _) ?? throw new OutsideWorkspaceException();
    }

    private static byte[] ReadLimited(string path)
    {
        if (new FileInfo(path).Length > InputLimits.TextFileBytes)
        {
            throw new NarrativeTooLargeException();
        }

        return File.ReadAllBytes(path);
    }

    private static string Decode(byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith(Utf8.Preamble) ? Utf8.Preamble.Length : 0;
        try
        {
            return Utf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            // Shown as check shows it: the file's problem, not the editor's; the editor then starts from the replacement text.
            return Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
        }
    }

    public static string Version(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

/// <summary>A request for a file that is no narrative place or lies outside the workspace.</summary>
public sealed class OutsideWorkspaceException() : Exception("not a narrative file of the workspace");

/// <summary>A narrative text over the 1 MiB every narrative file is limited to.</summary>
public sealed class NarrativeTooLargeException() : Exception("narrative text over 1 MiB");
