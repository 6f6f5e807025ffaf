using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SectorScope.Rendering.Charts;
using SectorScope.Reporting.Model;

namespace SectorScope.Pipeline;

/// <summary>
/// Charts already drawn for the very same figure, colours, font and build, kept beside the store in
/// <c>.sectorscope/charts/</c>: a report run again (a narrative edit, another format) does not redraw
/// them. A chart is a pure function of its key, so a hit gives the same bytes; any failure to read or
/// write the cache only means drawing again.
/// </summary>
internal sealed class ChartCache(string folder)
{
    /// <summary>The most recently drawn charts kept; older ones are drawn again when needed.</summary>
    private const int Kept = 256;
    private static readonly string Build = typeof(ChartRenderer).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static ChartCache For(string workspace) => new(Path.Combine(workspace, ".sectorscope", "charts"));

    public static string Key(ReportFigure figure, ReportHeader header, ChartFont font)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(figure));
        hash.AppendData(Encoding.UTF8.GetBytes($"\n{header.UpColor}\n{header.DownColor}\n{font.Family}\n{font.FilePath}\n{Build}"));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public RenderedChart? Find(string key, string fileStem)
    {
        try
        {
            var (png, svg) = (Path.Combine(folder, key + ".png"), Path.Combine(folder, key + ".svg"));
            if (!File.Exists(png) || !File.Exists(svg))
            {
                return null;
            }

            return new RenderedChart(fileStem, File.ReadAllBytes(png), File.ReadAllText(svg, Encoding.UTF8));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Keep(string key, RenderedChart chart)
    {
        try
        {
            Directory.CreateDirectory(folder);
            // SVG first, PNG last: Find needs both, so a half-written pair is never used.
            Write(Path.Combine(folder, key + ".svg"), Encoding.UTF8.GetBytes(chart.Svg));
            Write(Path.Combine(folder, key + ".png"), chart.Png);
            foreach (var old in new DirectoryInfo(folder).GetFiles("*.png").OrderByDescending(f => f.LastWriteTimeUtc).Skip(Kept))
            {
                old.Delete();
                File.Delete(Path.ChangeExtension(old.FullName, ".svg"));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written is no cache; the report itself is unaffected.
        }
    }

    private static void Write(string path, byte[] bytes)
    {
        var temp = $"{path}.{Environment.ProcessId}.tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }
}
