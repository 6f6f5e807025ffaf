using System.Globalization;
using SectorScope.Analytics;
using SectorScope.News;
using SectorScope.Reporting.Model;
using SectorScope.Reporting.Narrative;
using SectorScope.Workspace;

namespace SectorScope.Reporting;

public sealed partial class ReportBuilder
{
    /// <summary>Sorts the month's news into the four sections and records how (methods note, news tables).</summary>
    private NewsDigestResult DigestNews()
    {
        var taxonomy = _data.Inputs.Taxonomy;
        var digest = NewsDigest.Build(new DigestRequest(_data.News, Period, taxonomy, _data.Inputs.Universe, Settings.KeyCompanies, _data.Headlines ?? HeadlineOverrides.None, _data.Segmentations));

        var s = taxonomy.Scoring;
        string Points(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        _methods.Add(_w.NewsFilterMethod(Period.Start, Period.End, taxonomy.Dedup.Days, Points(taxonomy.Dedup.Similarity * 100)));
        _methods.Add(_w.NewsClassifyMethod);
        _methods.Add(_w.NewsRankMethod(string.Join("/", s.Tier.Select(Points)), Points(s.KeyCompany), Points(s.Recency), Points(s.ExtraSource),
            s.MaxExtraSources.ToString(CultureInfo.InvariantCulture)));

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
        var keyGroups = _data.Inputs.Taxonomy.Companies.Where(c => c.Codes.Any(key.Contains)).Select(c => _translation?.Text(c.Name) ?? c.Name)
            .Concat(key.Select(Universe.NameOf)).ToHashSet(StringComparer.Ordinal);
        return NewsSectionOf(section, [], [], name => keyGroups.Contains(name) ? _w.KeyCompanyTier : _w.OtherCompanyTier);
    }

    private NewsSection NewsSectionOf(DigestSection section, IReadOnlyList<string> figureIds, IReadOnlyList<string> tableIds, Func<string, string?>? tierOf = null)
    {
        section = _translation?.Section(section) ?? section;
        var groups = section.Groups.Select(g => new NewsGroup(g.Name, g.Headline, g.Name == section.Heading ? g.Headline : _w.GroupHeading(g.Name, g.Headline),
            [.. g.Shown.Select(r => new NewsEntry(DisplayFormat.Date(r.Story.Date), r.Story.Lead.Source, r.Story.Lead.Title, r.Story.Lead.Body, r.Story.Lead.Url,
                r.Story.Sources, r.Score, [.. r.Story.Members.Select(m => m.Origin.ToString())]))],
            g.HeadlineByAnalyst, tierOf?.Invoke(g.Name))).ToArray();
        return new NewsSection(section.Id, section.Heading, groups, figureIds, tableIds);
    }

    private NewsDigestSummary NewsSummary(NewsDigestResult digest)
    {
        var notes = (_data.DecodedFiles ?? new Dictionary<string, string>())
            .Select(kv => _w.DecodedNote(kv.Key, kv.Value))
            .Concat(digest.Notes).ToArray();
        int shown = digest.Sections.SelectMany(s => s.Groups).SelectMany(g => g.Shown).Select(r => r.Story).Distinct().Count();
        return new NewsDigestSummary(digest.Read, digest.InPeriod, digest.Stories, shown,
            [.. digest.LeftOut.Select(l => new NewsLeftOut(DisplayFormat.Date(l.Date), l.Source, l.Title, _w.List(l.Origins.Select(o => o.ToString())), l.Reason))],
            notes);
    }

    /// <summary>
    /// 行业动态: the industry's news groups, then its data series with their YoY and change on the previous period (a month
    /// or, for a quarterly series, a quarter), one figure per series with data.
    /// </summary>
    private NewsSection BuildIndustry(DigestSection news)
    {
        var points = SeriesChanges.Compute(_data.Series.Where(r => r.Date <= Period.End));
        _dataTables.Add(new DataTable("series", ["series", "date", "value", "yoy_pct", "mom_pct"],
            [.. points.Select(p => (IReadOnlyList<object?>)[p.Series, DisplayFormat.Date(p.Date), p.Value, p.YoyPct, p.MomPct])]));
        var quarterly = points.Where(p => p.Frequency == Frequency.Quarterly).Select(p => p.Series).Distinct(StringComparer.Ordinal).ToArray();
        // A workspace of monthly series keeps its note; once a series is quarterly the note names each series' frequency.
        // The YoY/change rule is stated only where industry data are printed.
        if (points.Count > 0)
        {
            _methods.Add(quarterly.Length == 0 ? _w.SeriesMethod : _w.SeriesFrequencyMethod(
                [.. points.Select(p => p.Series).Distinct(StringComparer.Ordinal).Except(quarterly, StringComparer.Ordinal).Select(SeriesName)], [.. quarterly.Select(SeriesName)]));
        }

        var figures = new List<string>();
        var rows = new List<IReadOnlyList<TableCell>>();
        foreach (var series in points.GroupBy(p => p.Series))
        {
            var recent = series.OrderBy(p => p.Date).TakeLast(ReportRequest.HistoryMonths + 1).ToArray();
            var unit = _translation?.Optional(recent[^1].Unit) ?? recent[^1].Unit;
            var name = SeriesName(series.Key);
            var last = recent[^1];
            figures.Add(_numbering.Add(new ReportFigure($"series-{figures.Count + 1}", 0, $"series-{figures.Count + 1}",
                _w.SeriesCaption(name, unit), FigureKind.BarsWithChangeLine,
                [.. recent.Select(PeriodLabel)],
                [new FigureSeries(name, [.. recent.Select(p => (double?)p.Value)]), new FigureSeries(_w.YoySeries, [.. recent.Select(p => p.YoyPct)], SecondaryAxis: true)],
                unit ?? "", SourceLine, [], last.Frequency == Frequency.Quarterly ? _w.QuarterlySeriesNote : null)));
            _facts.Add(new Narrative.SeriesFact(series.Key, last.Date, ChangeQuantity(last.YoyPct), ChangeQuantity(last.MomPct)) { Observed = last.Span, Frequency = last.Frequency });
            rows.Add([name, PeriodLabel(last), new TableCell(DisplayFormat.Grouped(last.Value, last.Value % 1 == 0 ? 0 : 2), last.Value), unit ?? "",
                last.YoyPct is { } y ? new TableCell(DisplayFormat.Percent(y), y) : _w.NoValue, last.MomPct is { } m ? new TableCell(DisplayFormat.Percent(m), m) : _w.NoValue]);
        }

        var tables = new List<string>();
        if (rows.Count > 0)
        {
            // 期间 over quarters (and months beside them); 月份 where every series is monthly.
            var c = quarterly.Length > 0 ? _w.QuarterlySeriesColumns : _w.SeriesColumns;
            tables.Add(_numbering.Add(new ReportTable("series-latest", 0, _w.SeriesTableCaption,
                [new(c[0]), new(c[1]), new(c[2], ColumnAlign.Right), new(c[3]), new(c[4], ColumnAlign.Right), new(c[5], ColumnAlign.Right)], rows, SourceLine)));
        }

        return NewsSectionOf(news, figures, tables);
    }

    /// <summary>Without an industry section the series have nowhere to go: said, never dropped silently.</summary>
    private void NoIndustrySection()
    {
        if (_data.Series.Count > 0)
        {
            _notices.Add(ReportNotices.Unused("series.csv", ReportNotices.SeriesNeedIndustry));
        }
    }

    /// <summary>The analyst's words for a news section the taxonomy does not show.</summary>
    private void UnshownNewsNarrative(Dictionary<string, NarrativeDocument> narrative, IReadOnlyList<DigestSection> shown)
    {
        foreach (var kind in NewsTaxonomy.Kinds.Where(k => shown.All(s => s.Id != k)))
        {
            foreach (var file in new[] { NarrativeFiles.Of(kind), NarrativeFiles.KeyPointOf(kind) }.Where(narrative.ContainsKey))
            {
                _notices.Add(ReportNotices.Unused($"{NarrativeFolder}{file}.md", ReportNotices.NoTaxonomySection(NewsTaxonomy.Key(kind))));
            }
        }
    }

    /// <summary>2024-11 for a month, 2024Q3 (the wording table's form) for a quarter.</summary>
    private string PeriodLabel(SeriesPoint p) => p.Frequency == Frequency.Quarterly ? _w.QuarterLabel(p.Date.Year, p.Quarter) : ReportPeriod.Of(p.Date).ToString();

    private string SeriesName(string series) => _translation?.Text(series) ?? series;

    private Quantity ChangeQuantity(double? pct) => new(pct, QuantityKind.ChangePct, pct is { } v ? DisplayFormat.Percent(v) : _w.NoValue);

    /// <summary>The composed key point of a news section; none when it has no news (its figures alone make no sentence).</summary>
    private string? NewsKeyPoint(NewsSection section) =>
        section.Groups.Count == 0 ? null : _w.NewsKeyPoint([.. section.Groups.Select(g => (g.Name, g.Headline))]);

    private static bool IsEmpty(NewsSection s) => s.Groups.Count == 0 && s.FigureIds.Count == 0 && s.TableIds.Count == 0 && s.Commentary is null;
}
