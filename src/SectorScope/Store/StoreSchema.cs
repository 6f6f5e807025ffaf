namespace SectorScope.Store;

/// <summary>The DuckDB tables the store keeps. Bump <see cref="Version"/> when they change: a store of another version is rebuilt.</summary>
internal static class StoreSchema
{
    public const string Version = "6";

    public static readonly string[] Statements =
    [
        "CREATE TABLE meta(key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)",
        "CREATE TABLE input_files(file_id INTEGER PRIMARY KEY, path VARCHAR NOT NULL UNIQUE, kind VARCHAR NOT NULL, sha256 VARCHAR NOT NULL, rows BIGINT NOT NULL, encoding VARCHAR NOT NULL, size BIGINT NOT NULL, mtime BIGINT NOT NULL)",
        "CREATE TABLE securities(line INTEGER, code VARCHAR, name VARCHAR, market VARCHAR, currency VARCHAR, sub_sector VARCHAR, name_en VARCHAR, shares_mn DOUBLE)",
        "CREATE TABLE indices(line INTEGER, code VARCHAR, name VARCHAR, market VARCHAR, currency VARCHAR, inception DATE)",
        "CREATE TABLE prices(file_id INTEGER, line INTEGER, date DATE, code VARCHAR, close DOUBLE, market_cap_mn DOUBLE)",
        "CREATE TABLE valuations(line INTEGER, date DATE, code VARCHAR, pe_ttm DOUBLE)",
        "CREATE TABLE fx(line INTEGER, date DATE, from_ccy VARCHAR, to_ccy VARCHAR, rate DOUBLE)",
        "CREATE TABLE coverage(line INTEGER, code VARCHAR, rating VARCHAR, target_price DOUBLE, rating_date DATE)",
        "CREATE TABLE forecasts(line INTEGER, code VARCHAR, year INTEGER, eps DOUBLE, currency VARCHAR, adj_net_profit_mn DOUBLE)",
        "CREATE TABLE series(line INTEGER, date DATE, series VARCHAR, value DOUBLE, unit VARCHAR)",
        // A market's last trading day of each month (the last date any of its instruments has a close), kept at ingest.
        "CREATE TABLE month_ends(market VARCHAR, date DATE)",
        // Each stored price file's line-aligned blocks (Workspace.FileBlock), so that a corrected value re-reads only its block.
        "CREATE TABLE price_blocks(file_id INTEGER, first_line INTEGER, lines INTEGER, hash VARCHAR)",
        "CREATE TABLE news(file_id INTEGER, line INTEGER, date DATE, source VARCHAR, title VARCHAR, body VARCHAR, url VARCHAR, companies VARCHAR[], tags VARCHAR[])",
    ];

    /// <summary>Tables filled from one file each, replaced whole when that file changes.</summary>
    public static readonly Dictionary<Workspace.InputKind, string> SingleFileTables = new()
    {
        [Workspace.InputKind.Securities] = "securities",
        [Workspace.InputKind.Indices] = "indices",
        [Workspace.InputKind.Valuations] = "valuations",
        [Workspace.InputKind.Fx] = "fx",
        [Workspace.InputKind.Coverage] = "coverage",
        [Workspace.InputKind.Forecasts] = "forecasts",
        [Workspace.InputKind.Series] = "series",
    };

    /// <summary>Tables filled from a folder of files, refreshed file by file.</summary>
    public static readonly Dictionary<Workspace.InputKind, string> MultiFileTables = new()
    {
        [Workspace.InputKind.Prices] = "prices",
        [Workspace.InputKind.News] = "news",
    };
}
