namespace SampleGenerator;

/// <summary>One code's daily closes on its market's trading days, already rounded for writing.</summary>
internal sealed record PriceSeries(string Code, string Market, int Decimals, IReadOnlyList<DateOnly> Days, IReadOnlyList<double> Closes);

/// <summary>Builds every index and stock path: synthetic in between, pinned where the report publishes a figure.</summary>
internal static class Prices
{
    public const int StockDecimals = 4;
    public const int IndexDecimals = 2;

    // Waypoints closer than this to either end would force implausible jumps, so they are skipped.
    private const int WaypointGap = 10;

    // Spread of each stock around the common shape, so names of one shape do not move in lockstep.
    private const double IdiosyncraticSpread = 0.12;

    private static readonly int[] OneWay = [1];
    private static readonly int[] BothWays = [1, -1];

    public static IReadOnlyList<PriceSeries> Build() =>
        [.. Universe.Indices.Select(IndexPath), .. Universe.Stocks.Select(StockPath)];

    private static PriceSeries IndexPath(IndexSpec spec)
    {
        var days = Calendars.TradingDays(spec.Market);
        var random = Rng.For(spec.Code);
        var (oct, nov, end) = MonthEndIndexes(days);
        var (octClose, novClose) = MonthEndCloses(spec.Code, spec.Oct31Close, null, IndexDecimals);
        var anchors = spec.Levels
            .Select(l => (Index: Calendars.IndexOnOrBefore(days, Dates.Parse(l.Date)), l.Level))
            .Where(a => a.Index == 0 || oct - a.Index >= WaypointGap)
            .ToList();
        double asOfClose = Numbers.Round(novClose * (1 + spec.AsOfMovePct / 100.0), IndexDecimals);
        anchors.AddRange([(oct, octClose), (nov, novClose), (end, asOfClose)]);
        var path = PricePaths.Bridge(days.Count, anchors, spec.DailyVolPct, random);
        return new PriceSeries(spec.Code, spec.Market, IndexDecimals, days, [.. path.Select(p => Numbers.Round(p, IndexDecimals))]);
    }

    private static PriceSeries StockPath(Stock stock)
    {
        var allDays = Calendars.TradingDays(stock.Market);
        var listed = stock.Listed is { } l && l > Calendars.WindowStart ? l : Calendars.WindowStart;
        int firstDay = Calendars.IndexOnOrAfter(allDays, listed);
        var days = allDays.Skip(firstDay).ToArray();
        var random = Rng.For(stock.Code);
        var (oct, nov, end) = MonthEndIndexes(days);
        var (octClose, novClose) = MonthEndCloses(stock.Code, stock.Oct31Close, stock.NovReturnPct, StockDecimals);

        // The shape supplies the swings; a linear drift in log space makes it end at the October close.
        double shapeStart = Shapes.LevelOn(stock.Shape, days[0]);
        double shapeEnd = Shapes.LevelOn(stock.Shape, days[oct]);
        double drift = Math.Log(octClose / stock.FirstClose) - Math.Log(shapeEnd / shapeStart);
        var anchors = new List<(int Index, double Level)> { (0, stock.FirstClose) };
        foreach (var (date, level) in Shapes.Waypoints(stock.Shape))
        {
            int i = Calendars.IndexOnOrBefore(allDays, date) - firstDay;
            if (i < WaypointGap || oct - i < WaypointGap)
            {
                continue;
            }

            double share = (double)i / oct;
            double value = stock.FirstClose * level / shapeStart * Math.Exp(drift * share + IdiosyncraticSpread * random.Normal());
            anchors.Add((i, Numbers.Round(value, StockDecimals)));
        }

        double asOfClose = Pins.AsOfCloses.TryGetValue(stock.Code, out var pinned)
            ? pinned
            : Numbers.Round(novClose * Math.Exp(stock.DailyVolPct / 100.0 * random.Normal()), StockDecimals);
        anchors.AddRange([(oct, octClose), (nov, novClose), (end, asOfClose)]);
        var path = PricePaths.Bridge(days.Length, anchors, stock.DailyVolPct, random);
        return new PriceSeries(stock.Code, stock.Market, StockDecimals, days, [.. path.Select(p => Numbers.Round(p, StockDecimals))]);
    }

    private static (int Oct, int Nov, int End) MonthEndIndexes(IReadOnlyList<DateOnly> days) =>
        (Calendars.IndexOnOrBefore(days, Pins.PreviousMonthEnd),
         Calendars.IndexOnOrBefore(days, Pins.MonthEnd),
         Calendars.IndexOnOrBefore(days, Calendars.AsOf));

    /// <summary>
    /// The October and November month-end closes. A published return is hit by searching cent-exact
    /// pairs of closes near the nominal October level, so both closes look like real quotes.
    /// </summary>
    private static (double Oct31, double Nov29) MonthEndCloses(string code, double nominalOct31, double? novReturnPct, int decimals)
    {
        if (!Pins.NovemberReturns.TryGetValue(code, out var target))
        {
            double ret = novReturnPct ?? throw new InvalidOperationException($"{code} has neither a pinned nor a nominal November return");
            return (nominalOct31, Numbers.Round(nominalOct31 * (1 + ret / 100.0), decimals));
        }

        for (int cents = 0; cents < 100_000; cents++)
        {
            foreach (int sign in cents == 0 ? OneWay : BothWays)
            {
                double oct = Numbers.Round(nominalOct31 + sign * cents * 0.01, 2);
                double nov = Numbers.Round(oct * (1 + target / 100.0), 2);
                if (Math.Abs(Numbers.PctChange(nov, oct) - target) <= Pins.ReturnTolerancePct / 4)
                {
                    return (oct, nov);
                }
            }
        }

        throw new InvalidOperationException($"no pair of closes near {nominalOct31} gives {target}% for {code}");
    }
}
