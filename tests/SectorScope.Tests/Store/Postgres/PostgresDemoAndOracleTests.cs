using System.Reflection;
using SectorScope.Tests.Analytics;
using SectorScope.Tests.Demo;
using SectorScope.Tests.Support;
using SectorScope.Workspace;
using Xunit.Sdk;

namespace SectorScope.Tests.Store.Postgres;

/// <summary>
/// The demo's pinned figures, its reviewed snapshots and the determinism test, run unchanged against the demo
/// reading its market data from the shared PostgreSQL store: every fact and every data row of
/// <see cref="PinnedFiguresTests"/> and <see cref="GoldenAndDeterminismTests"/> (whose determinism test compares this
/// report, file by file, with a fresh run from the workspace's own DuckDB store).
/// </summary>
[Trait("Category", "Slow")]
public sealed class PostgresDemoTests(PostgresDemoTests.Report report) : IClassFixture<PostgresDemoTests.Report>
{
    [PostgresFact]
    public void Every_pinned_figure_holds_from_postgresql() => RunAll(typeof(PinnedFiguresTests), report.Demo);

    [PostgresFact]
    public void Snapshots_and_identical_bytes_hold_from_postgresql() => RunAll(typeof(GoldenAndDeterminismTests), report.Demo);

    /// <summary>Runs every test of <paramref name="tests"/> (each data row of a theory) on <paramref name="demo"/>; fails listing each failure.</summary>
    private static void RunAll(Type tests, DemoReportFixture demo)
    {
        var instance = Activator.CreateInstance(tests, demo)!;
        var failures = new List<string>();
        int ran = 0;
        foreach (var method in tests.GetMethods().Where(m => m.GetCustomAttribute<FactAttribute>() is not null))
        {
            var rows = method.GetParameters().Length == 0
                ? [[]]
                : method.GetCustomAttributes<DataAttribute>().SelectMany(d => d.GetData(method)).ToArray();
            Assert.NotEmpty(rows);
            foreach (var row in rows)
            {
                ran++;
                try
                {
                    method.Invoke(instance, row);
                }
                catch (TargetInvocationException e)
                {
                    failures.Add($"{method.Name}({string.Join(", ", row)}): {e.InnerException?.Message}");
                }
            }
        }

        Assert.True(ran > 3, $"only {ran} tests found in {tests.Name}");
        Assert.Empty(failures);
    }

    /// <summary>The demo reported from the shared store, once for the class.</summary>
    public sealed class Report : IDisposable
    {
        private readonly Lazy<DemoReportFixture> _demo = new(() => DemoReportFixture.ReadingSharedStore(SharedStore.Loaded));

        public DemoReportFixture Demo => _demo.Value;

        public void Dispose()
        {
            if (_demo.IsValueCreated)
            {
                _demo.Value.Dispose();
            }
        }
    }
}

/// <summary>The pandas oracle's values, computed from the oracle workspace reading its market data from PostgreSQL.</summary>
public sealed class PostgresPandasOracleTests(PostgresPandasOracleTests.Fixture fixture) : IClassFixture<PostgresPandasOracleTests.Fixture>
{
    [PostgresTheory]
    [MemberData(nameof(PandasOracleTests.Months), MemberType = typeof(PandasOracleTests))]
    public void Stock_and_index_returns_excess_and_rank_match_pandas(string month) => PandasOracleTests.StockAndIndexReturns(fixture, month);

    [PostgresTheory]
    [InlineData("inc", "2022-07-05")]
    [InlineData("rank", "2022-07-05")]
    [InlineData("strict", "2022-07-05")]
    [InlineData("inc", "2021-12-31")]
    [InlineData("rank", "2021-12-31")]
    [InlineData("strict", "2021-12-31")]
    public void Valuation_percentile_matches_pandas(string method, string asOf) => PandasOracleTests.ValuationPercentile(fixture, method, asOf);

    [PostgresFact]
    public void Forecast_table_close_market_cap_and_forward_pe_match_pandas() => PandasOracleTests.ForecastTable(fixture);

    [PostgresFact]
    public void Series_yoy_and_mom_match_pandas() => PandasOracleTests.SeriesChanges(fixture);

    /// <summary>The oracle workspace without its market files, which are loaded into a database of its own.</summary>
    public sealed class Fixture : PandasOracleTests.Fixture
    {
        private readonly Lazy<StoreAddress> _store;

        public Fixture() => _store = new(() =>
        {
            var address = SharedStore.Loaded(Root);
            foreach (var name in SharedStore.MarketFiles.Select(n => Path.Combine(Root, n)))
            {
                if (Directory.Exists(name))
                {
                    Directory.Delete(name, recursive: true);
                }

                File.Delete(name);
            }

            return address;
        });

        protected override StoreAddress? Store => _store.Value;
    }
}
