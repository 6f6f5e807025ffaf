using SectorScope.Reporting.Model;

namespace SectorScope.Tests.Rendering.Charts;

/// <summary>What every chart must show, kind by kind, and that it shows it the same way every time.</summary>
public sealed class ChartRendererTests
{
    public static TheoryData<FigureKind> Kinds => [.. Enum.GetValues<FigureKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_is_a_1000_by_560_png_and_an_svg_naming_its_series_and_axis(FigureKind kind)
    {
        var figure = ChartSamples.Figure(kind);
        var chart = ChartSamples.Render(figure);

        Assert.Equal(figure.FileStem, chart.FileStem);
        Assert.Equal((1000, 560), ChartSamples.PngSize(chart.Png));
        Assert.Contains("width=\"1000\" height=\"560\"", chart.Svg, StringComparison.Ordinal);
        var texts = SvgText.All(chart.Svg).Select(t => t.Text).ToArray();
        Assert.Contains(figure.YLabel, texts);
        if (figure.Series.Count > 1)
        {
            // A legend names every series; one series is named by the caption and the axis title.
            Assert.All(figure.Series, s => Assert.Contains(s.Name, texts));
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_same_figure_gives_the_same_png_bytes_and_svg_text(FigureKind kind)
    {
        var first = ChartSamples.Render(ChartSamples.Figure(kind));
        var second = ChartSamples.Render(ChartSamples.Figure(kind));

        Assert.True(first.Png.AsSpan().SequenceEqual(second.Png), "PNG bytes differ between two renders");
        Assert.Equal(first.Svg, second.Svg);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_text_is_set_in_the_chinese_font(FigureKind kind)
    {
        var texts = SvgText.All(ChartSamples.Render(ChartSamples.Figure(kind)).Svg);

        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.StartsWith(ChartSamples.Font.Family, t.FontFamily, StringComparison.Ordinal));
    }

    [Fact]
    public void Signed_bars_are_filled_with_the_header_colours_by_sign()
    {
        var header = ChartSamples.Header(up: "#C81E1E", down: "#2E8B57");
        var fills = SvgText.RectFills(ChartSamples.Render(ChartSamples.Stocks(6), header).Svg);

        // Three gains and three losses, each bar in its colour.
        Assert.Equal(3, fills.Count(f => f == "#C81E1E"));
        Assert.Equal(3, fills.Count(f => f == "#2E8B57"));
    }

    [Fact]
    public void Signed_bars_of_gains_only_never_use_the_loss_colour()
    {
        var figure = ChartSamples.Stocks(5) with { Series = [new FigureSeries("涨跌幅", [21.0, 16.7, 11.5, 0.4, 5.1])] };
        var fills = SvgText.RectFills(ChartSamples.Render(figure).Svg);

        Assert.Equal(5, fills.Count(f => f == ChartSamples.Up));
        Assert.DoesNotContain(ChartSamples.Down, fills);
    }

    [Fact]
    public void Signed_bars_carry_their_value_with_one_decimal()
    {
        var texts = SvgText.All(ChartSamples.Render(ChartSamples.Figure(FigureKind.SignedBars)).Svg).Select(t => t.Text).ToArray();

        Assert.Equal(["-1.6", "9.1", "-7.2", "-11.9"], texts.Where(t => t is "-1.6" or "9.1" or "-7.2" or "-11.9"));
    }

    [Fact]
    public void Reference_lines_are_labelled_with_name_and_value_and_the_last_value_is_written()
    {
        var texts = SvgText.All(ChartSamples.Render(ChartSamples.Figure(FigureKind.BandedHistory)).Svg).Select(t => t.Text).ToArray();

        Assert.Contains("均值 25.46", texts);
        Assert.Contains("+1σ 28.91", texts);
        Assert.Contains("-1σ 22.01", texts);
        Assert.Contains("20.59", texts);
    }

    [Fact]
    public void A_null_value_breaks_a_line_rather_than_dropping_it_to_zero()
    {
        var figure = ChartSamples.Figure(FigureKind.Lines) with { Series = [new FigureSeries("恒生科技指数", [100, 101, 102, null, 104, 105, 106, 107])] };
        var svg = ChartSamples.Render(figure).Svg;

        // The series colour strokes two pieces of line: before and after the gap (plus the legend's sample).
        var pieces = System.Text.RegularExpressions.Regex.Matches(svg, "<path fill=\"none\" stroke=\"#1F4E79\"[^>]* d=\"M[^\"]*L[^\"]*\"").Count;
        Assert.Equal(3, pieces);
    }

    [Fact]
    public void A_figure_without_categories_draws_its_note_and_no_bars()
    {
        var chart = ChartSamples.Render(ChartSamples.Empty());

        Assert.Equal((1000, 560), ChartSamples.PngSize(chart.Png));
        Assert.Contains("本月没有符合条件的股票", SvgText.All(chart.Svg).Select(t => t.Text));
        Assert.DoesNotContain(ChartSamples.Up, SvgText.RectFills(chart.Svg));
        Assert.DoesNotContain(ChartSamples.Down, SvgText.RectFills(chart.Svg));
    }

    [Fact]
    public void A_series_with_a_value_count_other_than_the_categories_is_refused()
    {
        var figure = ChartSamples.Figure(FigureKind.SignedBars) with { Series = [new FigureSeries("涨跌幅", [1.0, 2.0])] };

        var error = Assert.Throws<ArgumentException>(() => ChartSamples.Render(figure));
        Assert.Contains("2 values for 4 categories", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_caption_and_source_line_are_left_to_the_document()
    {
        var figure = ChartSamples.Figure(FigureKind.GroupedBars);
        var texts = SvgText.All(ChartSamples.Render(figure).Svg).Select(t => t.Text).ToArray();

        Assert.DoesNotContain(figure.Caption, texts);
        Assert.DoesNotContain(figure.SourceLine, texts);
        Assert.DoesNotContain(figure.Label, texts);
    }
}
