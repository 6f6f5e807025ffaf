using DuckDB.NET.Data;

namespace SectorScope.Store;

/// <summary>
/// Keeps <c>month_ends</c>: each market's last trading day of every month, so that a report reads a few
/// dozen dates instead of deriving the calendar from every close. Refreshed inside the ingest
/// transaction, only for the months the changed price files touch unless the universe changed.
/// </summary>
internal static class MonthEndTable
{
    private const string Universe = "SELECT code, market FROM securities UNION ALL SELECT code, market FROM indices";

    /// <summary>The date range of the stored rows of these price files (null when they have none).</summary>
    public static (DateOnly From, DateOnly To)? RangeOf(DuckDBConnection db, IReadOnlyCollection<int> fileIds)
    {
        if (fileIds.Count == 0)
        {
            return null;
        }

        return Sql.Query(db, $"SELECT min(date), max(date) FROM prices WHERE file_id IN ({string.Join(',', fileIds)})",
            r => r.IsDBNull(0) ? ((DateOnly, DateOnly)?)null : (r.Date(0), r.Date(1))).Single();
    }

    public static void Refresh(DuckDBConnection db, (DateOnly From, DateOnly To)? months)
    {
        if (months is not { } range)
        {
            Sql.Execute(db, "DELETE FROM month_ends");
            Sql.Execute(db, $"INSERT INTO month_ends SELECT m.market, max(p.date) FROM prices p JOIN ({Universe}) m USING (code) GROUP BY m.market, year(p.date), month(p.date)");
            return;
        }

        var from = new DateOnly(range.From.Year, range.From.Month, 1);
        var to = new DateOnly(range.To.Year, range.To.Month, 1).AddMonths(1).AddDays(-1);
        Sql.Execute(db, "DELETE FROM month_ends WHERE date BETWEEN ? AND ?", from, to);
        Sql.Execute(db, $"""
            INSERT INTO month_ends SELECT m.market, max(p.date) FROM prices p JOIN ({Universe}) m USING (code)
            WHERE p.date BETWEEN ? AND ? GROUP BY m.market, year(p.date), month(p.date)
            """, from, to);
    }

    /// <summary>The union of two optional ranges.</summary>
    public static (DateOnly From, DateOnly To)? Union((DateOnly From, DateOnly To)? a, (DateOnly From, DateOnly To)? b) =>
        a is not { } x ? b : b is not { } y ? a : (x.From < y.From ? x.From : y.From, x.To > y.To ? x.To : y.To);
}
