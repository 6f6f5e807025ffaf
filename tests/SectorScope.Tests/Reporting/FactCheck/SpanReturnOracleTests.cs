using System.Globalization;
using SectorScope.Analytics;
using SectorScope.Pipeline;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Reporting.FactCheck;

/// <summary>
/// Returns, excess and ranks over spans of months (年初至今, 近一年, quarters, runs of months) against pandas on the
/// seeded oracle workspace (new listing, suspension, delisting and a month-end holiday included).
/// Regenerate with: /usr/bin/python3 tests/SectorScope.Tests/Reporting/FactCheck/Oracle/span_returns.py
/// </summary>
public sealed class SpanReturnOracleTests
{
    [Theory]
    [InlineData("2022-06")]
    [InlineData("2022-12")]
    public void Span_returns_excess_and_ranks_match_pandas(string month)
    {
        ReportPeriod.TryParse(month, out var period);
        var root = Repository.CopyToTemp(Repository.TestData("Oracle", "workspace"));
        try
        {
            var facts = ReportPipeline.BuildChecked(root, period, period.End).Value.Checker.Facts;
            var rows = ExpectedCsv.Read(Path.Combine(Repository.TestData("Reporting", "FactCheck", "Oracle"), "span_returns.csv")).Where(r => r["period"] == month).ToArray();
            Assert.True(rows.Length > 100, $"{rows.Length} rows");
            foreach (var r in rows)
            {
                ReportPeriod.TryParse(r["first"], out var first);
                ReportPeriod.TryParse(r["last"], out var last);
                var span = new ReturnSpan(first, last);
                var what = $"{month} {r["span"]} {r["code"]}";
                AssertClose(r["return_pct"], facts.Return(r["code"], span), what + " return");
                if (facts.Universe.IsSecurity(r["code"]))
                {
                    AssertClose(r["excess_pct"], facts.Excess(r["code"], null, span), what + " excess");
                    Assert.True((r["rank"].Length == 0 ? null : (int?)int.Parse(r["rank"], CultureInfo.InvariantCulture)) == facts.Rank(r["code"], span), what + " rank");
                }
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void AssertClose(string expected, double? actual, string what)
    {
        if (expected.Length == 0)
        {
            Assert.True(actual is null, $"{what}: expected no value, got {actual}");
            return;
        }

        var e = double.Parse(expected, CultureInfo.InvariantCulture);
        Assert.True(actual is { } a && Math.Abs(a - e) <= 1e-9 * Math.Max(1, Math.Abs(e)), $"{what}: expected {e}, got {actual}");
    }
}
