namespace SectorScope.Workspace;

/// <summary>Parsers for the dated market files: prices, valuations, FX.</summary>
public static partial class InputParsers
{
    public static IReadOnlyList<PriceRow> Prices(string path, string text, Universe universe, DiagnosticBag diagnostics)
    {
        var csv = CsvFile.Open(path, text, ["date", "code", "close"], ["open", "high", "low", "volume", "market_cap_mn"], diagnostics);
        var rows = new List<PriceRow>(csv.Records.Count);
        var seen = new Dictionary<(DateOnly, string), PriceRow>();
        foreach (var r in csv.Records)
        {
            var date = csv.Date(r, "date");
            var code = KnownCode(csv, r, "code", universe.Contains, ReaderMessages.SecuritiesOrIndices);
            var close = csv.Number(r, "close", positive: true);
            var cap = csv.Number(r, "market_cap_mn", required: false, positive: true);
            foreach (var optional in (string[])["open", "high", "low"])
            {
                csv.Number(r, optional, required: false, positive: true);
            }

            var volume = csv.Number(r, "volume", required: false);
            if (volume < 0)
            {
                csv.Error(r, "volume", ReaderMessages.Negative);
            }

            if (date is null || code is null || close is null)
            {
                continue;
            }

            var row = new PriceRow(date.Value, code, close.Value, cap, new SourceRef(path, r.Line));
            if (seen.TryGetValue((date.Value, code), out var first))
            {
                if (first.Close != row.Close || first.MarketCapMn != row.MarketCapMn)
                {
                    csv.Error(r, "close", ReaderMessages.DuplicateRow($"{InputDates.Format(date.Value)}，{code}", first.Source.Line));
                }

                continue;
            }

            seen.Add((date.Value, code), row);
            rows.Add(row);
        }

        return rows;
    }

    public static IReadOnlyList<ValuationRow> Valuations(string path, string text, Universe universe, DiagnosticBag diagnostics)
    {
        var csv = CsvFile.Open(path, text, ["date", "code", "pe_ttm"], [], diagnostics);
        var rows = new List<ValuationRow>(csv.Records.Count);
        var seen = new Dictionary<(DateOnly, string), ValuationRow>();
        foreach (var r in csv.Records)
        {
            var date = csv.Date(r, "date");
            var code = KnownCode(csv, r, "code", universe.Contains, ReaderMessages.SecuritiesOrIndices);
            var pe = csv.Number(r, "pe_ttm");
            if (date is null || code is null || pe is null)
            {
                continue;
            }

            var row = new ValuationRow(date.Value, code, pe.Value, new SourceRef(path, r.Line));
            if (seen.TryGetValue((date.Value, code), out var first))
            {
                if (first.PeTtm != row.PeTtm)
                {
                    csv.Error(r, "pe_ttm", ReaderMessages.DuplicateRow($"{InputDates.Format(date.Value)}，{code}", first.Source.Line));
                }

                continue;
            }

            seen.Add((date.Value, code), row);
            rows.Add(row);
        }

        return rows;
    }

    public static IReadOnlyList<FxRow> Fx(string path, string text, DiagnosticBag diagnostics)
    {
        var csv = CsvFile.Open(path, text, ["date", "from", "to", "rate"], [], diagnostics);
        var rows = new List<FxRow>(csv.Records.Count);
        var seen = new Dictionary<(DateOnly, string, string), FxRow>();
        foreach (var r in csv.Records)
        {
            var date = csv.Date(r, "date");
            var from = Currency(csv, r, "from");
            var to = Currency(csv, r, "to");
            var rate = csv.Number(r, "rate", positive: true);
            if (date is null || from is null || to is null || rate is null)
            {
                continue;
            }

            if (from == to)
            {
                csv.Error(r, "to", ReaderMessages.RateToItself(from));
                continue;
            }

            var row = new FxRow(date.Value, from, to, rate.Value, new SourceRef(path, r.Line));
            if (seen.TryGetValue((date.Value, from, to), out var first))
            {
                if (first.Rate != row.Rate)
                {
                    csv.Error(r, "rate", ReaderMessages.DuplicateRow($"{InputDates.Format(date.Value)}，{from}，{to}", first.Source.Line));
                }

                continue;
            }

            seen.Add((date.Value, from, to), row);
            rows.Add(row);
        }

        return rows;
    }
}
