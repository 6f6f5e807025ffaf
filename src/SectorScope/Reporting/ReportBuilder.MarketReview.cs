using SectorScope.Analytics;
using SectorScope.Reporting.Model;
using SectorScope.Workspace;

namespace SectorScope.Reporting;

public sealed partial class ReportBuilder
{
    /// <summary>Excluded securities named in the market-review text; the rest are in tables/excluded.csv.</summary>
    private const int ExcludedNamed = 10;

    private MarketReviewSection BuildMarketReview()
    {
        var indexReturns = IndexReturns(Period);
        var headline = indexReturns.GetValueOrDefault(Settings.HeadlineIndex);
        var comparison = Settings.ComparisonIndex is { } c ? indexReturns.GetValueOrDefault(c) : null;
        var benchmarks = Settings.Markets
            .Where(m => indexReturns.ContainsKey(m.Benchmark))
            .ToDictionary(m => m.Market, m => indexReturns[m.Benchmark], StringComparer.Ordinal);

        var returns = new List<(Security, PeriodReturn)>();
        var excluded = new List<ExcludedLine>();
        foreach (var security in Universe.Securities)
        {
            var (r, ex) = PeriodReturns.Compute(_data.MonthEnds, security.Code, security.Market, Period);
            if (r is not null)
            {
                returns.Add((security, r));
            }
            else
            {
                excluded.Add(new ExcludedLine(security.Code, security.Name, ex!.Reason));
            }
        }

        foreach (var m in Settings.Markets.Where(m => !benchmarks.ContainsKey(m.Market)))
        {
            excluded.AddRange(returns.Where(r => r.Item1.Market == m.Market)
                .Select(r => new ExcludedLine(r.Item1.Code, r.Item1.Name, $"benchmark {m.Benchmark} has no return for {Period}")));
        }

        var ranked = Performance.Rank(returns, benchmarks);
        AddReturnFacts(indexReturns, returns, ranked);
        var tops = Performance.TopPerMarket(ranked, Settings.TopPerMarket);
        var markets = tops.Select(kv => new MarketTop(kv.Key, Wording.MarketLabel(kv.Key), Move(benchmarks[kv.Key]),
            [.. kv.Value.Select(p => new Performer(p.Security.Code, p.Security.Name, Wording.ReturnQuantity(p.Return, p.Security.Market), Wording.ExcessQuantity(p), p.Excess.Outperformed(DisplayFormat.PctDecimals)))])).ToArray();

        var headlineMove = headline is null ? new IndexMove(Settings.HeadlineIndex, Universe.NameOf(Settings.HeadlineIndex), NoData()) : Move(headline);
        var comparisonMove = comparison is null ? null : Move(comparison);
        var paragraphs = new List<string> { IndexSentence(headlineMove, comparisonMove) };
        paragraphs.AddRange(markets.Select(TopSentence));
        if (excluded.Count > 0)
        {
            // A sector names each one; a market-wide universe names the first few and points to the full list.
            var named = excluded.Take(ExcludedNamed).Select(e => $"{e.Name}（{e.Reason}）");
            var rest = excluded.Count > ExcludedNamed ? "等，全部见 tables/excluded.csv" : "";
            paragraphs.Add($"另有{excluded.Count}只股票因期初或期末无收盘价未计入本月统计：{Wording.List(named)}{rest}。");
        }

        var figures = new List<string>
        {
            MonthlyIndexFigure(),
            RebasedIndexFigure(),
            PerformanceFigure("key-companies", $"{DisplayFormat.ChineseMonth(Period)}{Settings.Sector}板块重点公司表现（%）",
                [.. Settings.KeyCompanies.Select(k => ranked.FirstOrDefault(p => p.Security.Code == k)).OfType<StockPerformance>()]),
            DeclinersFigure(Performance.Decliners(ranked)),
            PerformanceFigure("top-gainers", $"{DisplayFormat.ChineseYearMonth(Period)}{Settings.Sector}板块涨幅TOP {Settings.TopN}的股票（%）", Performance.TopGainers(ranked, Settings.TopN)),
        };
        var tables = new List<string> { PerformanceTable(ranked) };

        AddReturnTables(ranked, excluded);
        _methods.Add("区间收益率：期末（该市场本月最后一个交易日）收盘价 ÷ 期初（该市场上月最后一个交易日）收盘价 − 1，按各市场自身交易日计算，复利而非累加；期初或期末缺少收盘价的股票不计入并单独列示。");
        _methods.Add("超额收益：个股未经四舍五入的区间收益率减去所在市场基准指数的区间收益率，单位为百分点（pct），仅在展示时四舍五入一次；展示值 ≥ 0 记为“跑赢”，否则记为“跑输”并取绝对值。");
        _methods.Add($"市场基准：{string.Join("；", Settings.Markets.Select(m => $"{Wording.MarketLabel(m.Market)}对标{Universe.NameOf(m.Benchmark)}"))}。排名为市场内按收益率从高到低的名次，并列取较优名次。");

        var heading = $"行情回顾：{DisplayFormat.ChineseMonth(Period)}{headlineMove.Name}{(headlineMove.Return.Value is { } v ? Wording.Move(v) : "无数据")}";
        return new MarketReviewSection(heading, headlineMove, comparisonMove, markets, paragraphs, figures, tables, excluded);
    }

    /// <summary>Every return the prose may name: indices, then securities with their benchmark and rank where ranked.</summary>
    private void AddReturnFacts(Dictionary<string, PeriodReturn> indexReturns, List<(Security, PeriodReturn)> returns, IReadOnlyList<StockPerformance> ranked)
    {
        foreach (var (code, r) in indexReturns)
        {
            _facts.Add(new Narrative.ReturnFact(code, Universe.NameOf(code), r.Market, true, Wording.ReturnQuantity(r, r.Market), null, null, null));
        }

        foreach (var (security, r) in returns)
        {
            _facts.Add(new Narrative.ReturnFact(security.Code, security.Name, security.Market, false, Wording.ReturnQuantity(r, security.Market), null, null, null));
        }

        var inMarket = ranked.CountBy(p => p.Security.Market).ToDictionary(StringComparer.Ordinal);
        foreach (var p in ranked)
        {
            _facts.Add(new Narrative.ReturnFact(p.Security.Code, p.Security.Name, p.Security.Market, false, Wording.ReturnQuantity(p.Return, p.Security.Market), p.Benchmark.Code, p.RankInMarket, inMarket[p.Security.Market]));
        }
    }

    private Dictionary<string, PeriodReturn> IndexReturns(ReportPeriod period)
    {
        var result = new Dictionary<string, PeriodReturn>(StringComparer.Ordinal);
        foreach (var index in Universe.Indices)
        {
            if (PeriodReturns.Compute(_data.MonthEnds, index.Code, index.Market, period).Return is { } r)
            {
                result[index.Code] = r;
            }
        }

        return result;
    }

    private IndexMove Move(PeriodReturn r) => new(r.Code, Universe.NameOf(r.Code), Wording.ReturnQuantity(r, r.Market));

    private static Quantity NoData() => new(null, QuantityKind.ReturnPct, "—");

    private string IndexSentence(IndexMove headline, IndexMove? comparison)
    {
        var month = DisplayFormat.ChineseMonth(Period);
        if (headline.Return.Value is not { } h)
        {
            return $"{month}{headline.Name}缺少期初或期末收盘价，无法计算单月涨跌幅。";
        }

        var text = $"{month}{headline.Name}单月{Wording.Move(h)}。";
        if (comparison?.Return.Value is { } c)
        {
            text += $"同期，{comparison.Name}单月{Wording.Move(c)}。";
        }

        return text;
    }

    private static string TopSentence(MarketTop m)
    {
        if (m.Top.Count == 0)
        {
            return $"{m.MarketLabel}方面，本月没有可统计的股票。";
        }

        var names = Wording.List(m.Top.Select(p => p.Name));
        var returns = Wording.List(m.Top.Select(p => p.Return.Display));
        var allSame = m.Top.All(p => p.Outperformed) || m.Top.All(p => !p.Outperformed);
        var excess = allSame
            ? (m.Top[0].Outperformed ? "跑赢" : "跑输") + Wording.List(m.Top.Select(p => DisplayFormat.PctAbs(p.Excess.Value!.Value)))
            : Wording.List(m.Top.Select(p => (p.Outperformed ? "跑赢" : "跑输") + DisplayFormat.PctAbs(p.Excess.Value!.Value)));
        return $"{m.MarketLabel}方面，{names}为本月表现前{m.Top.Count}的股票，单月涨跌幅分别为{returns}，相对{m.Benchmark.Name}分别{excess}。";
    }
}
