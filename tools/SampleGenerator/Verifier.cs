using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace SampleGenerator;

/// <summary>
/// Recomputes every published figure from the files as written and records each result, so a
/// change to the generator that breaks a pin fails the run instead of shipping a wrong demo.
/// </summary>
internal sealed class Verifier(WorkspaceFiles files)
{
    private readonly List<string> _lines = [];

    public List<string> Failures { get; } = [];

    public IReadOnlyList<string> Lines => _lines;

    public static Verifier Run(WorkspaceFiles files)
    {
        var v = new Verifier(files);
        foreach (var problem in files.FormatProblems)
        {
            v.Check("format", false, $"{problem}");
        }

        v.Calendars();
        v.Returns();
        v.Leaders();
        v.KeyCompanies();
        v.Valuation();
        v.Series();
        v.NewsItems();
        return v;
    }

    private void Check(string label, bool ok, FormattableString detail)
    {
        var text = detail.ToString(CultureInfo.InvariantCulture);
        _lines.Add($"{(ok ? "ok  " : "FAIL")} {label}: {text}");
        if (!ok)
        {
            Failures.Add($"{label}: {text}");
        }
    }

    private void Calendars()
    {
        var hk = files.MarketDays["HK"];
        var us = files.MarketDays["US"];
        DateOnly[] bothTrade = [Pins.PreviousMonthEnd, new(2024, 11, 29), SampleGenerator.Calendars.AsOf];
        Check("calendar", bothTrade.All(hk.Contains) && bothTrade.All(us.Contains) && !us.Contains(new DateOnly(2024, 11, 28)),
            $"both markets trade 2024-10-31, 2024-11-29, 2024-12-02; US closed 2024-11-28");
        foreach (var stock in Universe.Stocks)
        {
            var first = files.Closes[stock.Code].Keys.First();
            var listed = stock.Listed is { } l && l > SampleGenerator.Calendars.WindowStart ? l : SampleGenerator.Calendars.WindowStart;
            var expected = files.MarketDays[stock.Market].First(d => d >= listed);
            if (first != expected)
            {
                Check("listing", false, $"{stock.Code} starts {Dates.Format(first)}, expected {Dates.Format(expected)}");
            }
        }
    }

    /// <summary>Period return in percent: last close on or before each month end, on the code's own market days.</summary>
    private double NovemberReturn(string code)
    {
        var days = files.MarketDays[files.MarketOf(code)];
        var end = days.Last(d => d <= Pins.MonthEnd);
        var start = days.Last(d => d <= Pins.PreviousMonthEnd);
        var closes = files.Closes[code];
        return Numbers.PctChange(closes[end], closes[start]);
    }

    private void Returns()
    {
        foreach (var (code, target) in Pins.NovemberReturns)
        {
            double r = NovemberReturn(code);
            Check("return", Math.Abs(r - target) <= Pins.ReturnTolerancePct,
                $"{code} November {r:F6}% (published {target}%, displayed {Numbers.Fixed(r, 1)}%)");
        }
    }

    private void Leaders()
    {
        foreach (var (market, benchmark, top, ceiling, excess) in Pins.Leaders)
        {
            double bench = NovemberReturn(benchmark);
            var ranked = files.Securities.Where(s => s.Value.Market == market)
                .Select(s => (Code: s.Key, Return: NovemberReturn(s.Key)))
                .OrderByDescending(s => s.Return)
                .ToArray();
            Check("leaders", ranked.Take(top.Length).Select(s => s.Code).SequenceEqual(top),
                $"{market} top {string.Join(", ", ranked.Take(top.Length).Select(s => s.Code))}");
            var next = ranked[top.Length];
            Check("leaders", next.Return < ceiling, $"{market} best of the rest {next.Code} {next.Return:F3}% < {ceiling}%");
            for (int i = 0; i < top.Length; i++)
            {
                double pct = Numbers.Round(ranked[i].Return - bench, 1);
                Check("excess", pct == excess[i], $"{ranked[i].Code} vs {benchmark}: {ranked[i].Return - bench:F4} pct → {Numbers.Fixed(pct, 1)}");
            }

            int up = ranked.Count(s => s.Return > 0), down = ranked.Count(s => s.Return < 0);
            bool mix = market == "US" ? up > down : down >= ranked.Length / 3;
            Check("breadth", mix, $"{market}: {up} up, {down} down");
        }
    }

    private void KeyCompanies()
    {
        var fx = files.Csv("fx.csv", "date,from,to,rate")
            .Where(r => r[0] == Dates.Format(SampleGenerator.Calendars.AsOf))
            .ToDictionary(r => r[1], r => Numbers.Parse(r[3]), StringComparer.Ordinal);
        Check("fx", fx["HKD"] == Pins.HkdCny && fx["USD"] == Pins.UsdCny, $"2024-12-02 HKD→CNY {fx["HKD"]}, USD→CNY {fx["USD"]}");

        var forecasts = files.Csv("forecasts.csv", "code,year,eps,currency,adj_net_profit_mn")
            .ToDictionary(r => (r[0], int.Parse(r[1], CultureInfo.InvariantCulture)), r => (Eps: Numbers.Parse(r[2]), Profit: Numbers.Parse(r[4])));
        var coverage = files.Csv("coverage.csv", "code,rating,target_price,rating_date").ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        foreach (var code in Pins.KeyCompanies)
        {
            double close = files.Closes[code][SampleGenerator.Calendars.AsOf];
            double cap = close * files.Securities[code].SharesMn;
            Check("close", close == Pins.AsOfCloses[code], $"{code} 2024-12-02 close {close}");
            Check("market cap", Numbers.Round(cap, 0) == Pins.MarketCapsMn[code], $"{code} {cap:F3} HKD mn (published {Pins.MarketCapsMn[code]})");
            Check("coverage", coverage.GetValueOrDefault(code) == Research.Rating, $"{code} rated {coverage.GetValueOrDefault(code)}");

            var pins = Pins.Forecasts.Single(f => f.Code == code);
            foreach (var (year, pe) in new[] { (2024, pins.Pe2024), (2025, pins.Pe2025) })
            {
                double forward = close * fx["HKD"] / forecasts[(code, year)].Eps;
                Check("forward PE", Numbers.Round(forward, 0) == pe, $"{code} {year} {forward:F3}x (published {pe}x)");
            }

            if (Pins.AdjustedProfits.Single(p => p.Code == code).Multiple is { } multiple)
            {
                double m = cap * fx["HKD"] / forecasts[(code, 2024)].Profit;
                Check("profit multiple", Numbers.Round(m, 0) == multiple, $"{code} {m:F3}x 2024 adjusted profit (published {multiple}x)");
            }
        }
    }

    private void Valuation()
    {
        var window = files.Csv("valuations.csv", "date,code,pe_ttm")
            .Where(r => r[1] == Pins.ValuationIndex)
            .Select(r => (Date: Dates.Parse(r[0]), Pe: Numbers.Parse(r[2])))
            .Where(r => r.Date >= SampleGenerator.Calendars.WindowStart && r.Date <= SampleGenerator.Calendars.AsOf)
            .ToArray();
        double today = window.Single(r => r.Date == SampleGenerator.Calendars.AsOf).Pe;
        int n = window.Length, below = window.Count(r => r.Pe < today), equal = window.Count(r => r.Pe == today);
        double percentile = 100.0 * below / (n - 1);
        Check("PE-TTM", today == Pins.PeTtmAsOf && equal == 1, $"{Pins.ValuationIndex} 2024-12-02 {today}x, {equal} observation(s) at that value");
        Check("percentile", Numbers.Round(percentile, 2) == Pins.PercentileIncPct, $"{below}/({n}−1) = {percentile:F4}% (published {Pins.PercentileIncPct}%)");
        Check("PE-TTM days", window.Select(r => r.Date).SequenceEqual(files.Closes[Pins.ValuationIndex].Keys),
            $"PE-TTM observed on every HSTECH trading day");
    }

    private void Series()
    {
        var values = files.Csv("series.csv", "date,series,value,unit")
            .ToDictionary(r => (Dates.Parse(r[0]), r[1]), r => Numbers.Parse(r[2]));
        double oct24 = values[(Dates.MonthEnd(2024, 10), Pins.ReserveSeries)];
        double yoy = Numbers.PctChange(oct24, values[(Dates.MonthEnd(2023, 10), Pins.ReserveSeries)]);
        double mom = Numbers.PctChange(oct24, values[(Dates.MonthEnd(2024, 9), Pins.ReserveSeries)]);
        Check("series", oct24 == Pins.Reserve2024Oct, $"{Pins.ReserveSeries} 2024-10 {oct24}");
        Check("series", yoy >= 0 && Numbers.Round(yoy, 1) == Pins.ReserveYoYPct, $"{Pins.ReserveSeries} YoY {yoy:F4}% (flat)");
        Check("series", Numbers.Round(mom, 1) == Pins.ReserveMoMPct, $"{Pins.ReserveSeries} MoM {mom:F4}%");
        double games = values[(Dates.MonthEnd(2024, 11), Pins.GameSeries)];
        Check("series", games == Pins.Games2024Nov && !values.ContainsKey((Pins.GamesMissingMonth, Pins.GameSeries)),
            $"{Pins.GameSeries} 2024-11 {games}, 2023-07 absent");
    }

    private void NewsItems()
    {
        string[] keys = ["date", "source", "title", "body", "url", "companies", "tags"];
        var weeklyBytes = File.ReadAllBytes(Path.Combine(files.Root, News.WeeklyFile));
        var weekly = NewsFeeds.DecodeGbk(weeklyBytes);
        bool notUtf8;
        try
        {
            _ = new UTF8Encoding(false, true).GetString(weeklyBytes);
            notUtf8 = false;
        }
        catch (DecoderFallbackException)
        {
            notUtf8 = true;
        }

        Check("news", notUtf8, $"{News.WeeklyFile} is GBK, not valid UTF-8 ({weeklyBytes.Length} bytes)");
        int outside = 0, lines = 0;
        foreach (var line in files.Read(News.MainFile).Split('\n', StringSplitOptions.RemoveEmptyEntries).Concat(weekly.Split('\n', StringSplitOptions.RemoveEmptyEntries)))
        {
            lines++;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            outside += root.GetProperty("date").GetString()!.StartsWith(News.Month, StringComparison.Ordinal) ? 0 : 1;
            bool ok = root.EnumerateObject().Select(p => p.Name).SequenceEqual(keys)
                && root.GetProperty("companies").EnumerateArray().All(c => files.Securities.ContainsKey(c.GetString()!));
            if (!ok)
            {
                Check("news", false, $"{line}");
            }
        }

        var rss = new XmlDocument { XmlResolver = null };
        rss.LoadXml(files.Read(News.WireFile));
        int wire = rss.SelectNodes("/rss/channel/item")!.Count;
        Check("news", wire == News.Wire.Count && lines == News.Main.Count + News.Weekly.Count, $"{lines} jsonl items and {wire} RSS items");
        Check("news", News.Count >= 60 && outside >= 4, $"{News.Count} items in all, {outside} of them in the jsonl files dated outside {News.Month}");
    }
}
