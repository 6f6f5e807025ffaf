using SectorScope.Reporting.FactCheck;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Reporting.FactCheck;

/// <summary>
/// The English edition reads English claims: the core forms of returns, excess, multiples, percentiles, years,
/// periods and names, each right and wrong, against the demo's data (the values the Chinese tests use).
/// </summary>
[Collection(DemoModelCollection.Name)]
public sealed class EnglishFactCheckTests(DemoModelFixture demo)
{
    private const string Right = """
        Kingsoft rose 16.7% in November.
        Among Hong Kong stocks, Kingsoft, NetEase and Kingdee rose 16.7%, 9.1% and 7.7%, outperforming the Hang Seng TECH Index by 20.0 ppt, 12.3 ppt and 11.0 ppt.
        Kingsoft outperformed the Hang Seng TECH Index by 20.0 ppt.
        Weibo underperformed the Nasdaq Composite by 0.1 ppt.
        Tencent trades at 15x 2024E PE.
        The Hang Seng TECH Index's PE-TTM is 20.59x, at the 8.85th percentile since launch.
        The Hang Seng TECH Index fell 3.2% in November.
        Meituan trades at 21x its FY24 adjusted profit.
        3888.HK was up 16.7% this month.
        """;

    private const string Wrong = """
        Kingsoft rose 17.7% in November.
        Among Hong Kong stocks, Kingsoft, NetEase and Kingdee rose 16.7%, 9.5% and 7.7%, outperforming the Hang Seng TECH Index by 20.0 ppt, 12.3 ppt and 10.0 ppt.
        Kingsoft outperformed the Hang Seng TECH Index by 20.0%.
        Weibo outperformed the Nasdaq Composite by -0.1 ppt.
        Tencent trades at 14x 2024E PE.
        The Hang Seng TECH Index's PE-TTM is 20.59x, at the 9.85th percentile since launch.
        The Hang Seng TECH Index rose 3.2% in November.
        Meituan trades at 21x its FY25 adjusted profit.
        3888.HK was up 16.7pp this month.
        """;

    [Fact]
    public void The_core_forms_with_correct_numbers_all_agree()
    {
        var findings = demo.CheckEnglish(Right);
        Assert.All(findings, f => Assert.True(f.Verdict == FactVerdict.Agrees, f.ToString()));
        Assert.Equal(15, findings.Count);
    }

    [Fact]
    public void Wrong_numbers_in_every_form_are_caught_with_stated_and_computed_values()
    {
        var errors = demo.CheckEnglish(Wrong).Where(f => f.IsError).Select(f => (f.Location, f.Verdict, f.Subject, f.Stated, f.Computed)).ToArray();
        Assert.Equal(
        [
            ("narrative/en/test.md:1", FactVerdict.Mismatch, "Kingsoft (3888.HK)", "17.7%", "16.7%"),
            ("narrative/en/test.md:2", FactVerdict.Mismatch, "NetEase (9999.HK)", "9.5%", "9.1%"),
            ("narrative/en/test.md:2", FactVerdict.Mismatch, "Kingdee International Software (0268.HK)", "10.0 ppt", "11.0 ppt"),
            ("narrative/en/test.md:3", FactVerdict.Wording, "Kingsoft (3888.HK)", "20.0 ppt", "20.0 ppt"),
            ("narrative/en/test.md:4", FactVerdict.Wording, "Weibo (WB.US)", "-0.1 ppt", "-0.1 ppt"),
            ("narrative/en/test.md:5", FactVerdict.Mismatch, "Tencent Holdings (0700.HK)", "14x", "15x"),
            ("narrative/en/test.md:6", FactVerdict.Mismatch, "Hang Seng TECH Index (HSTECH)", "9.85%", "8.85%"),
            ("narrative/en/test.md:7", FactVerdict.Mismatch, "Hang Seng TECH Index (HSTECH)", "3.2%", "-3.2%"),
            ("narrative/en/test.md:8", FactVerdict.Mismatch, "Meituan (3690.HK)", "21x", "18x"),
            ("narrative/en/test.md:9", FactVerdict.Wording, "Kingsoft (3888.HK)", "16.7%", "16.7%"),
        ], errors);
    }

    [Theory]
    [InlineData("Kingsoft rose 16.7% year to date.", "2024-01 to 2024-11 return")]
    [InlineData("Kingsoft has risen 16.7% since the start of the year.", "2024-01 to 2024-11 return")]
    [InlineData("Kingsoft rose 16.7% in October.", "2024-10 return")]
    [InlineData("In October, Kingsoft rose 16.7%.", "2024-10 return")]
    [InlineData("Kingsoft rose 16.7% over the past 12 months.", "2023-12 to 2024-11 return")]
    [InlineData("Kingsoft rose 16.7% in the third quarter.", "2024-07 to 2024-09 return")]
    [InlineData("Kingsoft rose 16.7% from September to November.", "2024-09 to 2024-11 return")]
    [InlineData("Kingsoft rose 16.7% since September.", "2024-09 to 2024-11 return")]
    [InlineData("Kingsoft rose 16.7% in 2023.", "2023-01 to 2023-12 return")]
    public void A_period_written_before_or_after_the_number_is_the_period_checked(string text, string metric)
    {
        var f = Assert.Single(demo.CheckEnglish(text));
        Assert.Equal((metric, "Kingsoft (3888.HK)"), (f.Metric, f.Subject));
    }

    [Theory]
    [InlineData("Kingsoft's 16.7% gain in November led the sector.")]
    [InlineData("Kingsoft (3888.HK) climbed 16.7%.")]
    [InlineData("3888.HK gained 16.7% this month.")]
    [InlineData("Shares of Kingsoft added 16.7% during the month.")]
    [InlineData("Kingsoft beat the Hang Seng TECH Index by 20.0 percentage points.")]
    [InlineData("Kingsoft outperformed the Hang Seng Tech Index by 20.0 pp in November.")]
    [InlineData("Kingsoft posted an excess return of 20.0 ppt.")]
    [InlineData("Tencent trades at 15x FY2024 PE.")]
    [InlineData("On 2024E earnings, Tencent trades at 15x.")]
    [InlineData("Tencent's 2024E PE is 15x.")]
    [InlineData("The Hang Seng TECH Index sits at a percentile rank of only 8.85%.")]
    [InlineData("The Hang Seng TECH Index fell 3.2% in November, while Kingsoft rose 16.7%.")]
    [InlineData("Weibo lagged the Nasdaq Composite by 0.1 ppt.")]
    public void Paraphrases_of_one_fact_agree(string text)
    {
        var findings = demo.CheckEnglish(text);
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.True(f.Verdict == FactVerdict.Agrees, f.ToString()));
    }

    [Fact]
    public void The_english_demo_narrative_is_read_and_every_claim_agrees()
    {
        var findings = demo.EnglishModel.FactCheck!.Findings;
        Assert.All(findings, f => Assert.True(f.Verdict == FactVerdict.Agrees, f.ToString()));
        // market review 6 (returns and excess of three), valuation 2 (PE-TTM, percentile), recommendation 3 (adjusted multiples).
        Assert.Equal(11, findings.Count);
        Assert.All(findings, f => Assert.StartsWith("narrative/en/", f.Location, StringComparison.Ordinal));
        // The findings speak the edition's language: subjects, metrics and the printed line.
        Assert.DoesNotContain(findings, f => $"{f.Subject}{f.Metric}{f.Claim}".Any(c => c is >= '\u3000' and <= '\u9fff' or >= '\uff00' and <= '\uffef'));
        Assert.Equal("narrative/en/market-review.md:3  agrees  Kingsoft (3888.HK) 2024-11 return  stated 16.7%  computed 16.7%  “NetEase and Kingdee rose 16.7%”",
            SectorScope.Cli.FactCheckPrinter.Line(findings[0], SectorScope.Reporting.Wordings.FindingWords.En));
    }

    [Fact]
    public void A_chinese_finding_line_is_unchanged()
    {
        var finding = demo.Check("金山软件本月单月涨幅为16.7%。").Single();
        Assert.Equal("narrative/test.md:1  一致  金山软件（3888.HK） 2024-11涨跌幅  所写 16.7%  计算 16.7%  「金山软件本月单月涨幅为16.7%」",
            SectorScope.Cli.FactCheckPrinter.Line(finding, SectorScope.Reporting.Wordings.FindingWords.ZhCn));
    }
}
