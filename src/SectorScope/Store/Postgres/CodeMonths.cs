using Npgsql;

namespace SectorScope.Store.Postgres;

/// <summary>
/// Keeps <c>code_months</c>, each instrument's last date with a close in each month, inside the load's transaction:
/// only for the months the changed price files touch, or whole when it is new. A report's month ends are the
/// latest of these over its own codes of a market, the same dates DuckDB's <c>month_ends</c> gives a workspace.
/// </summary>
internal static class CodeMonths
{
    /// <summary>The date range of the stored rows of these price files (null when they have none).</summary>
    public static (DateOnly From, DateOnly To)? RangeOf(NpgsqlConnection db, int[] fileIds) =>
        fileIds.Length == 0 ? null : Sql.Query(db, "SELECT min(date), max(date) FROM prices WHERE file_id = ANY($1)",
            r => r.IsDBNull(0) ? ((DateOnly, DateOnly)?)null : (r.Date(0), r.Date(1)), fileIds).Single();

    public static void Refresh(NpgsqlConnection db, (DateOnly From, DateOnly To)? months)
    {
        // A table created by this load (or left empty by an earlier version) is filled from every close.
        if (Sql.Scalar(db, "SELECT NOT EXISTS (SELECT 1 FROM code_months) AND EXISTS (SELECT 1 FROM prices)") is true)
        {
            Sql.Execute(db, "INSERT INTO code_months SELECT code, date_trunc('month', date)::date, max(date) FROM prices GROUP BY 1, 2");
            return;
        }

        if (months is not { } range)
        {
            return;
        }

        var from = new DateOnly(range.From.Year, range.From.Month, 1);
        var to = new DateOnly(range.To.Year, range.To.Month, 1).AddMonths(1).AddDays(-1);
        Sql.Execute(db, "DELETE FROM code_months WHERE month BETWEEN $1 AND $2", from, to);
        Sql.Execute(db, "INSERT INTO code_months SELECT code, date_trunc('month', date)::date, max(date) FROM prices WHERE date BETWEEN $1 AND $2 GROUP BY 1, 2", from, to);
    }

    /// <summary>The union of two optional ranges.</summary>
    public static (DateOnly From, DateOnly To)? Union((DateOnly From, DateOnly To)? a, (DateOnly From, DateOnly To)? b) => MonthEndTable.Union(a, b);
}
