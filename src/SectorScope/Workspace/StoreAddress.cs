using System.Globalization;

namespace SectorScope.Workspace;

/// <summary>
/// Where a workspace's market data live when not in its own DuckDB store: a PostgreSQL server, written as a
/// URL (<c>postgresql://host:port/database?sslmode=require</c>, the form libpq and psql take). The address never
/// carries a password: it comes from <c>PGPASSWORD</c> or the password file (<c>~/.pgpass</c>, <c>PGPASSFILE</c>),
/// so that sectorscope.yaml, the command line, logs and reports can name the server without giving away access.
/// <see cref="ToString"/> is the display form (no user name either) and is the only form ever printed.
/// </summary>
public sealed record StoreAddress(string? Host, int? Port, string Database, string? User, IReadOnlyDictionary<string, string> Options)
{
    /// <summary>The query parameters understood, as libpq names them.</summary>
    public static readonly IReadOnlySet<string> KnownOptions = new HashSet<string>(StringComparer.Ordinal)
    {
        "host", "port", "user", "sslmode", "connect_timeout", "application_name", "passfile", "target_session_attrs",
    };

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="problem"/> says why without repeating the text (it may hold a secret).</summary>
    public static StoreAddress? Parse(string text, out string? problem)
    {
        problem = null;
        string rest;
        if (text.StartsWith("postgresql://", StringComparison.Ordinal))
        {
            rest = text["postgresql://".Length..];
        }
        else if (text.StartsWith("postgres://", StringComparison.Ordinal))
        {
            rest = text["postgres://".Length..];
        }
        else
        {
            problem = "不是 PostgreSQL 地址（应为 postgresql://主机:端口/数据库）";
            return null;
        }

        var query = "";
        if (rest.IndexOf('?', StringComparison.Ordinal) is var q and >= 0)
        {
            query = rest[(q + 1)..];
            rest = rest[..q];
        }

        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var authority = slash < 0 ? rest : rest[..slash];
        var database = slash < 0 ? "" : Decode(rest[(slash + 1)..]);
        string? user = null;
        if (authority.LastIndexOf('@') is var at and >= 0)
        {
            var userInfo = authority[..at];
            authority = authority[(at + 1)..];
            if (userInfo.Contains(':', StringComparison.Ordinal))
            {
                problem = "地址中不能写密码：请用环境变量 PGPASSWORD 或密码文件 ~/.pgpass（PGPASSFILE）";
                return null;
            }

            user = Decode(userInfo);
        }

        string? host = null;
        int? port = null;
        if (authority.Length > 0)
        {
            // [::1]:5432, host:5432 or host.
            var colon = authority.StartsWith('[') ? authority.IndexOf("]:", StringComparison.Ordinal) + 1 : authority.LastIndexOf(':');
            if (colon > 0)
            {
                if (!int.TryParse(authority[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p is < 1 or > 65535)
                {
                    problem = "端口不是 1–65535 的数";
                    return null;
                }

                port = p;
                authority = authority[..colon];
            }

            host = Decode(authority.Trim('[', ']'));
        }

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Decode(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? "" : Decode(pair[(eq + 1)..]);
            if (key is "password" or "sslpassword")
            {
                problem = "地址中不能写密码：请用环境变量 PGPASSWORD 或密码文件 ~/.pgpass（PGPASSFILE）";
                return null;
            }

            if (!KnownOptions.Contains(key))
            {
                problem = $"不认识的参数 '{Printable(key)}'（可用：{string.Join(", ", KnownOptions.Order(StringComparer.Ordinal))}）";
                return null;
            }

            options[key] = value;
        }

        if (options.Remove("host", out var h))
        {
            host = h;
        }

        if (options.Remove("user", out var u))
        {
            user = u;
        }

        if (options.Remove("port", out var portText))
        {
            if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p is < 1 or > 65535)
            {
                problem = "端口不是 1–65535 的数";
                return null;
            }

            port = p;
        }

        if (database.Length == 0 || database.Contains('/', StringComparison.Ordinal))
        {
            problem = "缺少数据库名（postgresql://主机:端口/数据库）";
            return null;
        }

        return new StoreAddress(host, port, database, user, options);
    }

    /// <summary>Server and database, never the user or a secret: what messages and the manifest name.</summary>
    public override string ToString() =>
        $"postgresql://{(Host is { } h && !h.StartsWith('/') ? Printable(h) : "")}{(Port is { } p ? ":" + p.ToString(CultureInfo.InvariantCulture) : "")}/{Printable(Database)}";

    private static string Decode(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return text;
        }
    }

    /// <summary>A name for a message: control characters and anything long cut out, so the address cannot forge console output.</summary>
    private static string Printable(string text)
    {
        var clean = new string([.. text.Where(c => !char.IsControl(c))]);
        return clean.Length > 64 ? clean[..64] + "…" : clean;
    }
}
