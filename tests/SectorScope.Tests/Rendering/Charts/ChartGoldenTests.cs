using SectorScope.Reporting.Model;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Rendering.Charts;

/// <summary>
/// The SVG of each hand-made figure against a reviewed golden file: a changed chart shows up as a diff to
/// review like code. A difference writes NAME.received.svg beside the golden file and fails (see <see cref="Snapshot"/>).
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
        Snapshot.Match(Repository.TestData("Rendering", "Charts", "golden", name + ".svg"), ChartSamples.Render(Figure(name)).Svg);
    }
}
