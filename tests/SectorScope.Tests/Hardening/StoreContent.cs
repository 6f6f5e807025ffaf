using DuckDB.NET.Data;

namespace SectorScope.Tests.Hardening;

/// <summary>
/// Every row of every table of a workspace's store as text, sorted — the store's meaning without its bytes. Read from a copy
/// of the store and its write-ahead log, so that reading replays nothing into the store under test. File sizes and times
/// are left out: they differ between two copies of the same files; so is the unused line column of securities and indices.
/// </summary>
public static class StoreContent
{
    public static string Of(string storePath)
    {
        if (!File.Exists(storePath))
        {
            return "absent";
        }

        var copy = Path.Combine(Path.GetTempPath(), "sectorscope-tests", "store-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(copy);
        try
        {
            var db = Path.Combine(copy, "store.duckdb");
            File.Copy(storePath, db);
            if (File.Exists(storePath + ".wal"))
            {
                File.Copy(storePath + ".wal", db + ".wal");
            }

            using var connection = new DuckDBConnection($"Data Source={db}");
            connection.Open();
            var tables = Query(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_name");
            return string.Join("\n", tables.Select(t =>
            {
                var columns = t switch
                {
                    "input_files" => "* EXCLUDE (size, mtime)",
                    // The ingester appends a placeholder line to these two tables, which the appender does not store reliably.
                    "securities" or "indices" => "* EXCLUDE (line)",
                    _ => "*",
                };
                return $"[{t}]\n" + string.Join("\n", Query(connection, $"SELECT CAST(COLUMNS(*) AS VARCHAR) FROM (SELECT {columns} FROM {t})", all: true).Order(StringComparer.Ordinal));
            }));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static List<string> Query(DuckDBConnection connection, string sql, bool all = false)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(all
                ? string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : reader.GetString(i)))
                : reader.GetString(0));
        }

        return rows;
    }
}
