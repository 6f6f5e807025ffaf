using SectorScope.Analytics;
using SectorScope.Reporting.Model;
using SectorScope.Workspace;

namespace SectorScope.Reporting;

public sealed partial class ReportBuilder
{
    /// <summary>
    /// 重点公司盈利预测及投资评级: rating, last close, market cap, EPS and forward PE per forecast year, each company's
    /// own fiscal years (<see cref="YearColumnsOf"/>): the PE of FY2025 is the price over FY2025's EPS.
    /// </summary>
    private string? BuildForecastTable()
    {
        var covered = _data.Coverage.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var codes = TableCodes;
        var yearColumns = YearColumnsOf(codes);
        if (codes.Count == 0)
        {
            // No company: no table with a blank currency in its header, and the data tables stay empty.
            _notices.Add(ReportNotices.NoCoveredCompanies);
        }

        var rows = new List<IReadOnlyList<TableCell>>();
        var data = new List<IReadOnlyList<object?>>();
        var multiples = new List<IReadOnlyList<object?>>();
        foreach (var code in codes)
        {
            var security = Universe.Security(code)!;
            var rating = covered.GetValueOrDefault(code)?.Rating ?? _w.NotRated;
            var quoted = _data.CoveredCloses.GetValueOrDefault(code);
            var close = quoted?.Close;
            var cap = close is null ? null : Multiples.MarketCapMn(close.Close, close.MarketCapMn, security.SharesMn);
            var cells = new List<TableCell>
            {
                code, security.Name, rating,
                Price(close?.Close),
                cap is null ? _w.NoValue : new TableCell(DisplayFormat.Grouped(cap.Value, 0), cap),
            };
            var eps = new List<TableCell>();
            var pes = new List<TableCell>();
            var record = new List<object?> { code, security.Name, rating, close?.Close, security.Currency, cap };
            foreach (var year in yearColumns.Years[code])
            {
                var forecast = _data.Forecasts.FirstOrDefault(f => f.Code == code && f.Year == year);
                var fx = forecast is null ? null : quoted?.FxToCurrency.GetValueOrDefault(forecast.Currency);
                double? pe = close is null || fx is null ? null : Multiples.ForwardPe(close.Close, fx.Rate, forecast?.Eps);
                eps.Add(Eps(forecast?.Eps));
                pes.Add(pe is { } v ? new TableCell(DisplayFormat.Number(v, Settings.PeDecimals), v) : _w.NotMeaningful);
                record.AddRange([year, forecast?.Eps, pe]);
                if (forecast is not null)
                {
                    double? adjusted = cap is not null && fx is not null ? Multiples.OnAdjustedProfit(cap.Value, fx.Rate, forecast.AdjNetProfitMn) : null;
                    _facts.Add(new Narrative.ForecastFact(code, year, MultipleQuantity(pe), MultipleQuantity(adjusted)));
                }

                if (cap is not null && fx is not null && Multiples.OnAdjustedProfit(cap.Value, fx.Rate, forecast?.AdjNetProfitMn) is { } m)
                {
                    multiples.Add([code, security.Name, year, cap, security.Currency, fx.Rate, forecast!.Currency, forecast.AdjNetProfitMn, m]);
                }
            }

            rows.Add([.. cells, .. eps, .. pes]);
            data.Add(record);
        }

        var currencies = string.Join(_w.CurrencySeparator, codes.Select(c => Universe.Security(c)!.Currency).Distinct(StringComparer.Ordinal).Select(_w.Currency));
        var columns = new List<TableColumn>
        {
            new(_w.ForecastColumns[0]), new(_w.ForecastColumns[1]), new(_w.ForecastColumns[2]),
            new(_w.CloseColumn(currencies), ColumnAlign.Right), new(_w.MarketCapColumn(currencies), ColumnAlign.Right),
        };
        // A market-cap column nobody's data fills (no shares_mn, no market_cap_mn) is left out rather than printed as dashes.
        if (data.TrueForAll(r => r[5] is null))
        {
            const int capColumn = 4;
            columns.RemoveAt(capColumn);
            rows = [.. rows.Select(r => (IReadOnlyList<TableCell>)[.. r.Where((_, i) => i != capColumn)])];
        }

        columns.AddRange(yearColumns.Headers.Select(y => new TableColumn(y, ColumnAlign.Right, "EPS")));
        columns.AddRange(yearColumns.Headers.Select(y => new TableColumn(y, ColumnAlign.Right, "PE")));

        _dataTables.Add(new DataTable("coverage", ["code", "name", "rating", "close", "currency", "market_cap_mn", "year1", "eps1", "pe1", "year2", "eps2", "pe2"], data));
        _dataTables.Add(new DataTable("adjusted_profit_multiples", ["code", "name", "year", "market_cap_mn", "currency", "fx_rate", "profit_currency", "adj_net_profit_mn", "multiple"], multiples));
        // The PE rule is stated only where a forecast table is printed.
        if (codes.Count > 0)
        {
            _methods.Add(_w.ForecastsMethod(_data.Request.AsOf));
        }

        // The dates of the closes printed, so a reader sees which day's prices the PEs rest on.
        var shownDays = codes.Select(c => _data.CoveredCloses.GetValueOrDefault(c)?.Close.Date).OfType<DateOnly>().ToArray();
        (DateOnly, DateOnly)? priceDays = shownDays.Length == 0 ? null : (shownDays.Min(), shownDays.Max());

        return codes.Count == 0 ? null : _numbering.Add(new ReportTable("forecasts", 0, _w.ForecastsCaption, columns, rows,
            Settings.SourceLine, _w.ForecastsNote(_data.Request.AsOf, priceDays) + yearColumns.Note));
    }

    /// <summary>An EPS at the configured precision, with its unrounded value; a dash when there is none.</summary>
    private TableCell Eps(double? value) => value is { } v ? new TableCell(DisplayFormat.Number(v, Settings.EpsDecimals), v) : _w.NoValue;

    /// <summary>A price at the configured precision, with its unrounded value; a dash when there is none.</summary>
    private TableCell Price(double? value) => value is { } v ? new TableCell(DisplayFormat.Number(v, Settings.PriceDecimals), v) : _w.NoValue;

    /// <summary>A forward or adjusted-profit multiple at the forecast table's precision; null shows as NM.</summary>
    private Quantity MultipleQuantity(double? value) =>
        new(value, QuantityKind.Multiple, value is { } v ? DisplayFormat.Multiple(v, Settings.PeDecimals) : _w.NotMeaningful);

    /// <summary>The forecast table's companies: key companies first, then the rest of the coverage.</summary>
    private IReadOnlyList<string> TableCodes => [.. Settings.KeyCompanies.Concat(_data.Coverage.Select(c => c.Code)).Distinct(StringComparer.Ordinal)];
}
