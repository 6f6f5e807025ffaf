using Npgsql;
using SectorScope.Workspace;

namespace SectorScope.Store.Postgres;

/// <summary>
/// A store that cannot be reached or refused what was asked (a wrong address, no password, a role that may only
/// read): one line naming the server by its display address and PostgreSQL's reason, never a credential.
/// </summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Opens connections to the server a <see cref="StoreAddress"/> names.</summary>
internal static class PostgresConnector
{
    /// <summary>
    /// The connection string for <paramref name="address"/>. It holds no password: Npgsql takes it from
    /// <c>PGPASSWORD</c> or the password file (<c>passfile=</c>, <c>PGPASSFILE</c>, <c>~/.pgpass</c>) when the server asks.
    /// </summary>
    public static string ConnectionString(StoreAddress address)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Database = address.Database,
            ApplicationName = "sectorscope",
            // Rows are read by one query each; no command of a report or a load should wait on a lock for ever, but a
            // bulk load may run long: no command timeout.
            CommandTimeout = 0,
        };
        if ((address.Host ?? Environment.GetEnvironmentVariable("PGHOST")) is { Length: > 0 } host)
        {
            builder.Host = host;
        }

        if ((address.Port ?? (int.TryParse(Environment.GetEnvironmentVariable("PGPORT"), out var envPort) ? envPort : (int?)null)) is { } port)
        {
            builder.Port = port;
        }

        if ((address.User ?? Environment.GetEnvironmentVariable("PGUSER")) is { Length: > 0 } user)
        {
            builder.Username = user;
        }

        foreach (var (key, value) in address.Options)
        {
            switch (key)
            {
                case "sslmode":
                    builder.SslMode = Enum.TryParse<SslMode>(value.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var mode)
                        ? mode
                        : throw new StoreUnavailableException($"PostgreSQL {address}：sslmode '{value}' 不是 disable、allow、prefer、require、verify-ca、verify-full 之一");
                    break;
                case "connect_timeout":
                    builder.Timeout = int.TryParse(value, out var seconds) && seconds is >= 0 and <= 1024 ? seconds : throw new StoreUnavailableException($"PostgreSQL {address}：connect_timeout 应为 0–1024 秒");
                    break;
                case "application_name":
                    builder.ApplicationName = value;
                    break;
                case "passfile":
                    builder.Passfile = value;
                    break;
                case "target_session_attrs":
                    builder["Target Session Attributes"] = value;
                    break;
            }
        }

        return builder.ConnectionString;
    }

    public static NpgsqlConnection Open(StoreAddress address)
    {
        var connection = new NpgsqlConnection(ConnectionString(address));
        try
        {
            connection.Open();
            return connection;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or ArgumentException or InvalidOperationException)
        {
            connection.Dispose();
            throw Unavailable(address, e);
        }
    }

    /// <summary>The one-line failure for a server error or an unreachable server, in PostgreSQL's own words (which never hold a password).</summary>
    public static StoreUnavailableException Unavailable(StoreAddress address, Exception e)
    {
        var reason = e switch
        {
            PostgresException p => $"{p.SqlState} {p.MessageText}",
            NpgsqlException { InnerException: { } inner } n when inner is not PostgresException => $"{n.Message}（{inner.Message}）",
            _ => e.Message,
        };
        return new StoreUnavailableException($"PostgreSQL {address}：{reason}", e);
    }
}
