namespace SectorScope.Workspace;

/// <summary>Parsers for the reference files: securities and indices.</summary>
public static partial class InputParsers
{
    public static IReadOnlyList<Security> Securities(string path, string text, ISet<string> markets, DiagnosticBag diagnostics)
    {
        var csv = CsvFile.Open(path, text, ["code", "name", "market", "currency", "sub_sector"], ["name_en", "shares_mn", "fy_end"], diagnostics);
        var rows = new List<Security>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in csv.Records)
        {
            var code = Code(csv, r, "code");
            var name = csv.RequiredText(r, "name");
            var market = csv.RequiredText(r, "market");
            var currency = Currency(csv, r, "currency");
            var shares = csv.Number(r, "shares_mn", required: false, positive: true);
            var fyEnd = FiscalYearEnd(csv, r);
            if (market is not null && !markets.Contains(market))
            {
                csv.Error(r, "market", ReaderMessages.NoBenchmark(market));
            }

            if (code is not null && !seen.TryAdd(code, r.Line))
            {
                csv.Error(r, "code", ReaderMessages.DefinedTwice(code, seen[code]));
                continue;
            }

            if (code is null || name is null || market is null || currency is null || fyEnd is null)
            {
                continue;
            }

            var nameEn = csv.Text(r, "name_en");
            rows.Add(new Security(code, name, market, currency, csv.Text(r, "sub_sector"), nameEn.Length == 0 ? null : nameEn, shares, fyEnd.Value));
        }

        return rows;
    }

    public static IReadOnlyList<IndexInfo> Indices(string path, string text, ISet<string> markets, DiagnosticBag diagnostics)
    {
        var csv = CsvFile.Open(path, text, ["code", "name", "market", "currency", "inception"], [], diagnostics);
        var rows = new List<IndexInfo>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in csv.Records)
        {
            var code = Code(csv, r, "code");
            var name = csv.RequiredText(r, "name");
            var market = csv.RequiredText(r, "market");
            var currency = Currency(csv, r, "currency");
            var inception = csv.Date(r, "inception");
            if (market is not null && !markets.Contains(market))
            {
                csv.Error(r, "market", ReaderMessages.NoBenchmark(market));
            }

            if (code is not null && !seen.TryAdd(code, r.Line))
            {
                csv.Error(r, "code", ReaderMessages.DefinedTwice(code, seen[code]));
                continue;
            }

            if (code is null || name is null || market is null || currency is null || inception is null)
            {
                continue;
            }

            rows.Add(new IndexInfo(code, name, market, currency, inception.Value));
        }

        return rows;
    }

    /// <summary>fy_end: the month a fiscal year ends in, 1–12; blank is a calendar year (12). Null after an error.</summary>
    private static int? FiscalYearEnd(CsvFile csv, CsvRecord r)
    {
        var text = csv.Text(r, "fy_end");
        if (text.Length == 0)
        {
            return 12;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            return month;
        }

        csv.Error(r, "fy_end", $"财年结束月份「{text}」不是 1 至 12 的整数（如 6 表示财年截至6月；留空为自然年度）");
        return null;
    }

    private static string? Code(CsvFile csv, CsvRecord r, string column)
    {
        var code = csv.RequiredText(r, column);
        if (code is not null && (code.Length > 32 || code.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c == ',')))
        {
            csv.Error(r, column, ReaderMessages.NotACode(code));
            return null;
        }

        return code;
    }

    private static string? Currency(CsvFile csv, CsvRecord r, string column)
    {
        var currency = csv.RequiredText(r, column);
        if (currency is not null && (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)))
        {
            csv.Error(r, column, ReaderMessages.NotACurrency(currency));
            return null;
        }

        return currency;
    }

    private static string? KnownCode(CsvFile csv, CsvRecord r, string column, Func<string, bool> known, string what)
    {
        var code = Code(csv, r, column);
        if (code is not null && !known(code))
        {
            csv.Error(r, column, ReaderMessages.UnknownCode(code, what));
            return null;
        }

        return code;
    }
}
