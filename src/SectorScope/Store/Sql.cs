using DuckDB.NET.Data;

namespace SectorScope.Store;

/// <summary>Parameterised commands: values never go into SQL text.</summary>
internal static class Sql
{
    public static DuckDBCommand Command(DuckDBConnection connection, string sql, params object?[] args)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var a in args)
        {
            command.Parameters.Add(new DuckDBParameter(a ?? DBNull.Value));
        }

        return command;
    }

    public static int Execute(DuckDBConnection connection, string sql, params object?[] args)
    {
        using var command = Command(connection, sql, args);
        return command.ExecuteNonQuery();
    }

    public static object? Scalar(DuckDBConnection connection, string sql, params object?[] args)
    {
        using var command = Command(connection, sql, args);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public static IEnumerable<T> Query<T>(DuckDBConnection connection, string sql, Func<System.Data.Common.DbDataReader, T> map, params object?[] args)
    {
        using var command = Command(connection, sql, args);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return map(reader);
        }
    }

    public static double? NullableDouble(this System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);

    public static string? NullableString(this System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static DateOnly Date(this System.Data.Common.DbDataReader r, int i) => r.GetFieldValue<DateOnly>(i);

    public static DateOnly? NullableDate(this System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);
}
