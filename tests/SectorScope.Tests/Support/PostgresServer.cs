using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using SectorScope.Workspace;

namespace SectorScope.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL cluster for the whole test run: initdb and pg_ctl from Debian's package in a temporary
/// folder, listening on a free port of 127.0.0.1 with its socket in that folder, password (SCRAM) authentication
/// over TCP. Run as root, the server runs as the package's <c>postgres</c> user (initdb refuses root). Stopped with
/// <c>pg_ctl -m immediate stop</c> and removed when the test process ends. Each test takes a database of its own.
/// </summary>
public sealed class PostgresServer
{
    /// <summary>Set (to 1) where PostgreSQL must be tested (CI): then missing binaries fail the tests instead of skipping them.</summary>
    public const string RequireVariable = "SECTORSCOPE_REQUIRE_POSTGRES";

    /// <summary>The superuser's password: tests look for it in every output.</summary>
    public const string Password = "pw-Sect0rScope-7f3a9c";

    public const string User = "postgres";

    private static readonly Lazy<PostgresServer> Shared = new(() => new PostgresServer(), LazyThreadSafetyMode.ExecutionAndPublication);
    private static int _databases;

    private readonly string _folder;
    private readonly string _bin;

    private PostgresServer()
    {
        _bin = Binaries ?? throw new InvalidOperationException("no PostgreSQL binaries (install Debian's postgresql package)");
        RemoveDebris(_bin);
        _folder = Path.Combine(Path.GetTempPath(), $"sectorscope-pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40]);
        Directory.CreateDirectory(_folder);
        var passwordFile = Path.Combine(_folder, "initdb-password");
        File.WriteAllText(passwordFile, Password + "\n");
        if (AsRoot)
        {
            Run("chown", "-R", "postgres:postgres", _folder);
        }

        Port = FreePort();
        RunServerTool("initdb", "-D", DataFolder, "-U", User, "--pwfile", passwordFile, "-E", "UTF8", "--locale=C.UTF-8",
            "--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync");
        File.Delete(passwordFile);
        RunServerTool("pg_ctl", "-D", DataFolder, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60", "start", "-o",
            $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60 -c wal_level=minimal -c max_wal_senders=0 -c max_wal_size=64MB");
        // A password file the tests' own connections use, so that the test process's environment holds no password.
        PassFile = Path.Combine(_folder, "pgpass");
        File.WriteAllText(PassFile, $"127.0.0.1:{Port}:*:{User}:{Password}\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(PassFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
    }

    /// <summary>The folder of initdb and pg_ctl, or null when PostgreSQL is not installed.</summary>
    public static string? Binaries { get; } = FindBinaries();

    /// <summary>Why PostgreSQL tests are skipped here, or null when they run (or must run and fail).</summary>
    public static string? SkipReason =>
        Binaries is not null || Environment.GetEnvironmentVariable(RequireVariable) == "1"
            ? null
            : "PostgreSQL is not installed (no initdb/pg_ctl under /usr/lib/postgresql/*/bin): install Debian's postgresql package to run these tests";

    public static PostgresServer Instance => Shared.Value;

    public int Port { get; }

    /// <summary>A libpq password file for 127.0.0.1:<see cref="Port"/> (passed to the store with <c>?passfile=</c>).</summary>
    public string PassFile { get; }

    public string SocketFolder => _folder;

    private string DataFolder => Path.Combine(_folder, "data");

    private static bool AsRoot => Environment.UserName == "root";

    /// <summary>A new empty database; its address as a workspace names it (user and password file as query parameters).</summary>
    public StoreAddress NewDatabase(string? owner = null)
    {
        var name = $"t{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}"[..20];
        Psql("postgres", $"CREATE DATABASE {name}{(owner is null ? "" : $" OWNER {owner}")}");
        return Address(name);
    }

    public StoreAddress Address(string database, string user = User) =>
        StoreAddress.Parse(Url(database, user), out var problem) ?? throw new InvalidOperationException(problem);

    public string Url(string database, string user = User, bool withPassFile = true) =>
        $"postgresql://127.0.0.1:{Port}/{database}?user={user}{(withPassFile ? $"&passfile={Uri.EscapeDataString(PassFile)}" : "")}";

    /// <summary>Runs SQL as the superuser over the socket (trusted locally); returns what psql printed (unaligned, tuples only).</summary>
    public string Psql(string database, string sql) =>
        Run(Path.Combine(_bin, "psql"), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", _folder, "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-U", User, "-d", database, "-c", sql);

    private void Stop()
    {
        try
        {
            RunServerTool("pg_ctl", "-D", DataFolder, "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private string RunServerTool(string tool, params string[] args) => RunBinary(_bin, tool, args);

    private static string RunBinary(string bin, string tool, params string[] args) =>
        AsRoot ? Run("runuser", ["-u", "postgres", "--", Path.Combine(bin, tool), .. args]) : Run(Path.Combine(bin, tool), args);

    /// <summary>
    /// Clusters of test runs that were killed before they could stop theirs (a folder named for a process that is
    /// gone): their server is stopped and their folder, hundreds of MB of data and WAL, removed.
    /// </summary>
    private static void RemoveDebris(string bin)
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), "sectorscope-pg-*"))
        {
            var parts = Path.GetFileName(folder).Split('-');
            if (parts.Length < 4 || !int.TryParse(parts[2], out var pid) || Alive(pid))
            {
                continue;
            }

            try
            {
                if (File.Exists(Path.Combine(folder, "data", "postmaster.pid")))
                {
                    RunBinary(bin, "pg_ctl", "-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "stop");
                }
            }
            catch (InvalidOperationException)
            {
                // Not running.
            }

            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another run removes it.
            }
        }
    }

    private static bool Alive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string Run(string executable, params string[] args)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = "/" };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment.Remove("PGPASSWORD");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{executable} {string.Join(' ', args)} exited with {process.ExitCode}: {stderr.Result}");
        }

        return stdout.Result;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? FindBinaries()
    {
        var root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.EnumerateDirectories(root)
            .Select(d => Path.Combine(d, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
            .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0)
            .FirstOrDefault();
    }
}

/// <summary>A fact that needs the real PostgreSQL server: skipped, saying why, only where none is installed and none is required.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = PostgresServer.SkipReason;
}

/// <summary>A theory that needs the real PostgreSQL server (see <see cref="PostgresFactAttribute"/>).</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute() => Skip = PostgresServer.SkipReason;
}
