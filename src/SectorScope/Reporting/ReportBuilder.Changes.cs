using SectorScope.Analytics;
using SectorScope.Reporting.Model;
using SectorScope.Workspace;

namespace SectorScope.Reporting;

public sealed partial class ReportBuilder
{
    private const string ChangesHeading = "评级与盈利预测变动";

    private const string FirstIssueNote = "本报告为首次发布，工作区历史中没有更早的报告，暂无评级与盈利预测变动可比较。";

    /// <summary>
    /// 评级与盈利预测变动 against the latest history entry of an earlier period: every company rated in
    /// either report, its rating action, target price and EPS revision per shown year. Always writes
    /// <c>tables/changes.csv</c> (header only for a first issue) so its columns do not come and go.
    /// </summary>
    private ChangesSection BuildChanges()
    {
        var years = ShownYears;
        var previous = _data.EarlierReports.Count > 0 ? _data.EarlierReports[^1] : null;
        string[] columns = ["code", "name", "rating_action", "previous_rating", "rating", "previous_target_price", "target_price", "target_price_change_pct",
            "year", "eps_currency", "previous_eps", "eps", "eps_revision_pct", "previous_period", "previous_file"];
        if (previous is null)
        {
            _dataTables.Add(new DataTable("changes", columns, []));
            return new ChangesSection(ChangesHeading, null, [], FirstIssueNote, [], FirstIssueNote, []);
        }

        var changes = CompanyChanges(previous, years);
        var rows = changes.SelectMany(c => c.Eps.DefaultIfEmpty().Select(e => (IReadOnlyList<object?>)
            [c.Code, c.Name, c.ActionLabel, c.PreviousRating, c.Rating, c.PreviousTargetPrice, c.TargetPrice, c.TargetPriceChange?.Value,
             e?.Year, e?.Currency, e?.Previous, e?.Current, e?.Revision.Value, previous.Period.ToString(), previous.File])).ToArray();
        _dataTables.Add(new DataTable("changes", columns, rows));

        var summary = SectorRatingChange(previous) + Summary(changes);
        var report = new PreviousReport(previous.Period.ToString(), previous.Title, previous.Subtitle, DisplayFormat.Date(previous.AsOf), previous.SectorRating, previous.File);
        var paragraph = $"与上期报告《{previous.FullTitle}》（{report.AsOf}）相比，{summary}";
        _methods.Add($"评级与盈利预测变动：与工作区历史中报告期早于本期的最近一份报告（{previous.File}，报告期 {previous.Period}）比较。评级按 rating_scale 自高到低的顺序（{string.Join("、", Settings.RatingScale)}）判断上调、下调或维持；上期未评级记为首次覆盖，本期不再评级记为停止覆盖。EPS 调整幅度 = 本期预测 ÷ 上期预测 − 1（同一财年、同一货币），上期 EPS 缺失、≤ 0 或货币不同记为 NM。");
        var tableId = changes.Count == 0 ? null : _numbering.Add(ChangesTable(changes, years, report));
        return new ChangesSection(ChangesHeading, report, changes, summary, [paragraph], null, tableId is null ? [] : [tableId]);
    }

    private List<CompanyChange> CompanyChanges(HistoryEntry previous, IReadOnlyList<int> years)
    {
        var covered = _data.Coverage.ToDictionary(c => c.Code, StringComparer.Ordinal);
        // This report's order for companies still in the table, then dropped ones by code.
        var codes = TableCodes.Where(c => covered.ContainsKey(c) || previous.Company(c)?.Covered == true)
            .Concat(previous.Companies.Where(c => c.Covered).Select(c => c.Code).Order(StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal);
        var result = new List<CompanyChange>();
        foreach (var code in codes)
        {
            var before = previous.Company(code);
            var now = covered.GetValueOrDefault(code);
            var action = RatingActions.Compare(before?.Rating, now?.Rating, Settings.RatingScale)!.Value;
            var name = Universe.Security(code)?.Name ?? before?.Name ?? code;
            var eps = years.Select(year =>
            {
                var old = before?.EpsOf(year);
                var current = action == RatingAction.Dropped ? null : _data.Forecasts.FirstOrDefault(f => f.Code == code && f.Year == year);
                return EpsChangeOf(year, old, current, previous.File);
            }).ToArray();
            var targetChange = ForecastRevision.Pct(before?.TargetPrice, now?.TargetPrice) is { } t
                ? new Quantity(t, QuantityKind.ChangePct, DisplayFormat.Percent(t),
                    new Provenance("target_price(coverage.csv) / target_price(history) − 1", [now!.Source.ToString(), previous.File]))
                : null;
            result.Add(new CompanyChange(code, name, action, ActionLabel(action), before?.Rating, now?.Rating, before?.TargetPrice, now?.TargetPrice, targetChange, eps));
        }

        return result;
    }

    private static EpsChange EpsChangeOf(int year, HistoryEps? old, ForecastRow? current, string historyFile)
    {
        var sameCurrency = old is null || current is null || old.Currency == current.Currency;
        var pct = sameCurrency ? ForecastRevision.Pct(old?.Eps, current?.Eps) : null;
        var display = pct is { } p ? DisplayFormat.Percent(p) : old?.Eps is null || current?.Eps is null ? "—" : "NM";
        var inputs = new[] { current?.Source.ToString(), old is null ? null : historyFile }.OfType<string>().ToArray();
        var revision = new Quantity(pct, QuantityKind.ChangePct, display,
            new Provenance($"eps({year.ToString(System.Globalization.CultureInfo.InvariantCulture)}) now / eps previous − 1, same currency", inputs));
        return new EpsChange(year, current?.Currency ?? old?.Currency, old?.Eps, current?.Eps, revision);
    }

    private ReportTable ChangesTable(IReadOnlyList<CompanyChange> changes, IReadOnlyList<int> years, PreviousReport previous)
    {
        var withTargets = changes.Any(c => c.PreviousTargetPrice is not null || c.TargetPrice is not null);
        var columns = new List<TableColumn> { new("公司代码"), new("公司名称"), new("上期评级"), new("本期评级"), new("评级变动", ColumnAlign.Center) };
        foreach (var year in years)
        {
            var group = $"{DisplayFormat.Integer(year)}E EPS";
            columns.AddRange([new("上期", ColumnAlign.Right, group), new("本期", ColumnAlign.Right, group), new("调整幅度", ColumnAlign.Right, group)]);
        }

        if (withTargets)
        {
            columns.AddRange([new("上期", ColumnAlign.Right, "目标价"), new("本期", ColumnAlign.Right, "目标价"), new("变动", ColumnAlign.Right, "目标价")]);
        }

        var rows = changes.Select(c =>
        {
            var cells = new List<TableCell> { c.Code, c.Name, c.PreviousRating ?? "—", c.Rating ?? "—", c.ActionLabel };
            foreach (var e in c.Eps)
            {
                cells.AddRange([Eps(e.Previous), Eps(e.Current), TableCell.Of(e.Revision)]);
            }

            if (withTargets)
            {
                cells.AddRange([Price(c.PreviousTargetPrice), Price(c.TargetPrice), c.TargetPriceChange is { } t ? TableCell.Of(t) : "—"]);
            }

            return (IReadOnlyList<TableCell>)cells;
        }).ToArray();
        var note = $"上期为《{previous.Title}》（报告期 {previous.Period}，{previous.AsOf}）；EPS 调整幅度 = 本期 ÷ 上期 − 1。";
        return new ReportTable("changes", 0, ChangesHeading, columns, rows, Settings.SourceLine, note);
    }

    /// <summary>上调行业评级至「买入」；… when the sector rating moved; nothing when it stayed or either report has none.</summary>
    private string SectorRatingChange(HistoryEntry previous) =>
        RatingActions.Compare(previous.SectorRating, Settings.SectorRating, Settings.RatingScale) switch
        {
            RatingAction.Upgraded => $"上调{Settings.Sector}行业评级至「{Settings.SectorRating}」；",
            RatingAction.Downgraded => $"下调{Settings.Sector}行业评级至「{Settings.SectorRating}」；",
            _ => "",
        };

    /// <summary>One sentence for the front page: rating actions grouped by rating, then the EPS revisions that show at one decimal.</summary>
    private static string Summary(IReadOnlyList<CompanyChange> changes)
    {
        var parts = new List<string>();
        foreach (var g in changes.Where(c => c.Action == RatingAction.Maintained).GroupBy(c => c.Rating))
        {
            parts.Add($"维持{Wording.List(g.Select(c => c.Name))}「{g.Key}」评级");
        }

        parts.AddRange(changes.Where(c => c.Action == RatingAction.Upgraded).Select(c => $"上调{c.Name}评级至「{c.Rating}」"));
        parts.AddRange(changes.Where(c => c.Action == RatingAction.Downgraded).Select(c => $"下调{c.Name}评级至「{c.Rating}」"));
        foreach (var g in changes.Where(c => c.Action == RatingAction.Initiated).GroupBy(c => c.Rating))
        {
            parts.Add($"首次覆盖{Wording.List(g.Select(c => c.Name))}，给予「{g.Key}」评级");
        }

        if (changes.Where(c => c.Action == RatingAction.Dropped).Select(c => c.Name).ToArray() is { Length: > 0 } dropped)
        {
            parts.Add($"停止覆盖{Wording.List(dropped)}");
        }

        var revisions = changes.Where(c => c.Action != RatingAction.Dropped)
            .SelectMany(c => c.Eps.Where(e => e.Revision.Value is not null).Select(e => (c.Name, e.Year, Pct: DisplayFormat.Round(e.Revision.Value!.Value, DisplayFormat.ReturnDecimals))))
            .ToArray();
        string Revised(IEnumerable<(string Name, int Year, decimal Pct)> items) =>
            Wording.List(items.Select(r => $"{r.Name} {DisplayFormat.Integer(r.Year % 100)}年EPS {DisplayFormat.PercentAbs((double)r.Pct)}"));
        if (revisions.Where(r => r.Pct > 0).ToArray() is { Length: > 0 } up)
        {
            parts.Add("上调" + Revised(up));
        }

        if (revisions.Where(r => r.Pct < 0).ToArray() is { Length: > 0 } down)
        {
            parts.Add("下调" + Revised(down));
        }

        if (revisions.Length > 0 && revisions.All(r => r.Pct == 0))
        {
            parts.Add("盈利预测不变");
        }

        foreach (var c in changes.Where(c => c.TargetPriceChange is { Value: not null and not 0 }))
        {
            parts.Add($"{c.Name}目标价调整{c.TargetPriceChange!.Display}");
        }

        return parts.Count == 0 ? "本期无评级与盈利预测变动。" : string.Join("；", parts) + "。";
    }

    private static string ActionLabel(RatingAction action) => action switch
    {
        RatingAction.Maintained => "维持",
        RatingAction.Upgraded => "上调",
        RatingAction.Downgraded => "下调",
        RatingAction.Initiated => "首次覆盖",
        RatingAction.Dropped => "停止覆盖",
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };
}
