using SectorScope.Reporting.Model;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Rendering.Charts;

/// <summary>
/// The SVG of each hand-made figure against a reviewed golden file: a changed chart shows up as a diff to
/// review like code. To accept a reviewed change: SECTORSCOPE_UPDATE_GOLDEN=1 dotnet test.
/// </summary>
public sealed class ChartGoldenTests
{
    public static TheoryData<string> Figures => ["grouped-bars", "lines", "signed-bars", "banded-history", "bars-with-change-line", "empty-note"];

    private static ReportFigure Figure(string name) => name switch
    {
        "grouped-bars" => ChartSamples.Figure(FigureKind.GroupedBars),
        "lines" => ChartSamples.Figure(FigureKind.Lines),
        "signed-bars" => ChartSamples.Figure(FigureKind.SignedBars),
        "banded-history" => ChartSamples.Figure(FigureKind.BandedHistory),
        "bars-with-change-line" => ChartSamples.Figure(FigureKind.BarsWithChangeLine),
        "empty-note" => ChartSamples.Empty(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void Svg_matches_the_golden_file(string name)
    {
        var golden = Repository.TestData("Rendering", "Charts", "golden", name + ".svg");
        var actual = ChartSamples.Render(Figure(name)).Svg;
        if (Environment.GetEnvironmentVariable("SECTORSCOPE_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllText(golden, actual);
        }

        Assert.True(File.Exists(golden), $"no golden file {golden}; review the chart and run with SECTORSCOPE_UPDATE_GOLDEN=1");
        var expected = File.ReadAllText(golden);
        if (expected != actual)
        {
            File.WriteAllText(golden + ".received", actual);
        }

        Assert.True(expected == actual, $"{name}.svg differs from the golden file; see {golden}.received");
    }
}
