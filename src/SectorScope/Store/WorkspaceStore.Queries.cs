using SectorScope.Analytics;
using SectorScope.Workspace;

namespace SectorScope.Store;

/// <summary>The set-based queries a report reads (<see cref="IMarketDataStore"/>, <see cref="IResearchStore"/>); each returns plain data.</summary>
public sealed partial class WorkspaceStore : IMarketDataStore, IResearchStore
{
    /// <summary>Read from the month_ends table the ingest keeps.</summary>
    public MonthEndPanel MonthEnds(ReportPeriod from, ReportPeriod to)
    {
        var window = (Start: from.Previous.Start.AddMonths(-1), End: to.End);
        const string sql = """
            WITH m AS (SELECT code, market FROM securities UNION ALL SELECT code, market FROM indices),
            ends AS (SELECT market, date FROM month_ends WHERE date BETWEEN ? AND ?),
            c AS (SELECT * FROM prices WHERE date BETWEEN ? AND ? AND date IN (SELECT date FROM ends))
            SELECT e.market, e.date, c.code, c.close, c.market_cap_mn, f.path, c.line
            FROM ends e LEFT JOIN (c JOIN m USING (code) JOIN input_files f USING (file_id))
              ON c.date = e.date AND m.market = e.market
            ORDER BY e.market, e.date, c.code, f.path, c.line
            """;
        return MonthEndRows.Panel(Connection, sql, window.Start, window.End, window.Start, window.End);
    }

    public IReadOnlyList<ClosePoint> DailyCloses(string code, DateOnly from, DateOnly to) =>
        [.. Sql.Query(Connection, """
            SELECT p.date, p.close, f.path, p.line, p.market_cap_mn FROM prices p JOIN input_files f USING (file_id)
            WHERE p.code = ? AND p.date BETWEEN ? AND ? QUALIFY row_number() OVER (PARTITION BY p.date ORDER BY f.path, p.line) = 1
            ORDER BY p.date
            """, r => new ClosePoint(r.Date(0), r.GetDouble(1), new SourceRef(r.GetString(2), r.GetInt32(3)), r.NullableDouble(4)), code, from, to)];

    /// <summary>In one query, then one more for instruments with no close in the last weeks.</summary>
    public IReadOnlyDictionary<string, ClosePoint> LastCloses(IReadOnlyCollection<string> codes, DateOnly date)
    {
        if (codes.Count == 0)
        {
            return new Dictionary<string, ClosePoint>(StringComparer.Ordinal);
        }

        // Most instruments traded in the last weeks: look there first (few row groups), then further back for the rest.
        var found = LastCloses(codes, date.AddDays(-40), date);
        var missing = codes.Where(c => !found.ContainsKey(c)).ToArray();
        foreach (var (code, close) in missing.Length == 0 ? [] : LastCloses(missing, DateOnly.MinValue, date))
        {
            found[code] = close;
        }

        return found;
    }

    private Dictionary<string, ClosePoint> LastCloses(IReadOnlyCollection<string> codes, DateOnly from, DateOnly to)
    {
        var sql = $"""
            SELECT p.code, p.date, p.close, f.path, p.line, p.market_cap_mn FROM prices p JOIN input_files f USING (file_id)
            WHERE p.code IN ({string.Join(", ", codes.Select(_ => "?"))}) AND p.date BETWEEN ? AND ?
            QUALIFY row_number() OVER (PARTITION BY p.code ORDER BY p.date DESC, f.path, p.line) = 1
            """;
        return Sql.Query(Connection, sql, r => (r.GetString(0), new ClosePoint(r.Date(1), r.GetDouble(2), new SourceRef(r.GetString(3), r.GetInt32(4)), r.NullableDouble(5))),
                [.. codes, from, to])
            .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
    }

    public FxQuote? Fx(string from, string to, DateOnly date)
    {
        if (from == to)
        {
            return FxQuote.Identity(from, date);
        }

        return Sql.Query(Connection, """
            SELECT date, rate, line, from_ccy = ? AS direct FROM fx
            WHERE ((from_ccy = ? AND to_ccy = ?) OR (from_ccy = ? AND to_ccy = ?)) AND date <= ?
            ORDER BY date DESC, direct DESC LIMIT 1
            """, r => r.GetBoolean(3)
                ? new FxQuote(from, to, r.Date(0), r.GetDouble(1), new SourceRef("fx.csv", r.GetInt32(2)), false)
                : new FxQuote(from, to, r.Date(0), 1.0 / r.GetDouble(1), new SourceRef("fx.csv", r.GetInt32(2)), true),
            from, from, to, to, from, date).FirstOrDefault();
    }

    public IReadOnlyList<ValuationRow> Valuations(string code) =>
        [.. Sql.Query(Connection, "SELECT date, code, pe_ttm, line FROM valuations WHERE code = ? ORDER BY date",
            r => new ValuationRow(r.Date(0), r.GetString(1), r.GetDouble(2), new SourceRef("valuations.csv", r.GetInt32(3))), code)];

    public IReadOnlyList<CoverageRow> Coverage() =>
        [.. Sql.Query(Connection, "SELECT code, rating, target_price, rating_date, line FROM coverage ORDER BY line",
            r => new CoverageRow(r.GetString(0), r.GetString(1), r.NullableDouble(2), r.NullableDate(3), new SourceRef("coverage.csv", r.GetInt32(4))))];

    public IReadOnlyList<ForecastRow> Forecasts() =>
        [.. Sql.Query(Connection, "SELECT code, year, eps, currency, adj_net_profit_mn, line FROM forecasts ORDER BY code, year",
            r => new ForecastRow(r.GetString(0), r.GetInt32(1), r.NullableDouble(2), r.GetString(3), r.NullableDouble(4), new SourceRef("forecasts.csv", r.GetInt32(5))))];

    public IReadOnlyList<SeriesRow> Series() =>
        [.. Sql.Query(Connection, "SELECT date, series, value, unit, line FROM series ORDER BY series, date",
            r => new SeriesRow(r.Date(0), r.GetString(1), r.GetDouble(2), r.NullableString(3), new SourceRef("series.csv", r.GetInt32(4))))];

    private IReadOnlyList<NewsItem> News(DateOnly from, DateOnly to) =>
        [.. Sql.Query(Connection, """
            SELECT n.date, n.source, n.title, n.body, n.url, n.companies, n.tags, f.path, n.line
            FROM news n JOIN input_files f USING (file_id) WHERE n.date BETWEEN ? AND ? ORDER BY n.date, f.path, n.line
            """, r => new NewsItem(r.Date(0), r.GetString(1), r.GetString(2), r.GetString(3), r.NullableString(4),
                Strings(r.GetValue(5)), Strings(r.GetValue(6)), new SourceRef(r.GetString(7), r.GetInt32(8))), from, to)];

    public IReadOnlyList<NewsItem> News() => News(DateOnly.MinValue, DateOnly.MaxValue);

    public IReadOnlyDictionary<string, string> DecodedFiles() =>
        Sql.Query(Connection, "SELECT path, encoding FROM input_files WHERE encoding <> ? ORDER BY path", r => (r.GetString(0), r.GetString(1)), InputText.Utf8)
            .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

    /// <summary>Input rows per stored file, for the manifest and the ingest summary.</summary>
    public IReadOnlyList<(string Path, string Sha256, long Rows)> StoredFiles() =>
        [.. Sql.Query(Connection, "SELECT path, sha256, rows FROM input_files ORDER BY path", r => (r.GetString(0), r.GetString(1), r.GetInt64(2)))];

    private static IReadOnlyList<string> Strings(object value) =>
        value is System.Collections.IEnumerable e and not string ? [.. e.Cast<object?>().Select(o => o?.ToString() ?? "")] : [];
}
