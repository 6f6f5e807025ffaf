using Npgsql;
using SectorScope.Analytics;
using SectorScope.Workspace;

namespace SectorScope.Store.Postgres;

/// <summary>
/// The market data of one workspace's universe, read from the shared PostgreSQL store. Every query of a report runs
/// in one read-only REPEATABLE READ transaction: the report reads one snapshot, from before or after any load that
/// runs meanwhile, never a mix. Rows are filtered to the workspace's own codes, each with the market its
/// securities.csv or indices.csv gives, and ordered exactly as the DuckDB store orders them (text compares byte by
/// byte, ties broken by file path and line), so that both stores give a report the same numbers in the same order.
/// </summary>
public sealed class PostgresMarketStore : IMarketDataStore, IDisposable
{
    private readonly NpgsqlConnection _db;
    private readonly NpgsqlTransaction _snapshot;
    private readonly StoreAddress _address;
    private readonly string[] _codes;
    private readonly string[] _markets;

    private PostgresMarketStore(StoreAddress address, NpgsqlConnection db, NpgsqlTransaction snapshot, Universe universe)
    {
        _address = address;
        _db = db;
        _snapshot = snapshot;
        var instruments = universe.Securities.Select(s => (s.Code, s.Market)).Concat(universe.Indices.Select(i => (i.Code, i.Market))).ToArray();
        _codes = [.. instruments.Select(i => i.Code)];
        _markets = [.. instruments.Select(i => i.Market)];
    }

    /// <summary>Connects and opens the snapshot the report will read; refuses a database with no market data loaded.</summary>
    public static PostgresMarketStore Open(StoreAddress address, Universe universe)
    {
        var db = PostgresConnector.Open(address);
        try
        {
            var snapshot = db.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
            Sql.Execute(db, "SET TRANSACTION READ ONLY");
            Sql.Execute(db, $"SET LOCAL search_path TO {PostgresSchema.Name}");
            if (Sql.Scalar(db, "SELECT to_regclass('meta') IS NOT NULL") is not true)
            {
                throw new StoreUnavailableException($"PostgreSQL {address}：尚未导入市场数据（先运行 sectorscope ingest --store 地址 --market-data 目录）");
            }

            PostgresSchema.CheckVersion(db);
            return new PostgresMarketStore(address, db, snapshot, universe);
        }
        catch (NpgsqlException e)
        {
            db.Dispose();
            throw PostgresConnector.Unavailable(address, e);
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    public MonthEndPanel MonthEnds(ReportPeriod from, ReportPeriod to)
    {
        var window = (Start: from.Previous.Start.AddMonths(-1), End: to.End);
        // The month ends from each code's last date per month (code_months), then the closes on those dates by index.
        const string sql = """
            WITH u AS (SELECT code COLLATE "C" AS code, market COLLATE "C" AS market FROM unnest($1::text[], $2::text[]) AS u(code, market)),
            ends AS (SELECT u.market, max(m.last) AS date FROM code_months m JOIN u ON m.code = u.code WHERE m.month BETWEEN $3 AND $4 GROUP BY u.market, m.month),
            c AS (SELECT p.*, u.market FROM prices p JOIN u ON p.code = u.code WHERE p.date = ANY(ARRAY(SELECT DISTINCT date FROM ends)))
            SELECT e.market, e.date, c.code, c.close, c.market_cap_mn, f.path, c.line
            FROM ends e LEFT JOIN (c JOIN input_files f USING (file_id)) ON c.date = e.date AND c.market = e.market
            ORDER BY e.market, e.date, c.code, f.path, c.line
            """;
        try
        {
            return MonthEndRows.Panel(_db, sql, _codes, _markets, window.Start, window.End);
        }
        catch (NpgsqlException e)
        {
            throw PostgresConnector.Unavailable(_address, e);
        }
    }

    public IReadOnlyList<ClosePoint> DailyCloses(string code, DateOnly from, DateOnly to) =>
        !_codes.Contains(code, StringComparer.Ordinal) ? [] : [.. Query("""
            SELECT DISTINCT ON (p.date) p.date, p.close, f.path, p.line, p.market_cap_mn FROM prices p JOIN input_files f USING (file_id)
            WHERE p.code = $1 AND p.date BETWEEN $2 AND $3 ORDER BY p.date, f.path, p.line
            """, r => new ClosePoint(r.Date(0), r.GetDouble(1), new SourceRef(r.GetString(2), r.GetInt32(3)), r.NullableDouble(4)), code, from, to)];

    /// <summary>One index probe per instrument: its last date on or before <paramref name="date"/>, first file and line.</summary>
    public IReadOnlyDictionary<string, ClosePoint> LastCloses(IReadOnlyCollection<string> codes, DateOnly date)
    {
        var asked = codes.Where(c => _codes.Contains(c, StringComparer.Ordinal)).ToArray();
        return Query("""
            SELECT c.code, x.date, x.close, x.path, x.line, x.market_cap_mn FROM unnest($1::text[]) AS c(code)
            CROSS JOIN LATERAL (
                SELECT p.date, p.close, f.path, p.line, p.market_cap_mn FROM prices p JOIN input_files f USING (file_id)
                WHERE p.code = c.code COLLATE "C" AND p.date <= $2 ORDER BY p.date DESC, f.path, p.line LIMIT 1) x
            """, r => (r.GetString(0), new ClosePoint(r.Date(1), r.GetDouble(2), new SourceRef(r.GetString(3), r.GetInt32(4)), r.NullableDouble(5))), asked, date)
            .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
    }

    public FxQuote? Fx(string from, string to, DateOnly date)
    {
        if (from == to)
        {
            return FxQuote.Identity(from, date);
        }

        return Query("""
            SELECT x.date, x.rate, f.path, x.line, x.from_ccy = $1 AS direct FROM fx x JOIN input_files f USING (file_id)
            WHERE ((x.from_ccy = $1 AND x.to_ccy = $2) OR (x.from_ccy = $2 AND x.to_ccy = $1)) AND x.date <= $3
            ORDER BY x.date DESC, direct DESC, f.path, x.line LIMIT 1
            """, r => r.GetBoolean(4)
                ? new FxQuote(from, to, r.Date(0), r.GetDouble(1), new SourceRef(r.GetString(2), r.GetInt32(3)), false)
                : new FxQuote(from, to, r.Date(0), 1.0 / r.GetDouble(1), new SourceRef(r.GetString(2), r.GetInt32(3)), true),
            from, to, date).FirstOrDefault();
    }

    public IReadOnlyList<ValuationRow> Valuations(string code) =>
        !_codes.Contains(code, StringComparer.Ordinal) ? [] : [.. Query("""
            SELECT v.date, v.code, v.pe_ttm, f.path, v.line FROM valuations v JOIN input_files f USING (file_id)
            WHERE v.code = $1 ORDER BY v.date, f.path, v.line
            """, r => new ValuationRow(r.Date(0), r.GetString(1), r.GetDouble(2), new SourceRef(r.GetString(3), r.GetInt32(4))), code)];

    /// <summary>The server, as messages and the manifest name it (no user, no secret).</summary>
    public StoreAddress Address => _address;

    /// <summary>The stored files of the snapshot, for the manifest: (path, kind, sha256).</summary>
    public IReadOnlyList<(string Path, string Kind, string Sha256)> StoredFiles() =>
        [.. Query("SELECT path, kind, sha256 FROM input_files ORDER BY path", r => (r.GetString(0), r.GetString(1), r.GetString(2)))];

    private List<T> Query<T>(string sql, Func<System.Data.Common.DbDataReader, T> map, params object?[] args)
    {
        try
        {
            return [.. Sql.Query(_db, sql, map, args)];
        }
        catch (NpgsqlException e)
        {
            throw PostgresConnector.Unavailable(_address, e);
        }
    }

    public void Dispose()
    {
        _snapshot.Dispose();
        _db.Dispose();
    }
}
