using DuckDB.NET.Data;
using SectorScope.Workspace;

namespace SectorScope.Store;

/// <summary>Checks across files that only the whole store can answer, run inside the ingest transaction.</summary>
internal static class StoreChecks
{
    public static IReadOnlyList<Diagnostic> Run(DuckDBConnection db, WorkspaceInputs inputs, IReadOnlyList<int> changedPriceFiles, bool checkAllCodes)
    {
        var found = new DiagnosticBag();
        // Only keys that occur twice can conflict: find them with one aggregate (or, when few files changed,
        // only among the keys of the changed files) before joining rows.
        var ids = changedPriceFiles.Count == 0 ? "-1" : string.Join(',', changedPriceFiles);
        var all = Convert.ToInt64(Sql.Scalar(db, $"SELECT count(*) FROM input_files WHERE kind = 'Prices' AND file_id NOT IN ({ids})"), System.Globalization.CultureInfo.InvariantCulture) == 0;
        var keys = all
            ? "SELECT code, date FROM prices GROUP BY code, date HAVING count(*) > 1"
            : $"SELECT code, date FROM prices p SEMI JOIN (SELECT code, date FROM prices WHERE file_id IN ({ids})) USING (code, date) GROUP BY code, date HAVING count(*) > 1";
        var conflicts = $"""
            WITH k AS ({keys}), d AS (SELECT p.* FROM prices p SEMI JOIN k USING (code, date))
            SELECT fb.path, b.line, strftime(b.date, '%Y-%m-%d'), b.code, fa.path, a.line
            FROM d a JOIN d b ON a.code = b.code AND a.date = b.date AND a.file_id < b.file_id
            JOIN input_files fa ON fa.file_id = a.file_id JOIN input_files fb ON fb.file_id = b.file_id
            WHERE a.close <> b.close OR coalesce(a.market_cap_mn, -1) <> coalesce(b.market_cap_mn, -1)
            ORDER BY 1, 2 LIMIT 1000
            """;
        if (changedPriceFiles.Count == 0)
        {
            conflicts = "SELECT '', 0, '', '', '', 0 WHERE false";
        }

        foreach (var (file, line, date, code, otherFile, otherLine) in Sql.Query(db, conflicts, r =>
            (r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt32(5))))
        {
            found.Add(file, line, "close", $"duplicate row for ({date}, {code}) with a different value than {otherFile}:{otherLine}");
        }

        if (checkAllCodes)
        {
            // The reference files changed: rows kept from unchanged files may name a code that is gone.
            var codes = inputs.Universe.Securities.Select(s => s.Code).Concat(inputs.Universe.Indices.Select(i => i.Code)).ToHashSet(StringComparer.Ordinal);
            const string used = """
                SELECT f.path, p.line, p.code FROM prices p JOIN input_files f USING (file_id)
                UNION ALL SELECT 'valuations.csv', line, code FROM valuations
                UNION ALL SELECT 'coverage.csv', line, code FROM coverage
                UNION ALL SELECT 'forecasts.csv', line, code FROM forecasts
                """;
            foreach (var (file, line, code) in Sql.Query(db, $"SELECT DISTINCT ON (code) * FROM ({used}) ORDER BY code, 1, 2", r => (r.GetString(0), r.GetInt32(1), r.GetString(2))))
            {
                if (!codes.Contains(code))
                {
                    found.Add(file, line, "code", $"unknown code '{code}' (not in securities.csv or indices.csv)");
                }
            }
        }

        return found.Sorted();
    }
}
