namespace SectorScope.Store.Postgres;

/// <summary>
/// The tables of the shared market data, in schema <c>sectorscope</c>. Every row carries the file and line it came
/// from, (file_id, line) is each dated table's key (the reference tables': (file_id, code)), and every text column compares byte by byte (<c>COLLATE "C"</c>), so
/// that ORDER BY gives DuckDB's order whatever the database's locale. Bump <see cref="Version"/> when they change:
/// a database of another version is refused, never silently read.
/// </summary>
public static class PostgresSchema
{
    public const string Version = "1";

    public const string Name = "sectorscope";

    /// <summary>The key of the transaction-level advisory lock every load takes first: loads run one after another.</summary>
    public const long LoadLock = 0x5EC7_05C0_9E00_0016;

    internal static readonly string[] Statements =
    [
        $"CREATE SCHEMA IF NOT EXISTS {Name}",
        $"""CREATE TABLE IF NOT EXISTS {Name}.meta(key text COLLATE "C" PRIMARY KEY, value text NOT NULL)""",
        $"""CREATE TABLE IF NOT EXISTS {Name}.input_files(file_id integer PRIMARY KEY, path text COLLATE "C" NOT NULL UNIQUE, kind text NOT NULL, sha256 text NOT NULL, rows bigint NOT NULL)""",
        $"""CREATE TABLE IF NOT EXISTS {Name}.securities(file_id integer NOT NULL, code text COLLATE "C" NOT NULL, name text NOT NULL, market text COLLATE "C" NOT NULL, currency text COLLATE "C" NOT NULL, sub_sector text NOT NULL, name_en text, shares_mn double precision, PRIMARY KEY (file_id, code))""",
        $"""CREATE TABLE IF NOT EXISTS {Name}.indices(file_id integer NOT NULL, code text COLLATE "C" NOT NULL, name text NOT NULL, market text COLLATE "C" NOT NULL, currency text COLLATE "C" NOT NULL, inception date NOT NULL, PRIMARY KEY (file_id, code))""",
        $"""CREATE TABLE IF NOT EXISTS {Name}.prices(file_id integer NOT NULL, line integer NOT NULL, date date NOT NULL, code text COLLATE "C" NOT NULL, close double precision NOT NULL, market_cap_mn double precision, PRIMARY KEY (file_id, line))""",
        // Every report query selects by code and a date range.
        $"CREATE INDEX IF NOT EXISTS prices_code_date ON {Name}.prices(code, date)",
        // Each instrument's last date of each month, kept by every load: a report finds its markets' month ends among
        // its own codes' rows here (codes × months) instead of in every close of the window.
        $"""CREATE TABLE IF NOT EXISTS {Name}.code_months(code text COLLATE "C" NOT NULL, month date NOT NULL, last date NOT NULL, PRIMARY KEY (code, month))""",
        $"""CREATE TABLE IF NOT EXISTS {Name}.valuations(file_id integer NOT NULL, line integer NOT NULL, date date NOT NULL, code text COLLATE "C" NOT NULL, pe_ttm double precision NOT NULL, PRIMARY KEY (file_id, line))""",
        $"""CREATE TABLE IF NOT EXISTS {Name}.fx(file_id integer NOT NULL, line integer NOT NULL, date date NOT NULL, from_ccy text COLLATE "C" NOT NULL, to_ccy text COLLATE "C" NOT NULL, rate double precision NOT NULL, PRIMARY KEY (file_id, line))""",
    ];

    /// <summary>The table each kind of file fills.</summary>
    public static string TableOf(Workspace.InputKind kind) => kind switch
    {
        Workspace.InputKind.Securities => "securities",
        Workspace.InputKind.Indices => "indices",
        Workspace.InputKind.Prices => "prices",
        Workspace.InputKind.Valuations => "valuations",
        Workspace.InputKind.Fx => "fx",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not market data"),
    };

    /// <summary>
    /// The statements that let <paramref name="role"/> read the shared market data and nothing more (it cannot load):
    /// what a database owner runs once per analyst role. The role name is quoted as an identifier.
    /// </summary>
    public static IReadOnlyList<string> ReadOnlyGrants(string database, string role)
    {
        var r = Identifier(role);
        return
        [
            $"GRANT CONNECT ON DATABASE {Identifier(database)} TO {r};",
            $"GRANT USAGE ON SCHEMA {Name} TO {r};",
            $"GRANT SELECT ON ALL TABLES IN SCHEMA {Name} TO {r};",
            $"ALTER DEFAULT PRIVILEGES IN SCHEMA {Name} GRANT SELECT ON TABLES TO {r};",
        ];
    }

    /// <summary>Refuses a store made by another version of the schema (on a connection whose search_path is the schema).</summary>
    internal static void CheckVersion(Npgsql.NpgsqlConnection db)
    {
        var version = Sql.Scalar(db, "SELECT value FROM meta WHERE key = 'schema_version'") as string;
        if (version != Version)
        {
            throw new StoreUnavailableException($"PostgreSQL 中的市场数据表为第 {version ?? "?"} 版，本程序读写第 {Version} 版：请用同一版本的 sectorscope 导入");
        }
    }

    private static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
