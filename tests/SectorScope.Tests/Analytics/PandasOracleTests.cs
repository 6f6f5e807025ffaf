using SectorScope.Pipeline;
using SectorScope.Reporting.Model;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Analytics;

/// <summary>
/// The analytics against values computed independently by pandas on a generated, untuned fixture.
/// Regenerate with: /usr/bin/python3 tests/SectorScope.Tests/Oracle/make_oracle.py
/// </summary>
public sealed class PandasOracleTests : IClassFixture<PandasOracleTests.Fixture>
{
    private readonly Fixture _fixture;

    public PandasOracleTests(Fixture fixture) => _fixture = fixture;

    private static string Expected(string name) => Repository.TestData("Oracle", "expected", name);

    public static TheoryData<string> Months()
    {
        var data = new TheoryData<string>();
        for (var p = new ReportPeriod(2021, 2); p <= new ReportPeriod(2022, 12); p = p.Next)
        {
            data.Add(p.ToString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Months))]
    public void Stock_and_index_returns_excess_and_rank_match_pandas(string month) => StockAndIndexReturns(_fixture, month);

    internal static void StockAndIndexReturns(Fixture fixture, string month)
    {
        ReportPeriod.TryParse(month, out var period);
        var model = fixture.Model(period, period.End);
        ExpectedCsv.AssertMatches(ExpectedCsv.Read(Expected($"stock_returns_{month}.csv")), ExpectedCsv.Rows(Table(model, "stock_returns")), ["code"], $"stock_returns {month}");
        var indexRows = ExpectedCsv.Rows(Table(model, "index_returns")).Where(r => r["period"] == month).ToArray();
        ExpectedCsv.AssertMatches(ExpectedCsv.Read(Expected($"index_returns_{month}.csv")), indexRows, ["code"], $"index_returns {month}");
        var excluded = ExpectedCsv.Rows(Table(model, "excluded")).Select(r => new Dictionary<string, string> { ["code"] = r["code"], ["reason"] = r["reason"] }).ToArray();
        ExpectedCsv.AssertMatches(ExpectedCsv.Read(Expected($"excluded_{month}.csv")), excluded, ["code"], $"excluded {month}");
    }

    [Theory]
    [InlineData("inc", "2022-07-05")]
    [InlineData("rank", "2022-07-05")]
    [InlineData("strict", "2022-07-05")]
    [InlineData("inc", "2021-12-31")]
    [InlineData("rank", "2021-12-31")]
    [InlineData("strict", "2021-12-31")]
    public void Valuation_percentile_matches_pandas(string method, string asOf) => ValuationPercentile(_fixture, method, asOf);

    internal static void ValuationPercentile(Fixture fixture, string method, string asOf)
    {
        var date = DateOnly.ParseExact(asOf, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var model = fixture.Model(ReportPeriod.Of(date.AddDays(-5)), date, method);
        var expected = ExpectedCsv.Read(Expected($"valuation_{method}.csv")).Where(r => r["as_of"] == asOf).ToArray();
        ExpectedCsv.AssertMatches(expected, ExpectedCsv.Rows(Table(model, "valuation")), ["code"], $"valuation {method} {asOf}");
    }

    [Fact]
    public void Forecast_table_close_market_cap_and_forward_pe_match_pandas() => ForecastTable(_fixture);

    internal static void ForecastTable(Fixture fixture)
    {
        var model = fixture.Model(new ReportPeriod(2022, 6), new DateOnly(2022, 7, 5));
        ExpectedCsv.AssertMatches(ExpectedCsv.Read(Expected("coverage.csv")), ExpectedCsv.Rows(Table(model, "coverage")), ["code"], "coverage");
        var multiples = ExpectedCsv.Rows(Table(model, "adjusted_profit_multiples"))
            .Select(r => new Dictionary<string, string> { ["code"] = r["code"], ["year"] = r["year"], ["multiple"] = r["multiple"] }).ToArray();
        var expected = ExpectedCsv.Read(Expected("adj_multiple.csv")).Where(r => r["multiple"].Length > 0).ToArray();
        ExpectedCsv.AssertMatches(expected, multiples, ["code", "year"], "adjusted profit multiple");
    }

    [Fact]
    public void Series_yoy_and_mom_match_pandas() => SeriesChanges(_fixture);

    internal static void SeriesChanges(Fixture fixture)
    {
        var model = fixture.Model(new ReportPeriod(2022, 12), new DateOnly(2022, 12, 30));
        ExpectedCsv.AssertMatches(ExpectedCsv.Read(Expected("series.csv")), ExpectedCsv.Rows(Table(model, "series")), ["series", "date"], "series");
    }

    private static DataTable Table(ReportModel model, string name) => model.DataTables.Single(t => t.Name == name);

    /// <summary>One ingested copy of the fixture workspace for the whole class.</summary>
    public class Fixture : IDisposable
    {
        /// <summary>The workspace copy the reports are computed from.</summary>
        protected string Root { get; } = Repository.CopyToTemp(Repository.TestData("Oracle", "workspace"));

        /// <summary>The shared store the market data are read from; null reads the workspace's own DuckDB store.</summary>
        protected virtual global::SectorScope.Workspace.StoreAddress? Store => null;
        private readonly Lock _gate = new();

        public ReportModel Model(ReportPeriod period, DateOnly asOf, string method = "inc")
        {
            lock (_gate)
            {
                var yaml = Path.Combine(Root, "sectorscope.yaml");
                File.WriteAllText(yaml, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(yaml), "percentile_method: \\w+", $"percentile_method: {method}"));
                return ReportPipeline.BuildModel(Root, period, asOf, store: Store).Value.Model;
            }
        }

        public void Dispose()
        {
            Directory.Delete(Root, recursive: true);
            GC.SuppressFinalize(this);
        }
    }
}
