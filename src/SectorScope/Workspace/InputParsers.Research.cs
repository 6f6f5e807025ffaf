namespace SectorScope.Workspace;

/// <summary>Parsers for the analyst's files: coverage, forecasts, industry series.</summary>
public static partial class InputParsers
{
    public static IReadOnlyList<CoverageRow> Coverage(string path, string text, Universe universe, IReadOnlyList<string> ratingScale, DiagnosticBag diagnostics)
    {
        var csv = CsvFile.Open(path, text, ["code", "rating"], ["target_price", "rating_date"], diagnostics);
        var rows = new List<CoverageRow>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in csv.Records)
        {
            var code = KnownCode(csv, r, "code", universe.IsSecurity, "securities.csv");
            var rating = csv.RequiredText(r, "rating");
            var target = csv.Number(r, "target_price", required: false, positive: true);
            var date = csv.Date(r, "rating_date", required: false);
            if (rating is not null && !ratingScale.Contains(rating))
            {
                csv.Error(r, "rating", ReaderMessages.NotInRatingScale(rating, ratingScale));
                rating = null;
            }

            if (code is not null && !seen.TryAdd(code, r.Line))
            {
                csv.Error(r, "code", ReaderMessages.CoveredTwice(code, seen[code]));
                continue;
            }

            if (code is not null && rating is not null)
            {
                rows.Add(new CoverageRow(code, rating, target, date, new SourceRef(path, r.Line)));
            }
        }

        return rows;
    }

    public static IReadOnlyList<ForecastRow> Forecasts(string path, string text, Universe universe, DiagnosticBag diagnostics)
    {
        var csv = CsvFile.Open(path, text, ["code", "year", "eps", "currency"], ["adj_net_profit_mn"], diagnostics);
        var rows = new List<ForecastRow>();
        var seen = new Dictionary<(string, int), int>();
        foreach (var r in csv.Records)
        {
            var code = KnownCode(csv, r, "code", universe.IsSecurity, "securities.csv");
            var year = csv.Integer(r, "year");
            var eps = csv.Number(r, "eps", required: false);
            var currency = Currency(csv, r, "currency");
            var profit = csv.Number(r, "adj_net_profit_mn", required: false);
            if (year is < 1900 or > 2100)
            {
                csv.Error(r, "year", ReaderMessages.NotAFiscalYear(year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                year = null;
            }

            if (code is null || year is null || currency is null)
            {
                continue;
            }

            if (!seen.TryAdd((code, year.Value), r.Line))
            {
                csv.Error(r, "year", ReaderMessages.SecondForecast(code, year.Value, seen[(code, year.Value)]));
                continue;
            }

            rows.Add(new ForecastRow(code, year.Value, eps, currency, profit, new SourceRef(path, r.Line)));
        }

        return rows;
    }

    public static IReadOnlyList<SeriesRow> Series(string path, string text, DiagnosticBag diagnostics)
    {
        var csv = CsvFile.Open(path, text, ["date", "series", "value"], ["unit"], diagnostics);
        var rows = new List<SeriesRow>();
        var seen = new Dictionary<(string, ReportPeriod), SeriesRow>();
        foreach (var r in csv.Records)
        {
            var date = csv.Date(r, "date");
            var series = csv.RequiredText(r, "series");
            var value = csv.Number(r, "value");
            if (date is null || series is null || value is null)
            {
                continue;
            }

            var unit = csv.Text(r, "unit");
            var row = new SeriesRow(date.Value, series, value.Value, unit.Length == 0 ? null : unit, new SourceRef(path, r.Line));
            var month = ReportPeriod.Of(date.Value);
            if (seen.TryGetValue((series, month), out var first))
            {
                if (first.Value != row.Value)
                {
                    csv.Error(r, "value", ReaderMessages.SecondSeriesValue(series, month.ToString(), first.Source.Line));
                }

                continue;
            }

            seen.Add((series, month), row);
            rows.Add(row);
        }

        return rows;
    }
}
