using System.Data.Common;
using SectorScope.Analytics;
using SectorScope.Workspace;

namespace SectorScope.Store;

/// <summary>
/// The month-end panel from the rows both stores' month-end queries return, in their order: (market, month-end date,
/// then code, close, market cap, file, line of each close on that date, all null for a date without one of the universe).
/// </summary>
internal static class MonthEndRows
{
    public static MonthEndPanel Panel(DbConnection db, string sql, params object?[] args)
    {
        var ends = new Dictionary<string, HashSet<DateOnly>>(StringComparer.Ordinal);
        var closes = new List<(string, ClosePoint)>();
        foreach (var (market, date, code, close, cap, file, line) in Sql.Query(db, sql,
            r => (r.GetString(0), r.Date(1), r.NullableString(2), r.NullableDouble(3), r.NullableDouble(4), r.NullableString(5), r.IsDBNull(6) ? 0 : r.GetInt32(6)), args))
        {
            if (!ends.TryGetValue(market, out var days))
            {
                ends[market] = days = [];
            }

            days.Add(date);
            if (code is not null)
            {
                closes.Add((code, new ClosePoint(date, close!.Value, new SourceRef(file!, line), cap)));
            }
        }

        return new MonthEndPanel(ends.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<DateOnly>)[.. kv.Value], StringComparer.Ordinal), closes);
    }
}
