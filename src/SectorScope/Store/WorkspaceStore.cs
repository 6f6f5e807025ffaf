using DuckDB.NET.Data;

namespace SectorScope.Store;

/// <summary>
/// The embedded DuckDB store of a workspace, <c>.sectorscope/store.duckdb</c>: a cache of the input
/// files that can always be rebuilt from them.
/// </summary>
public sealed partial class WorkspaceStore : IDisposable
{
    private readonly DuckDBConnection _connection;

    private WorkspaceStore(string path, DuckDBConnection connection)
    {
        FilePath = path;
        _connection = connection;
    }

    public string FilePath { get; }

    public static string PathFor(string workspace) => Path.Combine(workspace, ".sectorscope", "store.duckdb");

    /// <summary>
    /// Loads DuckDB (its native library, a few tens of milliseconds) on another core, for a run that will open a store once
    /// it has read the workspace: the two then overlap instead of following each other.
    /// </summary>
    public static void Preload() => _ = Task.Run(() =>
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
    });

    /// <summary>Opens the store if it exists and has the current schema; otherwise returns null.</summary>
    public static WorkspaceStore? OpenExisting(string workspace)
    {
        var path = PathFor(workspace);
        if (!File.Exists(path))
        {
            return null;
        }

        var connection = Connect(path);
        try
        {
            var version = Sql.Scalar(connection, "SELECT value FROM meta WHERE key = 'schema_version'") as string;
            if (version == StoreSchema.Version)
            {
                return new WorkspaceStore(path, connection);
            }
        }
        catch (DuckDBException)
        {
            // An unreadable or foreign file is a stale cache: the caller rebuilds it.
        }

        connection.Dispose();
        return null;
    }

    /// <summary>Creates an empty store with the current schema at <paramref name="path"/>.</summary>
    internal static WorkspaceStore Create(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var connection = Connect(path);
        foreach (var statement in StoreSchema.Statements)
        {
            Sql.Execute(connection, statement);
        }

        Sql.Execute(connection, "INSERT INTO meta VALUES ('schema_version', ?)", StoreSchema.Version);
        return new WorkspaceStore(path, connection);
    }

    private static DuckDBConnection Connect(string path)
    {
        var connection = new DuckDBConnection($"Data Source={path}");
        connection.Open();
        return connection;
    }

    internal DuckDBConnection Connection => _connection;

    public void Dispose() => _connection.Dispose();
}
