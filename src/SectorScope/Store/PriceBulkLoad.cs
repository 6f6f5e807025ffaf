using DuckDB.NET.Data;
using SectorScope.Workspace;

namespace SectorScope.Store;

/// <summary>
/// Loads price files with DuckDB's own multi-threaded CSV reader, all changed files in one
/// <c>read_csv([...])</c>, instead of parsing them in managed code. A file takes this path only when
/// its rows can be numbered exactly as <see cref="CsvTable"/> numbers them (no BOM, quote, carriage
/// return or blank line) and its header names only known columns. Any doubt about a file (a read
/// error, a missing, non-positive or out-of-range value, a date not in YYYY-MM-DD or outside 1900–2100, an unknown code, a repeated
/// (date, code)) hands that file back to the managed parser, which either reads it the same way or
/// lists every problem as file:line: column: reason.
/// </summary>
internal static class PriceBulkLoad
{
    private static readonly string[] Required = ["date", "code", "close"];
    private static readonly string[] Positive = ["close", "open", "high", "low", "market_cap_mn"];

    /// <summary>Columns the store keeps; the others are checked as they are read, into one flag (a smaller stage).</summary>
    private static readonly string[] Stored = ["date", "code", "close", "market_cap_mn"];

    /// <summary>The header's columns when the file can be bulk loaded; null otherwise.</summary>
    public static string[]? Columns(FileDigest digest)
    {
        if (!digest.PlainLines || digest.DataRows == 0)
        {
            return null;
        }

        var columns = digest.HeaderLine.Split(',');
        bool known = columns.All(c => c is "date" or "code" or "close" or "open" or "high" or "low" or "volume" or "market_cap_mn");
        // A date first but not written plainly on every row fails the typed read: the line parser lists what is wrong.
        bool dates = columns[0] != "date" || digest.PlainDates;
        return known && dates && columns.Distinct(StringComparer.Ordinal).Count() == columns.Length && Required.All(columns.Contains) ? columns : null;
    }

    /// <summary>
    /// Reads <paramref name="files"/> into temporary tables and checks them, outside any transaction (a
    /// failed read must not abort the ingest's transaction). <see cref="StagedPrices.Rejected"/> are the files
    /// left to the managed parser; <see cref="StagedPrices.Insert"/> appends the others inside the transaction.
    /// </summary>
    /// <param name="steps">Where the time of reading and of checking goes, when timed.</param>
    public static StagedPrices Stage(DuckDBConnection db, string root, IReadOnlyList<(DigestedFile File, int Id)> files, Universe universe, IngestSteps? steps = null)
    {
        var staged = new StagedPrices(db);
        var groups = files.GroupBy(f => Columns(f.File.Digest) is { } c ? string.Join(',', c) : null).ToArray();
        if (groups.Any(g => g.Key is not null))
        {
            LoadCodes(db, universe);
        }

        foreach (var group in groups)
        {
            if (group.Key is null)
            {
                staged.Rejected.AddRange(group);
            }
            else
            {
                StageGroup(staged, root, group.Key.Split(','), [.. group], steps);
            }
        }

        Sql.Execute(db, "DROP TABLE IF EXISTS price_codes");
        return staged;
    }

    private static void StageGroup(StagedPrices staged, string root, string[] columns, (DigestedFile File, int Id)[] files, IngestSteps? steps)
    {
        var db = staged.Db;
        int g = staged.NextGroup;
        var paths = string.Join(", ", files.Select(f => Literal(f.File.File.FullPath(root))));
        // A date in the first column that the hashing pass found written YYYY-MM-DD on every row is parsed by the CSV
        // reader itself (a month 13 fails the read); a date elsewhere is read as text and checked here, row by row.
        bool typedDate = columns[0] == "date";
        var types = "{" + string.Join(", ", columns.Select(c => $"'{c}': '{(c == "code" || (c == "date" && !typedDate) ? "VARCHAR" : c == "date" ? "DATE" : "DOUBLE")}'")) + "}";
        var date = typedDate ? "date" : $"""
            CASE WHEN regexp_full_match(date, '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]') AND try_cast(date AS DATE) BETWEEN {DateLiteral(InputLimits.FirstDate)} AND {DateLiteral(InputLimits.LastDate)}
                 THEN try_cast(date AS DATE) END
            """;
        try
        {
            // Insertion order is kept here so that a row's rowid gives its line in its file.
            Sql.Execute(db, "SET preserve_insertion_order = true");
            Sql.Execute(db, $"""
                CREATE OR REPLACE TEMP TABLE price_stage_{g} AS
                SELECT file_index::INTEGER AS k, {date} AS date, code, close{(Has(columns, "market_cap_mn") ? ", market_cap_mn" : "")}
                       {(Rules(columns, stored: false).Any() ? $", ({string.Join(" OR ", Rules(columns, stored: false))}) AS bad" : "")}
                FROM read_csv([{paths}], header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
                              columns = {types}, strict_mode = true, null_padding = false, ignore_errors = false)
                """);
        }
        catch (DuckDBException)
        {
            Sql.Execute(db, $"DROP TABLE IF EXISTS price_stage_{g}");
            staged.Rejected.AddRange(files);
            return;
        }

        steps?.Mark("read prices");
        // Each file's place in the read (k), its id and its first row's rowid: a row's line is its rowid less that, plus 2.
        Sql.Execute(db, $"CREATE OR REPLACE TEMP TABLE price_files_{g}(k INTEGER, file_id INTEGER, start BIGINT, rows BIGINT)");
        using (var appender = db.CreateAppender($"price_files_{g}"))
        {
            long start = 0;
            for (int k = 0; k < files.Length; k++)
            {
                appender.CreateRow().AppendValue(k).AppendValue(files[k].Id).AppendValue(start).AppendValue(files[k].File.Digest.DataRows).EndRow();
                start += files[k].File.Digest.DataRows;
            }
        }

        var rejected = new HashSet<int>();
        // Every line a row, each file's rows together and in order: otherwise rowids would not give lines, and the line parser reads them.
        var misplaced = Sql.Scalar(db, $"""
            SELECT count(*) FROM price_files_{g} f
            FULL OUTER JOIN (SELECT k, count(*) AS n, min(rowid) AS lo, max(rowid) AS hi FROM price_stage_{g} GROUP BY k) s USING (k)
            WHERE s.n IS DISTINCT FROM f.rows OR s.lo IS DISTINCT FROM f.start OR s.hi IS DISTINCT FROM f.start + f.rows - 1
            """);
        if (misplaced is not 0L)
        {
            rejected.UnionWith(files.Select(f => f.Id));
        }
        else
        {
            // Only the few bad rows are mapped to their file; a file whose layout the hashing pass did not find free of
            // repeated keys (FileDigest.StrictlyOrdered) is searched for one.
            rejected.UnionWith(Sql.Query(db, $"""
                SELECT DISTINCT k FROM price_stage_{g} WHERE {BadValue(columns)} OR code NOT IN (SELECT code FROM price_codes)
                """, r => files[r.GetInt32(0)].Id));
            bool keyFirst = columns is ["date", "code", ..];
            var unordered = Enumerable.Range(0, files.Length).Where(k => !(keyFirst && files[k].File.Digest.StrictlyOrdered)).ToArray();
            if (unordered.Length > 0)
            {
                rejected.UnionWith(Sql.Query(db, $"""
                    SELECT DISTINCT k FROM price_stage_{g}
                    WHERE k IN ({string.Join(',', unordered)}) GROUP BY k, date, code HAVING count(*) > 1
                    """, r => files[r.GetInt32(0)].Id));
            }
        }

        steps?.Mark("check prices");
        staged.Add(g, rejected, files, Has(columns, "market_cap_mn"));
        staged.Rejected.AddRange(files.Where(f => rejected.Contains(f.Id)));
        staged.Accepted.AddRange(files.Where(f => !rejected.Contains(f.Id)));
    }

    private static bool Has(string[] columns, string column) => columns.Contains(column);

    /// <summary>
    /// A row outside the line parser's rules (CsvFile.Number, InputLimits): a missing date, code or close, a value not positive
    /// within the accepted magnitudes where given, a volume neither zero nor within them. Plain comparisons only: DuckDB orders
    /// NaN above every number (so a NaN or an infinity is out of range), and answers them from each column's least and greatest
    /// value without reading the rows when every value is within range.
    /// </summary>
    private static string BadValue(string[] columns) =>
        string.Join(" OR ", Rules(columns, stored: true).Prepend("date IS NULL OR code IS NULL OR close IS NULL")
            .Concat(Rules(columns, stored: false).Any() ? ["bad"] : []));

    /// <param name="stored">The rules of the columns the store keeps, or of the others (checked while reading).</param>
    private static IEnumerable<string> Rules(string[] columns, bool stored)
    {
        var (min, max) = (InputLimits.MinMagnitude.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            InputLimits.MaxMagnitude.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        bool Checked(string c) => Has(columns, c) && Stored.Contains(c) == stored;
        return Positive.Where(Checked).Select(c => $"{c} < {min} OR {c} > {max}")
            .Concat(Checked("volume") ? [$"volume < 0 OR volume > {max} OR (volume > 0 AND volume < {min})"] : []);
    }

    private static void LoadCodes(DuckDBConnection db, Universe universe)
    {
        Sql.Execute(db, "CREATE OR REPLACE TEMP TABLE price_codes(code VARCHAR)");
        using var appender = db.CreateAppender("price_codes");
        foreach (var code in universe.Securities.Select(s => s.Code).Concat(universe.Indices.Select(i => i.Code)).Distinct(StringComparer.Ordinal))
        {
            appender.CreateRow().AppendValue(code).EndRow();
        }
    }

    private static string DateLiteral(DateOnly date) => $"DATE '{InputDates.Format(date)}'";

    /// <summary>A path as a SQL string literal (table function arguments cannot be bound parameters).</summary>
    private static string Literal(string path) => "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";
}
