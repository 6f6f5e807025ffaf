using SectorScope.Analytics;
using SectorScope.Reporting.Model;
using SectorScope.Reporting.Wordings;
using SectorScope.Workspace;

namespace SectorScope.Reporting;

public sealed partial class ReportBuilder
{
    /// <summary>
    /// 评级与盈利预测变动 against the latest history entry of an earlier period: every company rated in
    /// either report, its rating action, target price and EPS revision per shown year. Always writes
    /// <c>tables/changes.csv</c> (header only for a first issue) so its columns do not come and go.
    /// </summary>
    private ChangesSection BuildChanges()
    {
        var previous = _data.EarlierReports.Count > 0 ? _data.EarlierReports[^1] : null;
        string[] columns = ["code", "name", "rating_action", "previous_rating", "rating", "previous_target_price", "target_price", "target_price_change_pct",
            "year", "eps_currency", "previous_eps", "eps", "eps_revision_pct", "previous_period", "previous_file"];
        if (previous is null)
        {
            _dataTables.Add(new DataTable("changes", columns, []));
            return new ChangesSection(_w.ChangesHeading, null, [], _w.FirstIssue, [], _w.FirstIssue, []);
        }

        var changes = CompanyChanges(previous);
        var rows = changes.SelectMany(c => c.Eps.DefaultIfEmpty().Select(e => (IReadOnlyList<object?>)
            [c.Code, c.Name, c.ActionLabel, c.PreviousRating, c.Rating, c.PreviousTargetPrice, c.TargetPrice, c.TargetPriceChange?.Value,
             e?.Year, e?.Currency, e?.Previous, e?.Current, e?.Revision.Value, previous.Period.ToString(), previous.File])).ToArray();
        _dataTables.Add(new DataTable("changes", columns, rows));

        var summary = SectorRatingChange(previous) + Summary(changes);
        var report = new PreviousReport(previous.Period.ToString(), previous.Title, previous.Subtitle, DisplayFormat.Date(previous.AsOf), previous.SectorRating, previous.File);
        var paragraph = _w.ChangesParagraph(previous.FullTitle, report.AsOf, summary);
        _methods.Add(_w.ChangesMethod(previous.File, previous.Period.ToString(), Settings.RatingScale));
        var tableId = changes.Count == 0 ? null : _numbering.Add(ChangesTable(changes, report));
        return new ChangesSection(_w.ChangesHeading, report, changes, summary, [paragraph], null, tableId is null ? [] : [tableId]);
    }

    /// <summary>Each company's rating action and EPS revisions over its own fiscal years (<see cref="YearColumnsOf"/>).</summary>
    private List<CompanyChange> CompanyChanges(HistoryEntry previous)
    {
        var covered = _data.Coverage.ToDictionary(c => c.Code, StringComparer.Ordinal);
        // This report's order for companies still in the table, then dropped ones by code.
        var codes = TableCodes.Where(c => covered.ContainsKey(c) || previous.Company(c)?.Covered == true)
            .Concat(previous.Companies.Where(c => c.Covered).Select(c => c.Code).Order(StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal);
        var result = new List<CompanyChange>();
        var years = YearColumnsOf([.. codes]).Years;
        foreach (var code in codes)
        {
            var before = previous.Company(code);
            var now = covered.GetValueOrDefault(code);
            var action = RatingActions.Compare(before?.Rating, now?.Rating, Settings.RatingScale)!.Value;
            var name = Universe.Security(code)?.Name ?? before?.Name ?? code;
            var eps = years[code].Select(year =>
            {
                var old = before?.EpsOf(year);
                var current = action == RatingAction.Dropped ? null : _data.Forecasts.FirstOrDefault(f => f.Code == code && f.Year == year);
                return EpsChangeOf(year, old, current, previous.File);
            }).ToArray();
            var targetChange = ForecastRevision.Pct(before?.TargetPrice, now?.TargetPrice) is { } t
                ? new Quantity(t, QuantityKind.ChangePct, DisplayFormat.Percent(t),
                    new Provenance("target_price(coverage.csv) / target_price(history) − 1", [now!.Source.ToString(), previous.File]))
                : null;
            result.Add(new CompanyChange(code, name, action, _w.ActionLabel(action), before?.Rating, now?.Rating, before?.TargetPrice, now?.TargetPrice, targetChange, eps));
        }

        return result;
    }

    private EpsChange EpsChangeOf(int year, HistoryEps? old, ForecastRow? current, string historyFile)
    {
        var sameCurrency = old is null || current is null || old.Currency == current.Currency;
        var pct = sameCurrency ? ForecastRevision.Pct(old?.Eps, current?.Eps) : null;
        var display = pct is { } p ? DisplayFormat.Percent(p) : old?.Eps is null || current?.Eps is null ? _w.NoValue : _w.NotMeaningful;
        var inputs = new[] { current?.Source.ToString(), old is null ? null : historyFile }.OfType<string>().ToArray();
        var revision = new Quantity(pct, QuantityKind.ChangePct, display,
            new Provenance($"eps({year.ToString(System.Globalization.CultureInfo.InvariantCulture)}) now / eps previous − 1, same currency", inputs));
        return new EpsChange(year, current?.Currency ?? old?.Currency, old?.Eps, current?.Eps, revision);
    }

    private ReportTable ChangesTable(IReadOnlyList<CompanyChange> changes, PreviousReport previous)
    {
        var withTargets = changes.Any(c => c.PreviousTargetPrice is not null || c.TargetPrice is not null);
        var h = _w.ChangesColumns;
        var columns = new List<TableColumn> { new(h[0]), new(h[1]), new(h[2]), new(h[3]), new(h[4], ColumnAlign.Center) };
        var years = YearColumnsOf([.. changes.Select(c => c.Code)]);
        foreach (var header in years.Headers)
        {
            var group = _w.EpsGroup(header);
            columns.AddRange(_w.EpsColumns.Select(e => new TableColumn(e, ColumnAlign.Right, group)));
        }

        if (withTargets)
        {
            columns.AddRange(_w.TargetColumns.Select(t => new TableColumn(t, ColumnAlign.Right, _w.TargetGroup)));
        }

        var rows = changes.Select(c =>
        {
            var cells = new List<TableCell> { c.Code, c.Name, c.PreviousRating ?? _w.NoValue, c.Rating ?? _w.NoValue, c.ActionLabel };
            foreach (var e in c.Eps)
            {
                cells.AddRange([Eps(e.Previous), Eps(e.Current), TableCell.Of(e.Revision)]);
            }

            if (withTargets)
            {
                cells.AddRange([Price(c.PreviousTargetPrice), Price(c.TargetPrice), c.TargetPriceChange is { } t ? TableCell.Of(t) : _w.NoValue]);
            }

            return (IReadOnlyList<TableCell>)cells;
        }).ToArray();
        var note = _w.ChangesNote(previous.Title, previous.Period, previous.AsOf) + years.Note;
        return new ReportTable("changes", 0, _w.ChangesHeading, columns, rows, Settings.SourceLine, note);
    }

    /// <summary>上调行业评级至「买入」；… when the sector rating moved; nothing when it stayed or either report has none.</summary>
    private string SectorRatingChange(HistoryEntry previous) =>
        RatingActions.Compare(previous.SectorRating, Settings.SectorRating, Settings.RatingScale) switch
        {
            RatingAction.Upgraded => _w.SectorRatingMoved(true, Settings.Sector, Settings.SectorRating!),
            RatingAction.Downgraded => _w.SectorRatingMoved(false, Settings.Sector, Settings.SectorRating!),
            _ => "",
        };

    /// <summary>One sentence for the front page: rating actions grouped by rating, then the EPS revisions that show at one decimal.</summary>
    private string Summary(IReadOnlyList<CompanyChange> changes)
    {
        static IReadOnlyList<(string? Rating, IReadOnlyList<string> Names)> Grouped(IEnumerable<CompanyChange> companies) =>
            [.. companies.GroupBy(c => c.Rating).Select(g => (g.Key, (IReadOnlyList<string>)[.. g.Select(c => c.Name)]))];
        var revisions = changes.Where(c => c.Action != RatingAction.Dropped)
            .SelectMany(c => c.Eps.Where(e => e.Revision.Value is not null).Select(e => (c.Name, e.Year, Pct: DisplayFormat.Round(e.Revision.Value!.Value, DisplayFormat.ReturnDecimals), FyEnd: FyEndOf(c.Code))))
            .ToArray();
        return _w.ChangesSummary(new ChangeSummary(
            Grouped(changes.Where(c => c.Action == RatingAction.Maintained)),
            [.. changes.Where(c => c.Action == RatingAction.Upgraded).Select(c => (c.Name, c.Rating))],
            [.. changes.Where(c => c.Action == RatingAction.Downgraded).Select(c => (c.Name, c.Rating))],
            Grouped(changes.Where(c => c.Action == RatingAction.Initiated)),
            [.. changes.Where(c => c.Action == RatingAction.Dropped).Select(c => c.Name)],
            [.. revisions.Where(r => r.Pct > 0)],
            [.. revisions.Where(r => r.Pct < 0)],
            revisions.Length > 0 && revisions.All(r => r.Pct == 0),
            [.. changes.Where(c => c.TargetPriceChange is { Value: not null and not 0 }).Select(c => (c.Name, c.TargetPriceChange!.Display))]));
    }
}
