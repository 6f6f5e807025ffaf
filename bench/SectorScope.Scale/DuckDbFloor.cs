using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;

namespace SectorScope.Scale;

/// <summary>
/// <c>floor --workspace WS --db FILE</c>: the least any store can do with a workspace's prices — DuckDB reads every
/// price file into one persistent table with explicit types and checkpoints it; no checks, no month ends, no report.
/// bench/compare.sh times it beside <c>sectorscope ingest</c> as the floor an ingest is measured against.
/// </summary>
internal static class DuckDbFloor
{
    public static int Run(string workspace, string database)
    {
        foreach (var stale in new[] { database, database + ".wal" })
        {
            File.Delete(stale);
        }

        var files = Directory.GetFiles(Path.Combine(workspace, "prices"), "*.csv").Order(StringComparer.Ordinal)
            .Select(f => "'" + f.Replace("'", "''", StringComparison.Ordinal) + "'");
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        using var db = new DuckDBConnection($"Data Source={database}");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = $"""
            CREATE TABLE prices AS
            SELECT * FROM read_csv([{string.Join(", ", files)}], header = true, auto_detect = false, delim = ',',
                                   columns = {'{'}'date': 'DATE', 'code': 'VARCHAR', 'close': 'DOUBLE', 'volume': 'BIGINT'{'}'});
            CHECKPOINT;
            """;
        command.ExecuteNonQuery();
        command.CommandText = "SELECT count(*) FROM prices";
        var rows = (long)command.ExecuteScalar()!;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows:N0} price rows into {database} in {clock.Elapsed.TotalSeconds:F2}s"));
        Console.WriteLine(Inner.Line(clock, cpu));
        return 0;
    }
}
