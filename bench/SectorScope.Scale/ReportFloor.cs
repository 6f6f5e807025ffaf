using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;

namespace SectorScope.Scale;

/// <summary>
/// <c>report-floor --workspace WS --period YYYY-MM</c>: the least any program can do to compute a cold report's numbers
/// from the price files — DuckDB, in memory, reads every price file and finds each market's month ends and every code's
/// close on them for the thirteen months the report charts; no check of any value, no store written, no document.
/// bench/compare.sh times it beside the cold report: with a report's documents drawn from numbers already computed, it
/// bounds from below what a cold report could take on this machine.
/// </summary>
internal static class ReportFloor
{
    public static int Run(string workspace, string period)
    {
        var month = DateOnly.ParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var first = month.AddMonths(-12);
        var files = string.Join(", ", Directory.GetFiles(Path.Combine(workspace, "prices"), "*.csv").Order(StringComparer.Ordinal).Select(Literal));
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        using var db = new DuckDBConnection("Data Source=:memory:");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = $"""
            CREATE TABLE markets AS
            SELECT code, market FROM read_csv({Literal(Path.Combine(workspace, "securities.csv"))}, header = true, all_varchar = true)
            UNION ALL
            SELECT code, market FROM read_csv({Literal(Path.Combine(workspace, "indices.csv"))}, header = true, all_varchar = true);
            CREATE TABLE rows AS
            SELECT p.date, p.code, p.close, m.market
            FROM read_csv([{files}], header = true, auto_detect = false, delim = ',',
                          columns = {'{'}'date': 'DATE', 'code': 'VARCHAR', 'close': 'DOUBLE', 'volume': 'BIGINT'{'}'}) p
            JOIN markets m USING (code)
            WHERE p.date >= DATE '{first:yyyy-MM-dd}' AND p.date < DATE '{month.AddMonths(1):yyyy-MM-dd}';
            """;
        command.ExecuteNonQuery();
        command.CommandText = """
            WITH ends AS (SELECT market, max(date) AS date FROM rows GROUP BY market, date_trunc('month', date))
            SELECT count(*) FROM rows JOIN ends USING (market, date)
            """;
        var closes = (long)command.ExecuteScalar()!;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{closes:N0} month-end closes from the price files in {clock.Elapsed.TotalSeconds:F2}s"));
        Console.WriteLine(Inner.Line(clock, cpu));
        return 0;
    }

    private static string Literal(string path) => "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";
}
