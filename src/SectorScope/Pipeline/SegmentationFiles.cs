using System.Text.Json;
using System.Text.Json.Serialization;
using SectorScope.News;

namespace SectorScope.Pipeline;

/// <summary>
/// Keeps news segmentations in <c>.sectorscope/segments/</c> beside the store, one JSON file per key;
/// the most recent ones stay. A file that cannot be read or written only means segmenting again.
/// </summary>
internal sealed partial class SegmentationFiles(KeptFiles files) : ISegmentationCache
{
    private const int Kept = 16;

    public static SegmentationFiles For(string workspace) => new(KeptFiles.In(workspace, "segments", Kept));

    /// <summary>True when no segmentation has been kept yet (the first run will need jieba).</summary>
    public bool Empty => files.Empty;

    public Segmentation? Find(string key)
    {
        try
        {
            return files.Read(key + ".json") is { } bytes && JsonSerializer.Deserialize(bytes, StoredJson.Default.Stored) is { } s ? new Segmentation(s.Texts, s.Compounds) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Keep(string key, Segmentation segmentation) =>
        files.Write((key + ".json", JsonSerializer.SerializeToUtf8Bytes(new Stored([.. segmentation.Texts], segmentation.Compounds.ToDictionary(), key), StoredJson.Default.Stored)));

    internal sealed record Stored(string[][] Texts, Dictionary<string, string[]> Compounds, string Key);

    /// <summary>Serialisation code written at build time: reflection's first use costs a run tens of milliseconds.</summary>
    [JsonSerializable(typeof(Stored))]
    internal sealed partial class StoredJson : JsonSerializerContext;
}
