using SectorScope.Workspace;

namespace SectorScope.Rendering.Output;

/// <summary>
/// Builds an output folder beside its final place and moves it in only when every file is written,
/// so a report appears whole or not at all. File names are checked to stay inside the folder.
/// The folder itself must have passed <see cref="OutputTarget.Check"/>.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    private readonly string _final;
    private readonly string _parent;
    private readonly string _unique = RunFiles.UniqueSuffix();
    private bool _committed;

    /// <param name="finalPath">The checked real path the report goes to.</param>
    /// <param name="named">The folder as the user named it, for messages.</param>
    /// <exception cref="OutputFolderRefusedException">The folder cannot be made (a read-only parent, a file on the way, /proc).</exception>
    public OutputFolder(string finalPath, string? named = null)
    {
        _final = Path.GetFullPath(finalPath);
        _parent = Path.GetDirectoryName(_final) ?? throw new OutputFolderRefusedException(named ?? finalPath, "是文件系统的根目录，不能作为输出目录");
        Staging = Path.Combine(_parent, OutputDebris.StagingName(Path.GetFileName(_final), _unique));
        try
        {
            Directory.CreateDirectory(_parent);
            OutputDebris.Clean(_parent);
            Directory.CreateDirectory(Staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputFolderRefusedException(named ?? finalPath, $"无法在此创建输出目录（{e.Message}）");
        }
    }

    public string Staging { get; }

    /// <summary>The real path the report is moved to.</summary>
    public string FinalPath => _final;

    public IList<string> Written { get; } = [];

    /// <summary>Set when the previous report could not be removed after the new one was moved in; the report itself is complete.</summary>
    public string? Leftover { get; private set; }

    /// <summary>The full staging path of <paramref name="relative"/>, refusing anything that would leave the folder.</summary>
    public string PathOf(string relative)
    {
        var full = Path.GetFullPath(Path.Combine(Staging, relative));
        if (!full.StartsWith(Staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"output path '{relative}' leaves the output folder");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full;
    }

    public void WriteText(string relative, string text) => WriteBytes(relative, new System.Text.UTF8Encoding(false).GetBytes(text));

    public void WriteBytes(string relative, byte[] bytes)
    {
        File.WriteAllBytes(PathOf(relative), bytes);
        Written.Add(relative.Replace('\\', '/'));
    }

    /// <summary>
    /// Replaces the final folder with the staged one: the previous report is first renamed aside, so that if the new one
    /// cannot be moved in the previous one is put back, and a run killed in between is repaired by the next (<see cref="OutputDebris"/>).
    /// </summary>
    public void Commit()
    {
        var old = Path.Combine(_parent, OutputDebris.PreviousName(Path.GetFileName(_final), _unique));
        bool hadPrevious = Directory.Exists(_final);
        if (hadPrevious)
        {
            Directory.Move(_final, old);
        }

        try
        {
            Directory.Move(Staging, _final);
        }
        catch when (hadPrevious)
        {
            Directory.Move(old, _final);
            throw;
        }

        _committed = true;
        if (hadPrevious && !OutputDebris.TryRemove(old))
        {
            Leftover = old;
        }
    }

    public void Dispose()
    {
        if (!_committed)
        {
            OutputDebris.TryRemove(Staging);
        }
    }
}
