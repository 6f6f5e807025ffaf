using System.Globalization;
using SectorScope.Analytics;
using SectorScope.News;
using SectorScope.Reporting.Model;
using SectorScope.Workspace;

namespace SectorScope.Reporting;

public sealed partial class ReportBuilder
{
    private const string NoNews = "本期没有归入本节的新闻。";

    /// <summary>Sorts the month's news into the four sections and records how (methods note, news tables).</summary>
    private NewsDigestResult DigestNews()
    {
        var taxonomy = _data.Inputs.Taxonomy;
        var digest = NewsDigest.Build(new DigestRequest(_data.News, Period, taxonomy, Universe, Settings.KeyCompanies, _data.Headlines ?? HeadlineOverrides.None, _data.Segmentations));

        var s = taxonomy.Scoring;
        string Points(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        _methods.Add($"新闻筛选：仅收录发布日期在报告期（{DisplayFormat.Date(Period.Start)}至{DisplayFormat.Date(Period.End)}）内的新闻，期外新闻单独列示（tables/news_excluded.csv）。"
            + $"同一链接或同一标题（{taxonomy.Dedup.Days}日内）视为重复；{taxonomy.Dedup.Days}日内、按词频加权的共同词占较短一篇{Points(taxonomy.Dedup.Similarity * 100)}%以上的两篇视为同一事件，合并为一条并保留全部来源。");
        _methods.Add("新闻归类：先按新闻自带的公司代码与标签，再按新闻分类表（news_taxonomy）中的公司别名与关键词，以分词结果整词匹配；每条新闻只归入一个栏目和分组（分类表另有规定的除外）。");
        _methods.Add($"新闻排序：组内按得分从高到低，得分 = 来源等级分（{string.Join("/", s.Tier.Select(Points))}）+ 涉及重点公司 {Points(s.KeyCompany)} + 时效 {Points(s.Recency)} ×（发布日距月初天数 ÷ 当月天数减一）+ 每多一个来源 {Points(s.ExtraSource)}（至多 {s.MaxExtraSources.ToString(CultureInfo.InvariantCulture)} 个）；"
            + "每组标题由排名靠前的新闻标题组成（去掉开头的公司名），分析师可在 narrative/headlines.yaml 中改写。");

        _dataTables.Add(new DataTable("news", ["section", "group", "rank", "score", "shown", "date", "title", "source", "sources", "url", "origins"],
            [.. digest.Sections.SelectMany(sec => sec.Groups.SelectMany(g => g.Ranked.Select(r => (IReadOnlyList<object?>)
            [
                NewsTaxonomy.Key(sec.Id), g.Name, r.Rank, r.Score, r.Shown ? "yes" : "no", DisplayFormat.Date(r.Story.Date), r.Story.Lead.Title,
                r.Story.Lead.Source, string.Join("|", r.Story.Sources), r.Story.Lead.Url, string.Join("|", r.Story.Members.Select(m => m.Origin.ToString())),
            ])))]));
        _dataTables.Add(new DataTable("news_excluded", ["date", "source", "title", "origins", "reason"],
            [.. digest.LeftOut.Select(l => (IReadOnlyList<object?>)[DisplayFormat.Date(l.Date), l.Source, l.Title, string.Join("|", l.Origins.Select(o => o.ToString())), l.Reason])]));
        return digest;
    }

    /// <summary>The company section, its groups marked as a key company's (as the forecast table names them) or another's.</summary>
    private NewsSection CompanyNews(DigestSection section)
    {
        var key = Settings.KeyCompanies.ToHashSet(StringComparer.Ordinal);
        // Without a taxonomy entry a company's group is named after its security.
        var keyGroups = _data.Inputs.Taxonomy.Companies.Where(c => c.Codes.Any(key.Contains)).Select(c => c.Name)
            .Concat(key.Select(Universe.NameOf)).ToHashSet(StringComparer.Ordinal);
        return NewsSectionOf(section, [], [], name => keyGroups.Contains(name) ? "重点公司新闻" : "其他公司新闻");
    }

    private static NewsSection NewsSectionOf(DigestSection section, IReadOnlyList<string> figureIds, IReadOnlyList<string> tableIds, Func<string, string?>? tierOf = null)
    {
        var groups = section.Groups.Select(g => new NewsGroup(g.Name, g.Headline, g.Name == section.Heading ? g.Headline : $"{g.Name}：{g.Headline}",
            [.. g.Shown.Select(r => new NewsEntry(DisplayFormat.Date(r.Story.Date), r.Story.Lead.Source, r.Story.Lead.Title, r.Story.Lead.Body, r.Story.Lead.Url,
                r.Story.Sources, r.Score, [.. r.Story.Members.Select(m => m.Origin.ToString())]))],
            g.HeadlineByAnalyst, tierOf?.Invoke(g.Name))).ToArray();
        return new NewsSection(section.Heading, groups, groups.Length == 0 ? NoNews : null, figureIds, tableIds);
    }

    private NewsDigestSummary NewsSummary(NewsDigestResult digest)
    {
        var notes = (_data.DecodedFiles ?? new Dictionary<string, string>())
            .Select(kv => $"{kv.Key} 不是 UTF-8 编码，已按 {kv.Value} 读取")
            .Concat(digest.Notes).ToArray();
        int shown = digest.Sections.SelectMany(s => s.Groups).SelectMany(g => g.Shown).Select(r => r.Story).Distinct().Count();
        return new NewsDigestSummary(digest.Read, digest.InPeriod, digest.Stories, shown,
            [.. digest.LeftOut.Select(l => new NewsLeftOut(DisplayFormat.Date(l.Date), l.Source, l.Title, string.Join("、", l.Origins.Select(o => o.ToString())), l.Reason))],
            notes);
    }

    /// <summary>行业动态: the industry's news groups, then its data series with their YoY/MoM, one figure per series with data.</summary>
    private NewsSection BuildIndustry(DigestSection news)
    {
        var points = SeriesChanges.Compute(_data.Series.Where(r => r.Date <= Period.End));
        _dataTables.Add(new DataTable("series", ["series", "date", "value", "yoy_pct", "mom_pct"],
            [.. points.Select(p => (IReadOnlyList<object?>)[p.Series, DisplayFormat.Date(p.Date), p.Value, p.YoyPct, p.MomPct])]));
        _methods.Add("行业数据同比 = 当月值 ÷ 上年同月值 − 1，环比 = 当月值 ÷ 上月值 − 1；比较月份缺失时留空，不记为 0。");

        var figures = new List<string>();
        var rows = new List<IReadOnlyList<TableCell>>();
        foreach (var series in points.GroupBy(p => p.Series))
        {
            var recent = series.OrderBy(p => p.Date).TakeLast(ReportRequest.HistoryMonths + 1).ToArray();
            var unit = recent[^1].Unit;
            figures.Add(_numbering.Add(new ReportFigure($"series-{figures.Count + 1}", 0, $"series-{figures.Count + 1}",
                $"{series.Key}{(unit is null ? "" : $"（{unit}、%）")}", FigureKind.BarsWithChangeLine,
                [.. recent.Select(p => ReportPeriod.Of(p.Date).ToString())],
                [new FigureSeries(series.Key, [.. recent.Select(p => (double?)p.Value)]), new FigureSeries("同比（%）", [.. recent.Select(p => p.YoyPct)], SecondaryAxis: true)],
                unit ?? "", SourceLine, [])));
            var last = recent[^1];
            _facts.Add(new Narrative.SeriesFact(series.Key, last.Date, ChangeQuantity(last.YoyPct), ChangeQuantity(last.MomPct)));
            rows.Add([series.Key, ReportPeriod.Of(last.Date).ToString(), new TableCell(DisplayFormat.Grouped(last.Value, last.Value % 1 == 0 ? 0 : 2), last.Value), unit ?? "",
                last.YoyPct is { } y ? new TableCell(DisplayFormat.Percent(y), y) : "—", last.MomPct is { } m ? new TableCell(DisplayFormat.Percent(m), m) : "—"]);
        }

        var tables = new List<string>();
        if (rows.Count > 0)
        {
            tables.Add(_numbering.Add(new ReportTable("series-latest", 0, "行业数据最新值及同比、环比",
                [new("指标"), new("月份"), new("数值", ColumnAlign.Right), new("单位"), new("同比", ColumnAlign.Right), new("环比", ColumnAlign.Right)], rows, SourceLine)));
        }

        return NewsSectionOf(news, figures, tables);
    }

    private static Quantity ChangeQuantity(double? pct) => new(pct, QuantityKind.ChangePct, pct is { } v ? DisplayFormat.Percent(v) : "—");

    private static string NewsKeyPoint(NewsSection section) =>
        section.Groups.Count == 0
            ? section.EmptyNote ?? ""
            : string.Join("；", section.Groups.Select((g, i) => $"{DisplayFormat.Integer(i + 1)}）{g.Name}：{g.Headline}")) + "。";
}
