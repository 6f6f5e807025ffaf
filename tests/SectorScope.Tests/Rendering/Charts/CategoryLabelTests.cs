using SkiaSharp;

namespace SectorScope.Tests.Rendering.Charts;

/// <summary>Stock names under signed bars stay readable: inside the picture and apart from each other, up to 30 names.</summary>
public sealed class CategoryLabelTests
{
    /// <summary>A name's box in the picture, as the four corners of its (possibly turned) rectangle.</summary>
    private static (double X, double Y)[] Box(SvgText label)
    {
        using var font = new SKFont(SKTypeface.FromFile(ChartSamples.Font.FilePath), (float)label.FontSize);
        var width = font.MeasureText(label.Text);
        var (top, bottom) = (label.Y + font.Metrics.Ascent, label.Y + font.Metrics.Descent);
        return [label.ToPicture(label.X, top), label.ToPicture(label.X + width, top), label.ToPicture(label.X + width, bottom), label.ToPicture(label.X, bottom)];
    }

    /// <summary>Separating-axis test for two convex quadrilaterals.</summary>
    private static bool Overlap((double X, double Y)[] a, (double X, double Y)[] b)
    {
        foreach (var shape in new[] { a, b })
        {
            for (int i = 0; i < 4; i++)
            {
                var (x1, y1) = shape[i];
                var (x2, y2) = shape[(i + 1) % 4];
                var (nx, ny) = (y1 - y2, x2 - x1);
                var pa = a.Select(p => (p.X * nx) + (p.Y * ny)).ToArray();
                var pb = b.Select(p => (p.X * nx) + (p.Y * ny)).ToArray();
                if (pa.Max() <= pb.Min() || pb.Max() <= pa.Min())
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static SvgText[] NameLabels(int count)
    {
        var texts = SvgText.All(ChartSamples.Render(ChartSamples.Stocks(count)).Svg);
        var names = ChartSamples.StockNames[..count];
        var labels = names.Select(n => texts.Single(t => t.Text == n)).ToArray();
        Assert.Equal(count, labels.Length);
        return labels;
    }

    [Theory]
    [InlineData(4)]
    [InlineData(10)]
    [InlineData(16)]
    [InlineData(24)]
    [InlineData(30)]
    public void Stock_names_never_overlap_and_stay_inside_the_picture(int count)
    {
        var boxes = NameLabels(count).Select(Box).ToArray();

        Assert.All(boxes.SelectMany(b => b), p => Assert.True(p.X >= 0 && p.X <= 1000 && p.Y >= 0 && p.Y <= 560, $"label corner {p} outside the picture"));
        for (int i = 0; i + 1 < boxes.Length; i++)
        {
            Assert.False(Overlap(boxes[i], boxes[i + 1]), $"names {i} and {i + 1} of {count} overlap");
        }
    }

    [Fact]
    public void A_few_names_stand_upright_and_many_are_turned()
    {
        Assert.All(NameLabels(4), l => Assert.Equal([1, 0, 0, 1], l.Matrix[..4]));
        Assert.All(NameLabels(30), l => Assert.NotEqual(0, l.Matrix[1]));
    }
}
