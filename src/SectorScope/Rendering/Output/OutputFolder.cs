namespace SectorScope.Rendering.Output;

/// <summary>
/// Builds an output folder beside its final place and moves it in only when every file is written,
/// so a report appears whole or not at all. File names are checked to stay inside the folder.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    private readonly string _final;
    private bool _committed;

    public OutputFolder(string finalPath)
    {
        _final = Path.GetFullPath(finalPath);
        var parent = Path.GetDirectoryName(_final) ?? throw new ArgumentException("output folder has no parent", nameof(finalPath));
        Directory.CreateDirectory(parent);
        Staging = Path.Combine(parent, $".{Path.GetFileName(_final)}.partial-{Environment.ProcessId}");
        if (Directory.Exists(Staging))
        {
            Directory.Delete(Staging, recursive: true);
        }

        Directory.CreateDirectory(Staging);
    }

    public string Staging { get; }

    public IList<string> Written { get; } = [];

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

    public void WriteText(string relative, string text)
    {
        File.WriteAllText(PathOf(relative), text, new System.Text.UTF8Encoding(false));
        Written.Add(relative.Replace('\\', '/'));
    }

    public void WriteBytes(string relative, byte[] bytes)
    {
        File.WriteAllBytes(PathOf(relative), bytes);
        Written.Add(relative.Replace('\\', '/'));
    }

    /// <summary>Replaces the final folder with the staged one.</summary>
    public void Commit()
    {
        var old = _final + $".old-{Environment.ProcessId}";
        if (Directory.Exists(_final))
        {
            Directory.Move(_final, old);
        }

        Directory.Move(Staging, _final);
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }

        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Staging))
        {
            Directory.Delete(Staging, recursive: true);
        }
    }
}
