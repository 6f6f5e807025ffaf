using SectorScope.Analytics;
using SectorScope.Reporting.Model;
using SectorScope.Reporting.Wordings;
using SectorScope.Workspace;

namespace SectorScope.Reporting;

public sealed partial class ReportBuilder
{
    private ValuationSection BuildValuation()
    {
        var heading = _w.ValuationHeading;
        if (Settings.Valuation is not { } config || Universe.Index(config.Index) is not { } index)
        {
            _notices.Add(ReportNotices.NoValuationIndex);
            return new ValuationSection(heading, null, null, null, null, null, 0, [], []);
        }

        var snapshot = ValuationSnapshot.Of(config.Index, _data.Valuations, index.Inception, _data.Request.AsOf, config.Method);
        if (_data.Valuations.Where(r => r.Code == index.Code && r.Date < index.Inception).OrderBy(r => r.Date).ToArray() is { Length: > 0 } early)
        {
            // The percentile window starts at the inception (PRODUCT.md); what lies before it is said, never dropped silently.
            var raw = _data.Inputs.Universe.Index(index.Code)!;
            _notices.Add(ReportNotices.Unused("valuations.csv", ReportNotices.BeforeInception(raw.Name, raw.Code, raw.Inception, early.Length, early[0].Date, early[^1].Date)));
        }

        var method = MethodName(config.Method);
        // Named by what the dates show: a monthly PE series is not "daily" in the methods note.
        var frequency = FrequencyDetector.Detect(_data.Valuations.Where(r => r.Code == index.Code && r.Date >= index.Inception && r.Date <= _data.Request.AsOf).Select(r => r.Date));
        _methods.Add(_w.ValuationMethod(index.Name, index.Inception, method, frequency));
        if (snapshot is null)
        {
            _notices.Add(ReportNotices.NoValuations(index.Code, DisplayFormat.Date(index.Inception), DisplayFormat.Date(_data.Request.AsOf)));
            return new ValuationSection(heading, index.Code, null, null, method, DisplayFormat.Date(index.Inception), 0, [], []);
        }

        var provenance = new Provenance($"PE-TTM of {index.Code} on {DisplayFormat.Date(snapshot.ObservedOn)}; percentile method {method} over {snapshot.Observations} observations since {DisplayFormat.Date(index.Inception)}",
            [snapshot.Source.ToString()], DisplayFormat.Date(snapshot.ObservedOn));
        var pe = new Quantity(snapshot.PeTtm, QuantityKind.PeTtm, DisplayFormat.Multiple(snapshot.PeTtm, DisplayFormat.PeTtmDecimals), provenance);
        var percentile = new Quantity(snapshot.PercentilePct, QuantityKind.Percentile,
            snapshot.PercentilePct is { } pct ? DisplayFormat.Percentile(pct) : _w.NoValue, provenance);
        _facts.Add(new Narrative.ValuationFact(index.Code, pe, percentile));
        var sentence = _w.ValuationSentence(new ValuationFacts(index.Name, snapshot.ObservedOn, pe, percentile, index.Inception, snapshot.Observations, method, snapshot.Mean));

        var history = _data.Valuations.Where(r => r.Code == index.Code && r.Date >= index.Inception && r.Date <= _data.Request.AsOf).OrderBy(r => r.Date).ToArray();
        var figure = _numbering.Add(new ReportFigure("valuation-history", 0, "pe-ttm-history", _w.ValuationCaption(index.Name), FigureKind.BandedHistory,
            [.. history.Select(r => DisplayFormat.Date(r.Date))], [new FigureSeries("PE-TTM", [.. history.Select(r => (double?)r.PeTtm)])], _w.PeAxis, SourceLine,
            [new(_w.MeanLine, snapshot.Mean), new("+1σ", snapshot.Mean + snapshot.StdDev), new("-1σ", snapshot.Mean - snapshot.StdDev)]));

        _dataTables.Add(new DataTable("valuation", ["code", "as_of", "pe_ttm", "percentile_pct", "method", "since", "n_obs"],
            [[index.Code, DisplayFormat.Date(_data.Request.AsOf), snapshot.PeTtm, snapshot.PercentilePct, method, DisplayFormat.Date(index.Inception), snapshot.Observations]]));

        return new ValuationSection(heading, index.Code, pe, percentile, method, DisplayFormat.Date(index.Inception), snapshot.Observations, [sentence], [figure]);
    }

    private static string MethodName(PercentileMethod method) => method switch
    {
        PercentileMethod.Inc => "inc",
        PercentileMethod.Rank => "rank",
        _ => "strict",
    };
}
