using System.Globalization;
using System.Text;

namespace SectorScope.Scale;

/// <summary>Writes the whole workspace: settings, reference files, price files per market and year, valuations, FX, research and news.</summary>
internal static class ScaleWorkspace
{
    public static long Write(ScaleSpec spec, string output)
    {
        Directory.CreateDirectory(Path.Combine(output, "prices"));
        Directory.CreateDirectory(Path.Combine(output, "news"));
        var first = new DateOnly(spec.FirstYear, 1, 1);
        var instruments = Instruments.Create(spec, first);
        var calendars = Calendars.Markets.ToDictionary(m => m, m => Calendars.TradingDays(m, spec.FirstYear, ScaleSpec.LastYear), StringComparer.Ordinal);
        long rows = 0;
        var byCodeParts = Calendars.Markets.Select(m => Path.Combine(output, "prices", $".{m}.by-code.part")).ToArray();
        Parallel.ForEach(Calendars.Markets, new ParallelOptions { MaxDegreeOfParallelism = 2 }, market =>
        {
            var n = PriceFiles.Write(spec, output, market, calendars[market], [.. instruments.Where(i => i.Market == market).OrderBy(i => i.Code, StringComparer.Ordinal)],
                spec.Shape, byCodeParts[Array.IndexOf(Calendars.Markets, market)]);
            Interlocked.Add(ref rows, n);
        });
        if (spec.Shape != PriceShape.MarketYear)
        {
            PriceFiles.Join(output, spec.Shape, byCodeParts);
        }

        WriteReference(spec, output, instruments, first);
        WriteValuations(spec, output, calendars, first);
        WriteFx(spec, output, calendars["CN"]);
        WriteResearch(output, instruments);
        WriteNews(spec, output, instruments);
        File.WriteAllText(Path.Combine(output, "sectorscope.yaml"), Settings(instruments));
        return rows;
    }

    private static void WriteReference(ScaleSpec spec, string output, List<Instrument> instruments, DateOnly first)
    {
        using (var s = new CsvSink(Path.Combine(output, "securities.csv"), "code,name,market,currency,sub_sector,name_en,shares_mn"))
        {
            foreach (var (i, k) in instruments.Where(i => !i.IsIndex).Select((i, k) => (i, k)))
            {
                s.Ascii(i.Code).Ascii($",样本公司{k + 1},{i.Market},{Instruments.CurrencyOf(i.Market)},{Instruments.SubSectors[k % Instruments.SubSectors.Length]},Sample {k + 1},")
                 .Fixed(100 + (k * 37 % 9000), 1).Byte((byte)'\n');
            }
        }

        using var x = new CsvSink(Path.Combine(output, "indices.csv"), "code,name,market,currency,inception");
        foreach (var (code, name, market, currency) in Instruments.Indices)
        {
            x.Ascii($"{code},{name},{market},{currency},{first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\n");
        }

        _ = spec;
    }

    /// <summary>Daily PE-TTM of every index on its market's trading days since inception: a mean-reverting walk, two decimals.</summary>
    private static void WriteValuations(ScaleSpec spec, string output, Dictionary<string, List<DateOnly>> calendars, DateOnly first)
    {
        using var s = new CsvSink(Path.Combine(output, "valuations.csv"), "date,code,pe_ttm");
        for (int j = 0; j < Instruments.Indices.Length; j++)
        {
            var (code, _, market, _) = Instruments.Indices[j];
            var rng = new SplitMix(Instruments.Hash(spec.Seed, j, 13));
            double mean = 15 + (rng.NextDouble() * 25), pe = mean;
            foreach (var day in calendars[market].Where(d => d >= first))
            {
                pe = Math.Max(3, pe + (0.02 * (mean - pe)) + (0.4 * rng.NextGaussian()));
                s.Ascii(Date(day)).Byte((byte)',').Ascii(code).Byte((byte)',').Fixed(pe, 2).Byte((byte)'\n');
            }
        }
    }

    private static void WriteFx(ScaleSpec spec, string output, List<DateOnly> days)
    {
        using var s = new CsvSink(Path.Combine(output, "fx.csv"), "date,from,to,rate");
        var rng = new SplitMix(Instruments.Hash(spec.Seed, 0, 17));
        double hkd = 0.90, usd = 7.0;
        foreach (var day in days)
        {
            hkd *= 1 + (0.002 * rng.NextGaussian());
            usd *= 1 + (0.002 * rng.NextGaussian());
            s.Ascii(Date(day)).Ascii(",HKD,CNY,").Fixed(hkd, 4).Byte((byte)'\n');
            s.Ascii(Date(day)).Ascii(",USD,CNY,").Fixed(usd, 4).Byte((byte)'\n');
        }
    }

    /// <summary>Ten covered names per market with two forecast years; EPS in CNY for HK and CN names, USD for US names.</summary>
    private static void WriteResearch(string output, List<Instrument> instruments)
    {
        var covered = Covered(instruments);
        using (var c = new CsvSink(Path.Combine(output, "coverage.csv"), "code,rating,target_price,rating_date"))
        {
            foreach (var (i, k) in covered.Select((i, k) => (i, k)))
            {
                c.Ascii($"{i.Code},{(k % 3 == 0 ? "买入" : "优于大市")},,2024-11-11\n");
            }
        }

        using var f = new CsvSink(Path.Combine(output, "forecasts.csv"), "code,year,eps,currency,adj_net_profit_mn");
        foreach (var (i, k) in covered.Select((i, k) => (i, k)))
        {
            var currency = i.Market == "US" ? "USD" : "CNY";
            f.Ascii($"{i.Code},2024,").Fixed(1 + (k % 7), 2).Ascii($",{currency},").Fixed(1000 + (k * 97), 0).Byte((byte)'\n');
            f.Ascii($"{i.Code},2025,").Fixed(1.2 + (k % 7), 2).Ascii($",{currency},").Fixed(1200 + (k * 97), 0).Byte((byte)'\n');
        }
    }

    private static List<Instrument> Covered(List<Instrument> instruments) =>
        [.. Calendars.Markets.SelectMany(m => instruments.Where(i => !i.IsIndex && i.Market == m && i.Suspended.From == DateOnly.MaxValue && i.Listed.Year < 2024).Take(10))];

    private static void WriteNews(ScaleSpec spec, string output, List<Instrument> instruments)
    {
        string[] tags = ["人工智能", "行业政策", "游戏", "电商", "公司公告"];
        string[] objects = ["大模型", "新游戏", "电商大促", "支付服务", "短视频激励计划", "季度业绩", "回购计划", "海外业务"];
        var rng = new SplitMix(Instruments.Hash(spec.Seed, 0, 19));
        var covered = Covered(instruments);
        using var s = new CsvSink(Path.Combine(output, "news", "2024-11.jsonl"), "");
        for (int k = 0; k < spec.News; k++)
        {
            var company = covered[(int)(rng.Next() % (ulong)covered.Count)];
            var obj = objects[(int)(rng.Next() % (ulong)objects.Length)];
            var tag = tags[(int)(rng.Next() % (ulong)tags.Length)];
            var day = new DateOnly(2024, 11, 1 + (int)(rng.Next() % 30));
            s.Ascii($$"""{"date":"{{Date(day)}}","source":"示例快讯{{k % 5}}","title":"样本公司{{company.Code}}发布{{obj}}第{{k}}期","body":"{{obj}}相关进展，编号{{k}}。","url":"https://example.com/n/{{k}}","companies":["{{company.Code}}"],"tags":["{{tag}}"]}""").Byte((byte)'\n');
        }
    }

    private static string Settings(List<Instrument> instruments)
    {
        var keys = Calendars.Markets.Select(m => Covered(instruments).First(i => i.Market == m).Code);
        var yaml = new StringBuilder();
        yaml.AppendLine("title: 互联网行业2024年12月投资策略（规模测试）");
        yaml.AppendLine("subtitle: 合成数据，仅用于性能测试");
        yaml.AppendLine("sector: 互联网");
        yaml.AppendLine("sector_rating: 优于大市");
        yaml.AppendLine("firm: 示例证券研究所");
        yaml.AppendLine("analysts:\n  - { name: 示例分析师, licence: S0000000000000 }");
        yaml.AppendLine("period: 2024-11");
        yaml.AppendLine("as_of: 2024-12-02");
        yaml.AppendLine("markets:\n  HK: { benchmark: HSTECH }\n  US: { benchmark: IXIC }\n  CN: { benchmark: CSI300 }");
        yaml.AppendLine("headline_index: HSTECH");
        yaml.AppendLine("comparison_index: QNET");
        yaml.AppendLine($"key_companies: [{string.Join(", ", keys)}]");
        yaml.AppendLine("top_per_market: 3\ntop_n: 10");
        yaml.AppendLine("valuation: { index: HSTECH, percentile_method: inc }");
        yaml.AppendLine("forecast_years: [2024, 2025]\npe_decimals: 0");
        yaml.AppendLine("rating_scale: [买入, 优于大市, 中性, 弱于大市, 卖出]");
        yaml.AppendLine("source_line: 资料来源：合成行情数据，示例证券研究所整理");
        return yaml.ToString();
    }

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
