using System.Data.Common;
using SectorScope.Workspace;

namespace SectorScope.Store;

/// <summary>
/// Checks across files that only the whole store can answer, run inside the ingest transaction: the same SQL on the
/// workspace's DuckDB store and on the shared PostgreSQL one (tables <c>prices</c> and <c>input_files</c> on both).
/// </summary>
internal static class StoreChecks
{
    /// <summary>The workspace store's other rows that name a code, as (file, line, code).</summary>
    public static readonly string[] WorkspaceCodeRows =
    [
        "SELECT 'valuations.csv', line, code FROM valuations",
        "SELECT 'coverage.csv', line, code FROM coverage",
        "SELECT 'forecasts.csv', line, code FROM forecasts",
    ];

    public static IReadOnlyList<Diagnostic> Run(DbConnection db, WorkspaceInputs inputs, IReadOnlyList<int> changedPriceFiles, bool checkAllCodes) =>
        Run(db, inputs.Universe, changedPriceFiles, checkAllCodes, WorkspaceCodeRows);

    /// <param name="codeRows">Queries of (file, line, code) for the rows other than prices that name a code.</param>
    public static IReadOnlyList<Diagnostic> Run(DbConnection db, Universe universe, IReadOnlyList<int> changedPriceFiles, bool checkAllCodes, IReadOnlyList<string> codeRows)
    {
        var found = new DiagnosticBag();
        // Two files can only disagree on a (date, code) when their date ranges overlap and they share a
        // code: find such pairs among files of this ingest first, then join only their rows.
        var ids = changedPriceFiles.Count == 0 ? "-1" : string.Join(',', changedPriceFiles);
        const string ranges = "SELECT file_id, min(date) AS lo, max(date) AS hi FROM prices GROUP BY file_id";
        var overlapping = Sql.Query(db, $"""
            WITH r AS ({ranges})
            SELECT a.file_id, b.file_id FROM r a JOIN r b ON a.file_id < b.file_id AND a.lo <= b.hi AND b.lo <= a.hi
            WHERE a.file_id IN ({ids}) OR b.file_id IN ({ids})
            """, r => (r.GetInt32(0), r.GetInt32(1))).ToArray();
        var pairs = overlapping.Length == 0 ? [] : Sql.Query(db, $"""
            WITH c AS (SELECT DISTINCT file_id, code FROM prices WHERE file_id IN ({string.Join(',', overlapping.SelectMany(p => new[] { p.Item1, p.Item2 }).Distinct())}))
            SELECT DISTINCT a.file_id, b.file_id FROM c a JOIN c b ON a.code = b.code AND a.file_id < b.file_id
            """, r => (r.GetInt32(0), r.GetInt32(1))).Intersect(overlapping).ToArray();
        var conflicts = pairs.Length == 0 ? "SELECT '', 0, DATE '2000-01-01', '', '', 0 WHERE false" : $"""
            SELECT fb.path, b.line, b.date, b.code, fa.path, a.line
            FROM prices a JOIN prices b ON a.code = b.code AND a.date = b.date AND a.file_id < b.file_id
            JOIN input_files fa ON fa.file_id = a.file_id JOIN input_files fb ON fb.file_id = b.file_id
            WHERE ({string.Join(" OR ", pairs.Select(p => $"(a.file_id = {p.Item1} AND b.file_id = {p.Item2})"))})
              AND (a.close <> b.close OR coalesce(a.market_cap_mn, -1) <> coalesce(b.market_cap_mn, -1))
            ORDER BY 1, 2 LIMIT 1000
            """;
        foreach (var (file, line, date, code, otherFile, otherLine) in Sql.Query(db, conflicts, r =>
            (r.GetString(0), r.GetInt32(1), InputDates.Format(r.Date(2)), r.GetString(3), r.GetString(4), r.GetInt32(5))))
        {
            found.Add(file, line, "close", ReaderMessages.DuplicateRowIn($"{date}，{code}", $"{otherFile}:{otherLine}"));
        }

        if (checkAllCodes)
        {
            // The reference files changed: rows kept from unchanged files may name a code that is gone.
            var codes = universe.Securities.Select(s => s.Code).Concat(universe.Indices.Select(i => i.Code)).ToHashSet(StringComparer.Ordinal);
            // Rows of files read in this ingest were checked by their parser.
            var used = string.Join(" UNION ALL ", codeRows.Prepend($"SELECT f.path, p.line, p.code FROM prices p JOIN input_files f USING (file_id) WHERE p.file_id NOT IN ({ids})"));
            foreach (var (file, line, code) in Sql.Query(db, $"SELECT DISTINCT ON (code) * FROM ({used}) AS used(path, line, code) ORDER BY code, 1, 2", r => (r.GetString(0), r.GetInt32(1), r.GetString(2))))
            {
                if (!codes.Contains(code))
                {
                    found.Add(file, line, "code", ReaderMessages.UnknownCode(code, ReaderMessages.SecuritiesOrIndices));
                }
            }
        }

        return found.Sorted();
    }
}
