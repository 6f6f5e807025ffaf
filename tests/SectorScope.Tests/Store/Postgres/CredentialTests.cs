using SectorScope.Tests.Hardening;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Store.Postgres;

/// <summary>
/// The password reaches the server and nothing else: the command line given it in PGPASSWORD, loading and reporting
/// and failing in every way at hand, never prints it nor writes it into a report, a manifest or a log.
/// </summary>
[Trait("Category", "Slow")]
public sealed class CredentialTests : IDisposable
{
    private readonly string _data = Repository.CopyToTemp(Repository.DemoWorkspace);
    private readonly string _analyst = SharedStore.AnalystCopy(Repository.DemoWorkspace);

    [PostgresFact]
    public void No_output_log_or_error_holds_the_password()
    {
        var server = PostgresServer.Instance;
        var database = server.NewDatabase().Database;
        var url = server.Url(database, withPassFile: false);
        var withPassword = new Dictionary<string, string> { ["PGPASSWORD"] = PostgresServer.Password };
        var wrongPassword = new Dictionary<string, string> { ["PGPASSWORD"] = PostgresServer.Password + "-wrong" };
        var runs = new List<CliRun>
        {
            CliProcess.Run(withPassword, "ingest", "--store", url, "--market-data", _data),
            CliProcess.Run(withPassword, "report", "-w", _analyst, "--store", url, "--format", "md,json", "--no-history", "--force", "--out", _analyst + "-out"),
            CliProcess.Run(withPassword, "check", "-w", _analyst, "--store", url, "--force"),
        };
        Assert.All(runs.Take(2), r => Assert.Equal(0, r.ExitCode));
        Assert.True(File.Exists(Path.Combine(_analyst + "-out", "report.json")));

        var failures = new[]
        {
            CliProcess.Run(wrongPassword, "ingest", "--store", url, "--market-data", _data),
            CliProcess.Run(new Dictionary<string, string>(), "report", "-w", _analyst, "--store", url, "--out", _analyst + "-nopw"),
            CliProcess.Run(withPassword, "report", "-w", _analyst, "--store", server.Url("no_such_database", withPassFile: false), "--out", _analyst + "-nodb"),
            CliProcess.Run(withPassword, "report", "-w", _analyst, "--store", $"postgresql://127.0.0.1:1/{database}?user=postgres", "--out", _analyst + "-noserver"),
            CliProcess.Run(withPassword, "ingest", "--store", $"postgresql://postgres:{PostgresServer.Password}@127.0.0.1:{server.Port}/{database}", "--market-data", _data),
            CliProcess.Run(withPassword, "report", "-w", _analyst, "--store", $"{url}&password={PostgresServer.Password}"),
        };
        Assert.Equal([3, 3, 3, 3, 2, 2], failures.Select(f => f.ExitCode));
        Assert.Contains("password authentication failed", failures[0].Stderr, StringComparison.Ordinal);
        Assert.Contains("地址中不能写密码", failures[4].Stderr, StringComparison.Ordinal);

        // A password written into sectorscope.yaml is refused with its line, and not repeated either.
        File.AppendAllText(Path.Combine(_analyst, "sectorscope.yaml"), $"store: postgresql://postgres:{PostgresServer.Password}@127.0.0.1/{database}\n");
        var inFile = CliProcess.Run(withPassword, "check", "-w", _analyst);
        Assert.Equal(1, inFile.ExitCode);
        Assert.Contains("sectorscope.yaml:", inFile.Stderr, StringComparison.Ordinal);

        foreach (var run in runs.Concat(failures).Append(inFile))
        {
            Assert.DoesNotContain(PostgresServer.Password, run.Stdout + run.Stderr, StringComparison.Ordinal);
            Assert.False(run.ShowsStackTrace, run.Stderr);
        }

        var written = new[] { _analyst + "-out", Path.Combine(_analyst, ".sectorscope"), Path.Combine(Path.GetTempPath(), "sectorscope-logs") }
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories))
            .Where(f => !f.EndsWith(".duckdb", StringComparison.Ordinal) && !f.EndsWith(".png", StringComparison.Ordinal))
            .ToArray();
        Assert.Contains(written, f => f.EndsWith("manifest.json", StringComparison.Ordinal));
        Assert.All(written, f => Assert.DoesNotContain(PostgresServer.Password, File.ReadAllText(f), StringComparison.Ordinal));
    }

    [Fact]
    public void An_address_with_a_password_is_refused_without_repeating_it()
    {
        foreach (var url in new[] { "postgresql://u:secret-x@h/db", "postgres://u:secret-x@h:5432/db", "postgresql://h/db?password=secret-x", "postgresql://h/db?sslpassword=secret-x" })
        {
            Assert.Null(StoreAddress.Parse(url, out var problem));
            Assert.DoesNotContain("secret-x", problem, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("postgresql://db.example:6432/market?sslmode=require&user=loader", "db.example", 6432, "market", "loader", "postgresql://db.example:6432/market")]
    [InlineData("postgres://reader@[::1]/m", "::1", null, "m", "reader", "postgresql://::1/m")]
    [InlineData("postgresql:///m?host=/run/postgresql&port=5433", "/run/postgresql", 5433, "m", null, "postgresql://:5433/m")]
    [InlineData("postgresql://h/caf%C3%A9", "h", null, "café", null, "postgresql://h/café")]
    public void Addresses_parse_as_libpq_reads_them_and_print_without_the_user(string url, string host, int? port, string database, string? user, string shown)
    {
        var address = StoreAddress.Parse(url, out var problem);
        Assert.Null(problem);
        Assert.Equal((host, port, database, user), (address!.Host, address.Port, address.Database, address.User));
        Assert.Equal(shown, address.ToString());
    }

    [Theory]
    [InlineData("mysql://h/db")]
    [InlineData("postgresql://h")]
    [InlineData("postgresql://h:0/db")]
    [InlineData("postgresql://h:99999/db")]
    [InlineData("postgresql://h/db?search_path=x")]
    [InlineData("postgresql://h/a/b")]
    public void Other_addresses_are_refused_with_a_reason(string url)
    {
        Assert.Null(StoreAddress.Parse(url, out var problem));
        Assert.False(string.IsNullOrEmpty(problem));
    }

    public void Dispose()
    {
        foreach (var folder in new[] { _data }.Concat(Directory.EnumerateDirectories(Path.GetDirectoryName(_analyst)!, Path.GetFileName(_analyst) + "*")))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
