using System.Globalization;
using System.Text;
using Npgsql;
using SectorScope.Pipeline;
using SectorScope.Store.Postgres;
using SectorScope.Tests.Hardening;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Store.Postgres;

/// <summary>
/// Many users at once on one shared store: loads wait for each other on the advisory lock, a report reads one
/// snapshot (the data before a load or after it, never a mix), a load killed with SIGKILL leaves the previous data,
/// and an analyst's read-only role can report but not load.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ConcurrentLoadTests : IDisposable
{
    private readonly string _before = Repository.CopyToTemp(Repository.DemoWorkspace);
    private readonly string _after;

    public ConcurrentLoadTests()
    {
        // The "after" folder changes every close of one file and adds a large file, so that a load takes long enough
        // to be caught half-way and a mix of the two would show in any query.
        _after = Repository.CopyToTemp(_before);
        var file = Path.Combine(_after, "prices", "HK-2024.csv");
        File.WriteAllLines(file, File.ReadAllLines(file).Select((l, i) => i == 0 ? l : Scaled(l)));
        var big = new StringBuilder("date,code,close\n");
        var codes = File.ReadAllLines(Path.Combine(_after, "securities.csv")).Skip(1).Select(l => l.Split(',')[0]).ToArray();
        for (var day = new DateOnly(1990, 1, 1); day < new DateOnly(2019, 12, 31); day = day.AddDays(1))
        {
            foreach (var code in codes)
            {
                big.Append(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd},{code},{1 + (day.DayNumber % 97) / 10.0}\n");
            }
        }

        File.WriteAllText(Path.Combine(_after, "prices", "old.csv"), big.ToString());
    }

    private static string Scaled(string line)
    {
        var f = line.Split(',');
        return $"{f[0]},{f[1]},{(double.Parse(f[2], CultureInfo.InvariantCulture) * 1.5).ToString("R", CultureInfo.InvariantCulture)}";
    }

    [PostgresFact]
    public void Two_loads_at_once_run_one_after_the_other_with_no_row_lost_or_doubled()
    {
        var address = PostgresServer.Instance.NewDatabase();
        var expectedBefore = SharedStore.Rows(SharedStore.Loaded(_before));
        var expectedAfter = SharedStore.Rows(SharedStore.Loaded(_after));

        // The test holds the load lock: both loads start and wait for it, then run one after the other.
        using var holder = new NpgsqlConnection(PostgresConnector.ConnectionString(address));
        holder.Open();
        using var tx = holder.BeginTransaction();
        Scalar(holder, $"SELECT pg_advisory_xact_lock({PostgresSchema.LoadLock})");
        var loads = new[] { _before, _after }.Select(f => Task.Run(() => SharedStore.Load(f, address).Value)).ToArray();
        WaitUntil(holder, "SELECT count(*) = 2 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted");
        Assert.All(loads, l => Assert.False(l.IsCompleted));
        tx.Commit();
        Task.WaitAll(loads);

        // Whichever ran second mirrored its folder exactly over the first's rows.
        var rows = SharedStore.Rows(address);
        Assert.True(rows.SequenceEqual(expectedBefore) || rows.SequenceEqual(expectedAfter), "the store holds a mix of the two loads");
        Assert.Equal(rows.Length, rows.Distinct(StringComparer.Ordinal).Count());
    }

    [PostgresFact]
    public void A_report_during_a_load_reads_the_data_before_it_and_a_killed_load_leaves_them()
    {
        var address = SharedStore.Loaded(_before);
        var before = SharedStore.Rows(address);
        var universe = WorkspaceReader.Open(_before).Value.Universe;
        var closesBefore = Closes(address, universe);

        // A load run as the command line runs it, killed with SIGKILL while it writes.
        using var load = CliProcess.Start(new Dictionary<string, string>(), "ingest", "--store", PostgresServer.Instance.Url(address.Database), "--market-data", _after);
        using (var watcher = new NpgsqlConnection(PostgresConnector.ConnectionString(address)))
        {
            watcher.Open();
            WaitUntil(watcher, "SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE application_name = 'sectorscope' AND state = 'active' AND query LIKE 'COPY prices %')", load);

            // Meanwhile a report's queries see the data as they were before the load.
            Assert.Equal(closesBefore, Closes(address, universe));
        }

        load.KillHard();
        Assert.NotEqual(0, load.Process.ExitCode);
        Assert.Equal(before, SharedStore.Rows(address));
        Assert.Equal(closesBefore, Closes(address, universe));

        // The same load run to its end: now the new closes, all of them.
        _ = SharedStore.Load(_after, address).Value;
        Assert.Equal(SharedStore.Rows(SharedStore.Loaded(_after)), SharedStore.Rows(address));
        Assert.NotEqual(closesBefore, Closes(address, universe));
    }

    [PostgresFact]
    public void A_report_running_while_a_load_commits_is_the_report_of_before_or_of_after()
    {
        var address = SharedStore.Loaded(_before);
        var analyst = SharedStore.AnalystCopy(_before);
        try
        {
            string Report(string name) => File.ReadAllText(Path.Combine(
                ReportPipeline.Run(analyst, null, null, analyst + name, OutputFormat.Json, recordHistory: false, gate: FactCheckGate.Force, store: address).Value.OutputFolder, "report.json"));
            var reportBefore = Report("-before");
            var loading = Task.Run(() => SharedStore.Load(_after, address).Value);
            var during = new List<string>();
            while (!loading.IsCompleted)
            {
                during.Add(Report($"-during{during.Count}"));
            }

            loading.Wait();
            var reportAfter = Report("-after");
            Assert.NotEqual(reportBefore, reportAfter);
            Assert.All(during, r => Assert.True(r == reportBefore || r == reportAfter, "a report read part of a load"));
        }
        finally
        {
            foreach (var folder in Directory.EnumerateDirectories(Path.GetDirectoryName(analyst)!, Path.GetFileName(analyst) + "*"))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [PostgresFact]
    public void An_analysts_read_only_role_reports_but_cannot_load()
    {
        var address = SharedStore.Loaded(_before);
        var role = "analyst_" + address.Database;
        PostgresServer.Instance.Psql(address.Database, $"CREATE ROLE {role} LOGIN PASSWORD '{PostgresServer.Password}'");
        foreach (var grant in PostgresSchema.ReadOnlyGrants(address.Database, role))
        {
            PostgresServer.Instance.Psql(address.Database, grant);
        }

        File.AppendAllText(PostgresServer.Instance.PassFile, $"127.0.0.1:{PostgresServer.Instance.Port}:*:{role}:{PostgresServer.Password}\n");
        var readOnly = PostgresServer.Instance.Address(address.Database, role);
        var universe = WorkspaceReader.Open(_before).Value.Universe;
        Assert.Equal(Closes(address, universe), Closes(readOnly, universe));

        var before = SharedStore.Rows(address);
        var refused = Assert.Throws<StoreUnavailableException>(() => SharedStore.Load(_after, readOnly));
        Assert.Contains("permission denied", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, SharedStore.Rows(address));
    }

    /// <summary>What a report reads of the prices: every instrument's month-end closes and its last close.</summary>
    private static string Closes(StoreAddress address, Universe universe)
    {
        using var store = PostgresMarketStore.Open(address, universe);
        var codes = universe.Securities.Select(s => s.Code).ToArray();
        var panel = store.MonthEnds(new ReportPeriod(2024, 1), new ReportPeriod(2024, 11));
        var text = new StringBuilder();
        foreach (var code in codes)
        {
            foreach (var month in Enumerable.Range(1, 11))
            {
                text.Append(CultureInfo.InvariantCulture, $"{code} {month} {panel.CloseOn(code, new ReportPeriod(2024, month).End)?.Close}\n");
            }
        }

        foreach (var (code, close) in store.LastCloses(codes, new DateOnly(2024, 12, 2)).OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"{code} {close.Date} {close.Close} {close.Source}\n");
        }

        return text.ToString();
    }

    private static object? Scalar(NpgsqlConnection db, string sql)
    {
        using var command = new NpgsqlCommand(sql, db);
        return command.ExecuteScalar();
    }

    /// <summary>Polls a condition on the server (not a timed assertion: it waits for a state, and fails if the load ended first).</summary>
    private static void WaitUntil(NpgsqlConnection db, string condition, RunningCli? process = null)
    {
        for (int i = 0; i < 6000; i++)
        {
            if (Scalar(db, condition) is true)
            {
                return;
            }

            Assert.False(process is not null && process.Process.HasExited, "the load finished before it could be observed");
            Thread.Sleep(10);
        }

        Assert.Fail($"never true: {condition}");
    }

    public void Dispose()
    {
        Directory.Delete(_before, recursive: true);
        Directory.Delete(_after, recursive: true);
    }
}
