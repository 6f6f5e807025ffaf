namespace SectorScope.Tests.Support;

/// <summary>
/// The demo workspace copied to a temporary folder for one test; disposing it deletes the copy and every
/// folder the test made beside it with <see cref="Beside"/>.
/// </summary>
public sealed class DemoCopy : IDisposable
{
    private readonly List<string> _beside = [];

    public string Root { get; } = Repository.CopyToTemp(Repository.DemoWorkspace);

    /// <summary>A folder path next to the copy (an output folder), removed with it.</summary>
    public string Beside(string name)
    {
        var path = $"{Root}-{name}";
        _beside.Add(path);
        return path;
    }

    public void Dispose()
    {
        foreach (var folder in _beside.Prepend(Root).Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
