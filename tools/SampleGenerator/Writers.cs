using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SampleGenerator;

/// <summary>
/// Writes the workspace files: UTF-8 without BOM, LF line endings, invariant numbers, rows in a
/// fixed order, so two runs produce identical bytes.
/// </summary>
internal sealed class Writers(string root)
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    // Keeps Chinese text readable in the jsonl instead of \u escapes.
    private static readonly JsonSerializerOptions NewsJson = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    private readonly List<string> _written = [];

    public IReadOnlyList<string> Written => _written;

    public void WriteAll(IReadOnlyList<PriceSeries> prices, (IReadOnlyList<DateOnly> Days, IReadOnlyList<double> Pe) valuations,
        IReadOnlyList<(DateOnly Date, double HkdCny, double UsdCny)> fx)
    {
        Text("sectorscope.yaml", WorkspaceTexts.Settings);
        Text("disclaimer.md", WorkspaceTexts.Disclaimer);
        Text("README.md", WorkspaceTexts.Readme(prices));
        Securities();
        Csv("indices.csv", "code,name,market,currency,inception",
            Universe.Indices.Select(i => new[] { i.Code, i.Name, i.Market, i.Currency, Dates.Format(Calendars.WindowStart) }));
        Prices(prices);
        Csv("valuations.csv", "date,code,pe_ttm",
            valuations.Days.Select((d, i) => new[] { Dates.Format(d), Pins.ValuationIndex, Numbers.Fixed(valuations.Pe[i], SampleGenerator.Valuations.Decimals) }));
        Csv("fx.csv", "date,from,to,rate", fx.SelectMany(r => new[]
        {
            new[] { Dates.Format(r.Date), "HKD", "CNY", Numbers.Fixed(r.HkdCny, Fx.Decimals) },
            new[] { Dates.Format(r.Date), "USD", "CNY", Numbers.Fixed(r.UsdCny, Fx.Decimals) },
        }));
        Csv("coverage.csv", "code,rating,target_price,rating_date",
            Pins.KeyCompanies.Select(c => new[] { c, Research.Rating, "", Dates.Format(Research.RatingDate) }));
        Csv("forecasts.csv", "code,year,eps,currency,adj_net_profit_mn",
            Research.Forecasts().Select(f => new[]
            {
                f.Code, Numbers.Integer(f.Year), Numbers.Fixed(f.Eps, 2), Research.ForecastCurrency, Numbers.Fixed(f.AdjProfitMn, 0),
            }));
        Csv("series.csv", "date,series,value,unit",
            IndustrySeries.Rows().Select(r => new[] { Dates.Format(r.Date), r.Series, Numbers.Fixed(r.Value, 0), r.Unit }));
        Text("taxonomy.yaml", WorkspaceTexts.Taxonomy);
        Text("narrative/headlines.yaml", WorkspaceTexts.Headlines);
        foreach (var (file, text) in WorkspaceTexts.Narrative)
        {
            Text(file, text);
        }

        Text(History.File, History.Json());
        Text(News.MainFile, string.Concat(News.Main.Select((n, i) => NewsLine(n, "news", i + 1) + "\n")));
        Text(News.WireFile, NewsFeeds.Rss(News.WireTitle, "https://example.com/wire", News.Wire));
        Bytes(News.WeeklyFile, NewsFeeds.Gbk(string.Concat(News.Weekly.Select((n, i) => NewsLine(n, "weekly", i + 1) + "\n"))));
    }

    private void Securities()
    {
        var rows = Universe.Stocks
            .OrderBy(s => s.Market, StringComparer.Ordinal)
            .ThenBy(s => s.Code, StringComparer.Ordinal)
            .Select(s => new[] { s.Code, s.Name, s.Market, s.Currency, s.SubSector, s.NameEn, Numbers.Fixed(Research.SharesMn(s), 6) });
        Csv("securities.csv", "code,name,market,currency,sub_sector,name_en,shares_mn", rows);
    }

    /// <summary>One file per market and year, indices beside the stocks of their market.</summary>
    private void Prices(IReadOnlyList<PriceSeries> prices)
    {
        var rows = prices.SelectMany(p => p.Days.Select((d, i) => (p.Market, Date: d, p.Code, Close: Numbers.Fixed(p.Closes[i], p.Decimals))));
        foreach (var file in rows.GroupBy(r => (r.Market, r.Date.Year)).OrderBy(g => g.Key.Market, StringComparer.Ordinal).ThenBy(g => g.Key.Year))
        {
            var ordered = file.OrderBy(r => r.Date).ThenBy(r => r.Code, StringComparer.Ordinal)
                .Select(r => new[] { Dates.Format(r.Date), r.Code, r.Close });
            Csv($"prices/{file.Key.Market}-{file.Key.Year}.csv", "date,code,close", ordered);
        }
    }

    private static string NewsLine(NewsItem item, string feed, int number) =>
        JsonSerializer.Serialize(new
        {
            item.Date,
            item.Source,
            item.Title,
            item.Body,
            Url = $"https://example.com/{feed}/{Numbers.Integer(number)}",
            item.Companies,
            item.Tags,
        }, NewsJson);

    private void Csv(string relativePath, string header, IEnumerable<string[]> rows)
    {
        var text = new StringBuilder(header).Append('\n');
        foreach (var row in rows)
        {
            if (row.Any(f => f.AsSpan().IndexOfAny(",\"\r\n") >= 0))
            {
                throw new InvalidOperationException($"{relativePath}: a field needs quoting: {string.Join('|', row)}");
            }

            text.AppendJoin(',', row).Append('\n');
        }

        Text(relativePath, text.ToString());
    }

    private void Text(string relativePath, string content)
    {
        var normalised = content.Replace("\r\n", "\n", StringComparison.Ordinal);
        Bytes(relativePath, Utf8NoBom.GetBytes(normalised.EndsWith('\n') ? normalised : normalised + "\n"));
    }

    private void Bytes(string relativePath, byte[] content)
    {
        var path = Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        _written.Add(relativePath);
    }
}
