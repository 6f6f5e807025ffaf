using System.Text.Json;
using SectorScope.News;

namespace SectorScope.Pipeline;

/// <summary>
/// Keeps news segmentations in <c>.sectorscope/segments/</c> beside the store, one JSON file per key;
/// the most recent ones stay. A file that cannot be read or written only means segmenting again.
/// </summary>
internal sealed class SegmentationFiles(string folder) : ISegmentationCache
{
    private const int Kept = 16;

    public static SegmentationFiles For(string workspace) => new(Path.Combine(workspace, ".sectorscope", "segments"));

    /// <summary>True when no segmentation has been kept yet (the first run will need jieba).</summary>
    public bool Empty => !Directory.Exists(folder) || !Directory.EnumerateFiles(folder, "*.json").Any();

    public Segmentation? Find(string key)
    {
        try
        {
            var path = Path.Combine(folder, key + ".json");
            return File.Exists(path) ? JsonSerializer.Deserialize<Stored>(File.ReadAllBytes(path)) is { } s ? new Segmentation(s.Texts, s.Compounds) : null : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    public void Keep(string key, Segmentation segmentation)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, key + ".json");
            var temp = $"{path}.{Environment.ProcessId}.tmp";
            File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(new Stored([.. segmentation.Texts], segmentation.Compounds.ToDictionary(), key)));
            File.Move(temp, path, overwrite: true);
            foreach (var old in new DirectoryInfo(folder).GetFiles("*.json").OrderByDescending(f => f.LastWriteTimeUtc).Skip(Kept))
            {
                old.Delete();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No cache; the report is unaffected.
        }
    }

    private sealed record Stored(string[][] Texts, Dictionary<string, string[]> Compounds, string Key);
}
