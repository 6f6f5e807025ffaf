using SectorScope.Analytics;
using SectorScope.Reporting.Model;
using SectorScope.Workspace;

namespace SectorScope.Reporting;

public sealed partial class ReportBuilder
{
    private string[] ChartIndices => [.. new[] { Settings.HeadlineIndex, Settings.ComparisonIndex }.OfType<string>().Distinct(StringComparer.Ordinal)];

    private string IndexPairName => string.Join(_w.IndexPairSeparator, ChartIndices.Select(Universe.NameOf));

    /// <summary>
    /// Monthly returns of the headline and comparison index over the last twelve months. A month an index has no
    /// return for although it had closes before (a missing close on the market's last trading day of the month or of
    /// the month before, as real vendor files have) is named in the note with the missing day: an empty bar alone
    /// would read as a flat month.
    /// </summary>
    private string? MonthlyIndexFigure()
    {
        var months = Enumerable.Range(0, ReportRequest.HistoryMonths).Select(i => Period.AddMonths(i - ReportRequest.HistoryMonths + 1)).ToArray();
        var series = new List<FigureSeries>();
        var notes = new List<string>();
        foreach (var code in ChartIndices)
        {
            var first = (_data.IndexDailyCloses.GetValueOrDefault(code) ?? []).Select(p => p.Date).DefaultIfEmpty(DateOnly.MaxValue).Min();
            var values = new double?[months.Length];
            for (int i = 0; i < months.Length; i++)
            {
                var (ret, excluded) = IndexReturn(code, months[i]);
                values[i] = ret?.Pct;
                if (excluded is { Day: { } day } && first < day)
                {
                    notes.Add(_w.MissingMonthNote(Universe.NameOf(code), months[i], day));
                }
            }

            series.Add(new FigureSeries(Universe.NameOf(code), values));
        }

        return Shown(new ReportFigure("index-monthly-returns", 0, "index-monthly-returns", _w.MonthlyIndexCaption(IndexPairName), FigureKind.GroupedBars,
            [.. months.Select(m => m.ToString())], series, _w.ReturnAxis, SourceLine, [], notes.Count == 0 ? null : string.Join(_w.SentenceGap, notes)),
            ReportNotices.NoIndexHistory(IndexPairName));
    }

    private (PeriodReturn? Return, ExcludedSecurity? Excluded) IndexReturn(string code, ReportPeriod month) =>
        Universe.Index(code) is { } idx ? PeriodReturns.Compute(_data.MonthEnds, code, idx.Market, month) : (null, null);

    /// <summary>
    /// Both indices rebased to 100 at the close before the twelve-month window. An index whose closes start inside the
    /// window is drawn from its first close, starting at the level the first line stands at that day, and the note says
    /// so: a line of nulls under an "A VS B" caption would show one index and claim two.
    /// </summary>
    private string? RebasedIndexFigure()
    {
        var all = ChartIndices.SelectMany(c => _data.IndexDailyCloses.GetValueOrDefault(c) ?? []).Select(p => p.Date).Distinct().Order().ToArray();
        var windowStart = Period.AddMonths(-ReportRequest.HistoryMonths).End;
        var baseDate = all.Where(d => d <= windowStart).DefaultIfEmpty(all.FirstOrDefault()).Max();
        var dates = all.Where(d => d >= baseDate).ToArray();
        var series = new List<FigureSeries>();
        var notes = new List<string>();
        foreach (var code in ChartIndices)
        {
            var closes = (_data.IndexDailyCloses.GetValueOrDefault(code) ?? []).ToDictionary(p => p.Date, p => p.Close);
            var baseClose = closes.Where(kv => kv.Key <= baseDate).OrderBy(kv => kv.Key).Select(kv => (double?)kv.Value).LastOrDefault();
            if (baseClose is null && series.Count > 0 && closes.Keys.Where(d => d > baseDate).Order().FirstOrDefault() is var first && first != default)
            {
                // Late start: from the first close on, at the first line's level that day (100 when it has none).
                var level = series[0].Values[Array.IndexOf(dates, first)] ?? 100.0;
                var late = CarriedForward(dates, closes, closes[first]).Select((v, i) => dates[i] < first ? null : v * level / 100.0).ToArray();
                series.Add(new FigureSeries(Universe.NameOf(code), late));
                notes.Add(_w.LateStartNote(Universe.NameOf(code), first, series[0].Name));
                continue;
            }

            series.Add(new FigureSeries(Universe.NameOf(code), CarriedForward(dates, closes, baseClose)));
        }

        return Shown(new ReportFigure("index-rebased", 0, "index-rebased", _w.RebasedIndexCaption(IndexPairName), FigureKind.Lines,
            [.. dates.Select(DisplayFormat.Date)], series, _w.RebasedAxis, SourceLine, [], notes.Count == 0 ? null : string.Join(_w.SentenceGap, notes)),
            ReportNotices.NoIndexHistory(IndexPairName));
    }

    /// <summary>
    /// Rebased values on the union of both markets' trading days. On a day one market is closed its index
    /// stands where it last closed, so the line runs on instead of breaking.
    /// </summary>
    private static double?[] CarriedForward(DateOnly[] dates, Dictionary<DateOnly, double> closes, double? baseClose)
    {
        var values = new double?[dates.Length];
        double? last = baseClose;
        for (int i = 0; i < dates.Length; i++)
        {
            if (closes.TryGetValue(dates[i], out var close))
            {
                last = close;
            }

            values[i] = baseClose is { } b && last is { } c ? c / b * 100.0 : null;
        }

        return values;
    }

    /// <param name="why">What the notice says when no stock qualifies and the figure is left out.</param>
    private string? PerformanceFigure(string name, string caption, IReadOnlyList<StockPerformance> performers, string why, string? note = null) =>
        Shown(new ReportFigure(name, 0, name, caption, FigureKind.SignedBars,
            [.. performers.Select(p => p.Security.Name)], [new FigureSeries(_w.ReturnSeries, [.. performers.Select(p => (double?)p.Return.Pct)])],
            _w.ReturnAxis, SourceLine, [], note), why);

    /// <summary>The figure numbered, or, when it has no value to draw, left out with a notice saying <paramref name="why"/>.</summary>
    private string? Shown(ReportFigure figure, string why)
    {
        if (figure.Series.All(s => s.Values.All(v => v is null)))
        {
            _notices.Add(ReportNotices.EmptyFigure(figure.Caption, why));
            return null;
        }

        return _numbering.Add(figure);
    }

    /// <summary>The best risers, up to <c>top_n</c>: never a falling stock under a gainers caption; fewer risers than bars are said.</summary>
    private string? GainersFigure(IReadOnlyList<StockPerformance> risers) =>
        PerformanceFigure("top-gainers", _w.TopGainersCaption(Period, Settings.Sector, Settings.TopN), risers, ReportNotices.NoRisers,
            risers.Count is > 0 and var n && n < Settings.TopN ? _w.FewerGainersNote(n, Settings.TopN) : null);

    /// <summary>
    /// Every decliner, worst first, up to <c>decliners_max</c> bars: a sector has a few dozen, a whole market
    /// thousands, which no reader can tell apart. Beyond the cap the caption and note say how many fell;
    /// every one stays in tables/stock_returns.csv.
    /// </summary>
    private string? DeclinersFigure(IReadOnlyList<StockPerformance> decliners)
    {
        if (decliners.Count <= Settings.DecliningMax)
        {
            return PerformanceFigure("decliners", _w.DeclinersCaption(Period, Settings.Sector), decliners, ReportNotices.NoDecliners);
        }

        var shown = Settings.DecliningMax;
        return PerformanceFigure("decliners", _w.DeclinersCappedCaption(Period, Settings.Sector, shown), [.. decliners.Take(shown)], ReportNotices.NoDecliners,
            _w.DeclinersCappedNote(decliners.Count, shown));
    }

    /// <summary>The top performers of each market with their excess return, as a table.</summary>
    private string? PerformanceTable(IReadOnlyList<StockPerformance> ranked)
    {
        var rows = new List<IReadOnlyList<TableCell>>();
        foreach (var p in Performance.TopPerMarket(ranked, Settings.TopN).SelectMany(kv => kv.Value))
        {
            rows.Add([_w.Market(p.Security.Market), p.Security.Code, p.Security.Name, p.Security.SubSector,
                TableCell.Of(Quantities.Return(p.Return, p.Security.Market)), Universe.NameOf(p.Benchmark.Code),
                new TableCell(DisplayFormat.Percent(p.Benchmark.Pct), p.Benchmark.Pct), new TableCell(_w.ExcessOf(p.Excess), p.Excess.Pct),
                new TableCell(DisplayFormat.Integer(p.RankInMarket), p.RankInMarket)]);
        }

        if (rows.Count == 0)
        {
            _notices.Add(ReportNotices.EmptyTable(_w.MarketTopCaption(Period), ReportNotices.NoRankedStocks));
            return null;
        }

        var c = _w.MarketTopColumns;
        return _numbering.Add(new ReportTable("market-top", 0, _w.MarketTopCaption(Period),
            [new(c[0]), new(c[1]), new(c[2]), new(c[3]), new(c[4], ColumnAlign.Right), new(c[5]), new(c[6], ColumnAlign.Right),
             new(c[7], ColumnAlign.Right), new(c[8], ColumnAlign.Right)],
            rows, SourceLine));
    }

    private void AddReturnTables(IReadOnlyList<StockPerformance> ranked, IReadOnlyList<ExcludedLine> excluded)
    {
        _dataTables.Add(new DataTable("stock_returns",
            ["code", "name", "market", "sub_sector", "return_pct", "benchmark", "benchmark_return_pct", "excess_pct", "rank_in_market"],
            [.. ranked.Select(p => (IReadOnlyList<object?>)[p.Security.Code, p.Security.Name, p.Security.Market, p.Security.SubSector, p.Return.Pct,
                p.Benchmark.Code, p.Benchmark.Pct, p.Excess.Pct, p.RankInMarket])]));

        var indexRows = new List<IReadOnlyList<object?>>();
        foreach (var index in Universe.Indices.OrderBy(i => i.Code, StringComparer.Ordinal))
        {
            for (int i = ReportRequest.HistoryMonths - 1; i >= 0; i--)
            {
                var month = Period.AddMonths(-i);
                if (PeriodReturns.Compute(_data.MonthEnds, index.Code, index.Market, month).Return is { } r)
                {
                    indexRows.Add([index.Code, index.Name, month.ToString(), r.Pct]);
                }
            }
        }

        _dataTables.Add(new DataTable("index_returns", ["code", "name", "period", "return_pct"], indexRows));
        _dataTables.Add(new DataTable("excluded", ["code", "name", "reason"], [.. excluded.Select(e => (IReadOnlyList<object?>)[e.Code, e.Name, e.Reason])]));
    }
}
