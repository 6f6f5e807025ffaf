using System.Globalization;
using ScottPlot;

namespace SectorScope.Rendering.Charts;

/// <summary>
/// Labels of the bottom axis: one per category (bars), upright when they fit their slot, else turned 45° or 90°
/// so that neighbours never overlap; or, for ISO dates, month ticks spaced so their labels stay apart.
/// </summary>
internal static class CategoryAxis
{
    private const float Gap = 8;

    /// <summary>
    /// One label under each of <paramref name="labels"/>' slots at x = 0, 1, 2, … across <paramref name="dataWidth"/>
    /// pixels: upright when they fit, in slightly smaller type if that is what it takes, else turned.
    /// </summary>
    public static void Label(Plot plot, ChartText text, IReadOnlyList<string> labels, float dataWidth)
    {
        var slot = dataWidth / Math.Max(1, labels.Count);
        var style = plot.Axes.Bottom.TickLabelStyle;
        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, labels.Count).Select(i => (double)i)], [.. labels]);
        for (var upright = ChartStyle.TickFontSize; upright >= ChartStyle.SmallestTickFontSize; upright--)
        {
            if (text.WidestOf(labels, upright) + Gap <= slot)
            {
                style.FontSize = upright;
                return;
            }
        }

        // Turned 45° while neighbours stay a line apart, else 90° (in smaller type if even that is too tight).
        var size = ChartStyle.TickFontSize;
        var rotation = slot * MathF.Sin(MathF.PI / 4) >= text.LineHeight(size) + 2 ? 45f : 90f;
        while (rotation == 90f && size > ChartStyle.SmallestTurnedFontSize && text.LineHeight(size) + 2 > slot)
        {
            size--;
        }

        var (widest, height) = (text.WidestOf(labels, size), text.LineHeight(size));
        var radians = rotation * MathF.PI / 180;
        style.FontSize = size;
        style.Rotation = -rotation;
        style.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = (widest * MathF.Sin(radians)) + (height * MathF.Cos(radians)) + 14;

        // A turned first label reaches left of its slot: keep it inside the picture.
        var overhang = (text.Width(labels[0], size) * MathF.Cos(radians)) - (slot / 2);
        plot.Axes.Left.MinimumSize = Math.Max(plot.Axes.Left.MinimumSize, overhang + 8);
    }

    /// <summary>
    /// Month ticks for categories that are ISO dates at x = 0, 1, 2, …: every 1, 2, 3, 6 or 12 months, as few as
    /// keep labels apart; false when a category is not a date or the dates span too few months for two ticks.
    /// </summary>
    public static bool LabelDates(Plot plot, ChartText text, IReadOnlyList<string> categories, float dataWidth)
    {
        var dates = new DateOnly[categories.Count];
        for (int i = 0; i < categories.Count; i++)
        {
            if (!DateOnly.TryParseExact(categories[i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out dates[i]))
            {
                return false;
            }
        }

        // The first trading day of each month in the data; the first category only when it opens its month.
        var starts = Enumerable.Range(0, dates.Length)
            .Where(i => i == 0 ? dates[0].Day <= 7 : (dates[i].Year, dates[i].Month) != (dates[i - 1].Year, dates[i - 1].Month))
            .ToArray();
        var labelWidth = text.Width("2024-12", ChartStyle.TickFontSize) + (3 * Gap);
        foreach (var step in new[] { 1, 2, 3, 6, 12, 24, 60 })
        {
            var ticks = starts.Where(i => ((dates[i].Year * 12) + dates[i].Month - 1) % step == 0).ToArray();
            if (ticks.Length * labelWidth <= dataWidth || step == 60)
            {
                if (ticks.Length < 2)
                {
                    return false;
                }

                var format = step >= 12 ? "yyyy" : "yyyy-MM";
                plot.Axes.Bottom.SetTicks([.. ticks.Select(i => (double)i)], [.. ticks.Select(i => dates[i].ToString(format, CultureInfo.InvariantCulture))]);
                break;
            }
        }

        plot.Axes.Bottom.MajorTickStyle.Length = 5;
        return true;
    }

    /// <summary>Categories that are not dates, on a line: every k-th label, k as small as keeps them apart.</summary>
    public static void LabelEvery(Plot plot, ChartText text, IReadOnlyList<string> labels, float dataWidth)
    {
        var widest = text.WidestOf(labels, ChartStyle.TickFontSize) + (2 * Gap);
        var fits = Math.Max(1, (int)(dataWidth / widest));
        var step = Math.Max(1, (int)Math.Ceiling(labels.Count / (double)fits));
        var ticks = Enumerable.Range(0, labels.Count).Where(i => i % step == 0).ToArray();
        plot.Axes.Bottom.SetTicks([.. ticks.Select(i => (double)i)], [.. ticks.Select(i => labels[i])]);
        plot.Axes.Bottom.MajorTickStyle.Length = 5;
    }
}
