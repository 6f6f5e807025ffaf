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

    /// <summary>The header's columns when the file can be bulk loaded; null otherwise.</summary>
    public static string[]? Columns(FileDigest digest)
    {
        if (!digest.PlainLines || digest.DataRows == 0)
        {
            return null;
        }

        var columns = digest.HeaderLine.Split(',');
        bool known = columns.All(c => c is "date" or "code" or "close" or "open" or "high" or "low" or "volume" or "market_cap_mn");
        return known && columns.Distinct(StringComparer.Ordinal).Count() == columns.Length && Required.All(columns.Contains) ? columns : null;
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
        var types = "{" + string.Join(", ", columns.Select(c => $"'{c}': '{(c is "date" or "code" ? "VARCHAR" : "DOUBLE")}'")) + "}";
        bool Has(string c) => columns.Contains(c);
        // Rows outside the contract become a NULL date or ok = false; the file is then handed back.
        // The same rules as the line parser (CsvFile.Number, InputLimits): positive where required, within the accepted magnitudes.
        var checks = string.Join(" AND ", Positive.Where(Has).Select(c => c == "close" ? $"isfinite(close) AND {Magnitude("close")}" : $"({c} IS NULL OR (isfinite({c}) AND {Magnitude(c)}))")
            .Append(Has("volume") ? $"(volume IS NULL OR (isfinite(volume) AND (volume = 0 OR {Magnitude("volume")})))" : "true"));
        try
        {
            // Insertion order is kept here so that a row's rowid gives its line in its file.
            Sql.Execute(db, "SET preserve_insertion_order = true");
            Sql.Execute(db, $"""
                CREATE OR REPLACE TEMP TABLE price_stage_{g} AS
                SELECT CASE WHEN regexp_full_match(date, '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]') AND try_cast(date AS DATE) BETWEEN {DateLiteral(InputLimits.FirstDate)} AND {DateLiteral(InputLimits.LastDate)}
                            THEN try_cast(date AS DATE) END AS date, code, close,
                       {(Has("market_cap_mn") ? "market_cap_mn" : "NULL::DOUBLE")} AS market_cap_mn, coalesce({checks}, false) AS ok
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
        long first = files.Sum(f => f.File.Digest.DataRows);

        var rejected = new HashSet<int>();
        var (count, minId) = Sql.Query(db, $"SELECT count(*), coalesce(min(rowid), 0) FROM price_stage_{g}", r => (r.GetInt64(0), r.GetInt64(1))).Single();
        if (count != first || minId != 0)
        {
            rejected.UnionWith(files.Select(f => f.Id));
        }
        else
        {
            // Only the few bad rows are mapped to their file; a file whose layout the hashing pass did not find free of
            // repeated keys (FileDigest.StrictlyOrdered) is searched for one.
            var file = FileOfRow(files);
            rejected.UnionWith(Sql.Query(db, $"""
                SELECT DISTINCT {file} FROM price_stage_{g}
                WHERE date IS NULL OR code IS NULL OR NOT ok OR code NOT IN (SELECT code FROM price_codes)
                """, r => r.GetInt32(0)));
            bool keyFirst = columns is ["date", "code", ..];
            var unordered = files.Where(f => !(keyFirst && f.File.Digest.StrictlyOrdered)).Select(f => f.Id).ToArray();
            if (unordered.Length > 0)
            {
                rejected.UnionWith(Sql.Query(db, $"""
                    SELECT DISTINCT file_id FROM (SELECT {file} AS file_id, date, code FROM price_stage_{g})
                    WHERE file_id IN ({string.Join(',', unordered)}) GROUP BY file_id, date, code HAVING count(*) > 1
                    """, r => r.GetInt32(0)));
            }
        }

        steps?.Mark("check prices");
        staged.Add(g, rejected, files);
        staged.Rejected.AddRange(files.Where(f => rejected.Contains(f.Id)));
        staged.Accepted.AddRange(files.Where(f => !rejected.Contains(f.Id)));
    }

    /// <summary>The position of a stage row's file in <paramref name="files"/> (rows are staged file after file, in order).</summary>
    internal static string FileIndexOfRow((DigestedFile File, int Id)[] files)
    {
        if (files.Length == 1)
        {
            return "0";
        }

        var cases = new System.Text.StringBuilder("CASE");
        long end = 0;
        for (int i = 0; i < files.Length - 1; i++)
        {
            end += files[i].File.Digest.DataRows;
            cases.Append(System.Globalization.CultureInfo.InvariantCulture, $" WHEN rowid < {end} THEN {i}");
        }

        return cases.Append(System.Globalization.CultureInfo.InvariantCulture, $" ELSE {files.Length - 1} END").ToString();
    }

    private static string FileOfRow((DigestedFile File, int Id)[] files) => $"[{string.Join(',', files.Select(f => f.Id))}][({FileIndexOfRow(files)}) + 1]";

    private static void LoadCodes(DuckDBConnection db, Universe universe)
    {
        Sql.Execute(db, "CREATE OR REPLACE TEMP TABLE price_codes(code VARCHAR)");
        using var appender = db.CreateAppender("price_codes");
        foreach (var code in universe.Securities.Select(s => s.Code).Concat(universe.Indices.Select(i => i.Code)).Distinct(StringComparer.Ordinal))
        {
            appender.CreateRow().AppendValue(code).EndRow();
        }
    }

    private static string Magnitude(string column) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{column} BETWEEN {InputLimits.MinMagnitude:R} AND {InputLimits.MaxMagnitude:R}");

    private static string DateLiteral(DateOnly date) => $"DATE '{InputDates.Format(date)}'";

    /// <summary>A path as a SQL string literal (table function arguments cannot be bound parameters).</summary>
    private static string Literal(string path) => "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";
}
