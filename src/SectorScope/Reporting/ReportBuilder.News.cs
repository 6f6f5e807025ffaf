using SectorScope.Analytics;
using SectorScope.Reporting.Model;
using SectorScope.Workspace;

namespace SectorScope.Reporting;

public sealed partial class ReportBuilder
{
    private NewsSection EmptyNews(string heading) =>
        new(heading, [], "本期没有归入本节的新闻。", [], []);

    /// <summary>行业动态: industry data series with their YoY/MoM, one figure per series with data.</summary>
    private NewsSection BuildIndustry()
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
            rows.Add([series.Key, ReportPeriod.Of(last.Date).ToString(), new TableCell(DisplayFormat.Grouped(last.Value, last.Value % 1 == 0 ? 0 : 2), last.Value), unit ?? "",
                last.YoyPct is { } y ? new TableCell(DisplayFormat.Percent(y), y) : "—", last.MomPct is { } m ? new TableCell(DisplayFormat.Percent(m), m) : "—"]);
        }

        var tables = new List<string>();
        if (rows.Count > 0)
        {
            tables.Add(_numbering.Add(new ReportTable("series-latest", 0, "行业数据最新值及同比、环比",
                [new("指标"), new("月份"), new("数值", ColumnAlign.Right), new("单位"), new("同比", ColumnAlign.Right), new("环比", ColumnAlign.Right)], rows, SourceLine)));
        }

        return new NewsSection("行业动态", [], "本期没有归入本节的新闻。", figures, tables);
    }

    /// <summary>公司公告与新闻: items naming a company, key companies first.</summary>
    private NewsSection BuildCompanyNews()
    {
        var groups = _data.News
            .Where(n => n.Companies.Count > 0)
            .GroupBy(n => n.Companies[0], StringComparer.Ordinal)
            .OrderBy(g => Settings.KeyCompanies.ToList().IndexOf(g.Key) is var i && i >= 0 ? i : int.MaxValue)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new NewsGroup(Universe.NameOf(g.Key), string.Join("；", g.Take(2).Select(n => n.Title)),
                [.. g.OrderBy(n => n.Date).Select(n => new NewsEntry(DisplayFormat.Date(n.Date), n.Source, n.Title, n.Body, n.Url, [n.Source]))]))
            .ToArray();
        return new NewsSection("公司公告与新闻", groups, groups.Length == 0 ? "本期没有公司新闻输入（news/*.jsonl）。" : null, [], []);
    }

    private static string NewsKeyPoint(NewsSection section) =>
        section.Groups.Count == 0
            ? section.EmptyNote ?? ""
            : string.Join("；", section.Groups.Select((g, i) => $"{DisplayFormat.Integer(i + 1)}）{g.Name}：{g.Headline}")) + "。";
}
