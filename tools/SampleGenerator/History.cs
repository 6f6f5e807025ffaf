using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SampleGenerator;

/// <summary>
/// A synthetic record of the previous month's report (period 2024-10), in the format SectorScope
/// writes to <c>history/</c> after each report, so that the demo report has changes to show: ratings
/// kept, one EPS raised, one cut, and one company no longer covered. Keys sorted, as the tool writes them.
/// </summary>
internal static class History
{
    public const string File = "history/2024-10.json";

    private const string Title = "互联网行业2024年11月投资策略";
    private const string Subtitle = "业绩期将至，互联网龙头有望持续抬升盈利底部";

    /// <summary>Published on the date the model report's related-research list gives it.</summary>
    private const string AsOf = "2024-11-11";

    /// <summary>Changes against the current forecasts: NetEase 2024 EPS was 10.9 (now 11.2), Meituan 2025 was 8.8 (now 8.6).</summary>
    private static readonly IReadOnlyDictionary<(string Code, int Year), double> EarlierEps = new Dictionary<(string, int), double>
    {
        [("9999.HK", 2024)] = 10.9,
        [("3690.HK", 2025)] = 8.8,
    };

    /// <summary>Covered in October, no longer in November's coverage: shows 停止覆盖.</summary>
    private static readonly (string Code, string Rating, double Eps2024, double Eps2025) Dropped = ("1024.HK", "中性", 3.9, 4.6);

    private sealed record Company(string Code, string Rating, IReadOnlyList<(int Year, double Eps)> Eps);

    public static string Json()
    {
        var companies = Pins.KeyCompanies
            .Select(code => new Company(code, Research.Rating, [.. Research.Forecasts().Where(f => f.Code == code)
                .Select(f => (f.Year, EarlierEps.TryGetValue((code, f.Year), out var e) ? e : f.Eps))]))
            .Append(new Company(Dropped.Code, Dropped.Rating, [(2024, Dropped.Eps2024), (2025, Dropped.Eps2025)]))
            .OrderBy(c => c.Code, StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("as_of", AsOf);
            w.WriteStartArray("companies");
            foreach (var c in companies)
            {
                var stock = Universe.Stocks.Single(s => s.Code == c.Code);
                w.WriteStartObject();
                w.WriteString("code", c.Code);
                w.WriteString("currency", stock.Currency);
                w.WriteStartArray("eps");
                foreach (var (year, eps) in c.Eps.OrderBy(e => e.Year))
                {
                    w.WriteStartObject();
                    w.WriteString("currency", Research.ForecastCurrency);
                    w.WriteNumber("eps", eps);
                    w.WriteNumber("year", year);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteString("name", stock.Name);
                w.WriteString("rating", c.Rating);
                w.WriteNull("target_price");
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteString("period", "2024-10");
            w.WriteString("schema", "sectorscope.history/1");
            w.WriteString("sector", "互联网");
            w.WriteString("sector_rating", Research.Rating);
            w.WriteString("subtitle", Subtitle);
            w.WriteString("title", Title);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n") + "\n";
    }
}
