using System.Security.Cryptography;
using System.Text;

namespace SectorScope.News;

/// <summary>
/// Segmentations computed before, found by the content they were computed from, so that a run over the
/// same news can skip loading jieba's dictionary. Where they are kept is the caller's business.
/// </summary>
public interface ISegmentationCache
{
    Segmentation? Find(string key);

    void Keep(string key, Segmentation segmentation);
}

/// <summary>The key of a segmentation: its texts, its terms and the segmenter (jieba.NET's and our own build).</summary>
public static class SegmentationKey
{
    private static readonly string Segmenter = typeof(JiebaNet.Segmenter.JiebaSegmenter).Assembly.ManifestModule.ModuleVersionId.ToString("N")
        + typeof(WordSegmenter).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static string Of(IReadOnlyList<string> texts, IEnumerable<string> terms)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in texts.Append("\u0002").Concat(terms).Append(Segmenter))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(part));
            hash.AppendData("\u0001"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
