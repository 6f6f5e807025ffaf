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
internal sealed class ChartCache(KeptFiles files)
{
    /// <summary>The most recently drawn charts kept; older ones are drawn again when needed.</summary>
    private const int Kept = 256;
    private static readonly string Build = typeof(ChartRenderer).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static ChartCache For(string workspace) => new(KeptFiles.In(workspace, "charts", Kept));

    public static string Key(ReportFigure figure, ReportHeader header, ChartFont font)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(figure));
        hash.AppendData(Encoding.UTF8.GetBytes($"\n{header.UpColor}\n{header.DownColor}\n{font.Family}\n{font.FilePath}\n{Build}"));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    // The PNG is written last, so it is looked for first: with it, the SVG is there too.
    public RenderedChart? Find(string key, string fileStem) =>
        files.Read(key + ".png") is { } png && files.Read(key + ".svg") is { } svg ? new RenderedChart(fileStem, png, Encoding.UTF8.GetString(svg)) : null;

    public void Keep(string key, RenderedChart chart) => files.Write((key + ".svg", Encoding.UTF8.GetBytes(chart.Svg)), (key + ".png", chart.Png));
}
