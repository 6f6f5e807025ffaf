using SectorScope.Tests.Support;

namespace SectorScope.Tests.RealData;

/// <summary>
/// Reports of the samples made from real price histories. Their returns, excess returns and ranks equal what pandas
/// computes from the same files, independently of SectorScope. Regenerate the expected values with:
/// <c>/usr/bin/python3 tests/SectorScope.Tests/RealData/make_expected.py</c>. Nothing of the demo reaches them.
/// </summary>
[Collection(RealDataCollection.Name)]
[Trait("Category", "Slow")]
public sealed class RealDataTests(RealDataReports reports)
{
    public static TheoryData<string> Names() => [.. RealDataReports.Workspaces.Keys];

    private static IReadOnlyList<Dictionary<string, string>> Expected(string workspace, string file) =>
        ExpectedCsv.Read(Repository.TestData("RealData", "expected", workspace, file));

    [Theory]
    [MemberData(nameof(Names))]
    public void Returns_excess_and_ranks_in_report_json_equal_pandas(string workspace)
    {
        var report = reports.Of(workspace);
        ExpectedCsv.AssertMatches(Expected(workspace, "stock_returns.csv"), report.DataTable("stock_returns"), ["code"], $"{workspace} stock_returns");
        ExpectedCsv.AssertMatches(Expected(workspace, "index_returns.csv"), report.DataTable("index_returns"), ["code", "period"], $"{workspace} index_returns");
        Assert.Empty(report.DataTable("excluded"));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void No_output_names_a_company_of_the_demo_or_its_sector(string workspace)
    {
        var demo = ExpectedCsv.Read(Path.Combine(Repository.DemoWorkspace, "securities.csv"));
        var words = demo.SelectMany(r => new[] { r["name"], r["name_en"] }).Where(w => w.Length > 0).Append("互联网").Distinct(StringComparer.Ordinal).ToArray();
        var texts = reports.Of(workspace).Texts().ToArray();
        Assert.Contains(texts, t => t.File == "report.pdf");
        Assert.Contains(texts, t => t.File.StartsWith("report.docx!", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.File.StartsWith("tables.xlsx!", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.File.StartsWith("tables", StringComparison.Ordinal) && t.File.EndsWith(".csv", StringComparison.Ordinal));
        var found = from t in texts
                    from w in words
                    where Mentions(t.Text, w)
                    select $"{t.File}: {w}";
        Assert.Empty(found);
    }

    /// <summary>
    /// The methods note states a rule only for a part the report prints: the Swiss sample has no companies (no forecast
    /// table and no excess returns, so neither rule), the small-cap sample no industry data (no YoY rule); the Swiss sample's quarterly series keeps its rule.
    /// </summary>
    [Fact]
    public void The_methods_note_states_no_rule_for_a_part_left_out()
    {
        string Methods(string workspace)
        {
            var md = File.ReadAllText(Path.Combine(reports.Of(workspace).Output, "report.md"));
            return md[md.IndexOf("## 计算方法说明", StringComparison.Ordinal)..];
        }

        var swiss = Methods("swiss-healthcare-2008-08");
        Assert.DoesNotContain("预测市盈率", swiss, StringComparison.Ordinal);
        Assert.DoesNotContain("超额收益", swiss, StringComparison.Ordinal);
        Assert.Contains("环比 = 当季值", swiss, StringComparison.Ordinal);
        var smallCaps = Methods("us-smallcap-2001-12");
        Assert.DoesNotContain("同比", smallCaps, StringComparison.Ordinal);
    }

    /// <summary>The industrials sample gives no shares or market caps: its forecast table has no market-cap column of dashes.</summary>
    [Fact]
    public void A_forecast_table_without_market_caps_has_no_market_cap_column()
    {
        var md = File.ReadAllText(Path.Combine(reports.Of("us-industrials-2000-12").Output, "report.md"));
        var header = md.Split('\n').First(l => l.StartsWith("| 公司代码", StringComparison.Ordinal));
        Assert.DoesNotContain("总市值", header, StringComparison.Ordinal);
        Assert.Contains("| GE.US | 通用电气 | 优于大市 | 47.40 | 1.45 |", md, StringComparison.Ordinal);
    }

    /// <summary>A Chinese name anywhere; a Latin one as a whole word (so "Meta" is not found in "metadata").</summary>
    private static bool Mentions(string text, string word) =>
        word.All(char.IsAscii)
            ? System.Text.RegularExpressions.Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){System.Text.RegularExpressions.Regex.Escape(word)}(?![\p{{L}}\p{{N}}])")
            : text.Contains(word, StringComparison.Ordinal);
}
