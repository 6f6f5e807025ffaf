using System.Data.Common;

namespace SectorScope.Store;

/// <summary>
/// Parameterised commands on any ADO.NET connection (DuckDB's today, a server database's next): values never
/// go into SQL text. Parameters are positional, in the order of the <c>?</c> marks.
/// </summary>
internal static class Sql
{
    public static DbCommand Command(DbConnection connection, string sql, params object?[] args)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var a in args)
        {
            var parameter = command.CreateParameter();
            parameter.Value = a ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public static int Execute(DbConnection connection, string sql, params object?[] args)
    {
        using var command = Command(connection, sql, args);
        return command.ExecuteNonQuery();
    }

    public static object? Scalar(DbConnection connection, string sql, params object?[] args)
    {
        using var command = Command(connection, sql, args);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public static IEnumerable<T> Query<T>(DbConnection connection, string sql, Func<DbDataReader, T> map, params object?[] args)
    {
        using var command = Command(connection, sql, args);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return map(reader);
        }
    }

    public static double? NullableDouble(this DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);

    public static string? NullableString(this DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static DateOnly Date(this DbDataReader r, int i) => r.GetFieldValue<DateOnly>(i);

    public static DateOnly? NullableDate(this DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);
}
