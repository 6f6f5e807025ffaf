using SectorScope.Reporting.FactCheck;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Reporting.FactCheck;

[Collection(DemoModelCollection.Name)]
public sealed class FactCheckTests(DemoModelFixture demo)
{
    private const string Wrong = """
        金山软件本月单月涨幅为17.7%。
        港股方面，金山软件、网易、金蝶国际单月涨幅为16.7%、9.5%、7.7%，跑赢恒生科技指数20.0pct、12.3pct、10.0pct。
        金山软件跑赢恒生科技指数20.0%。
        金山软件单月涨幅为16.7pct。
        微博跑赢纳斯达克综合指数-0.1pct。
        腾讯2024E PE为14x。
        恒生科技指数PE-TTM为20.59x，处于成立以来9.85%分位点。
        恒生科技指数单月上涨3.2%。
        美团回落至25年经调整利润21X。
        """;

    private const string Right = """
        金山软件本月单月涨幅为16.7%。
        港股方面，金山软件、网易、金蝶国际单月涨幅为16.7%、9.1%、7.7%，跑赢恒生科技指数20.0pct、12.3pct、11.0pct。
        金山软件跑赢恒生科技指数20.0pct。
        金山软件单月涨幅为16.7%。
        微博跑输纳斯达克综合指数0.1pct。
        腾讯2024E PE为15x。
        恒生科技指数PE-TTM为20.59x，处于成立以来8.85%分位点。
        恒生科技指数单月下跌3.2%。
        美团回落至24年经调整利润21X。
        """;

    [Fact]
    public void Wrong_numbers_in_every_form_are_caught_with_stated_and_computed_values()
    {
        var errors = demo.Check(Wrong).Where(f => f.IsError).Select(f => (f.Location, f.Verdict, f.Subject, f.Stated, f.Computed)).ToArray();
        Assert.Equal(
        [
            ("narrative/test.md:1", FactVerdict.Mismatch, "金山软件（3888.HK）", "17.7%", "16.7%"),
            ("narrative/test.md:2", FactVerdict.Mismatch, "网易-S（9999.HK）", "9.5%", "9.1%"),
            ("narrative/test.md:2", FactVerdict.Mismatch, "金蝶国际（0268.HK）", "10.0pct", "11.0pct"),
            ("narrative/test.md:3", FactVerdict.Wording, "金山软件（3888.HK）", "20.0pct", "20.0pct"),
            ("narrative/test.md:4", FactVerdict.Wording, "金山软件（3888.HK）", "16.7%", "16.7%"),
            ("narrative/test.md:5", FactVerdict.Wording, "微博（WB.US）", "-0.1pct", "-0.1pct"),
            ("narrative/test.md:6", FactVerdict.Mismatch, "腾讯控股（0700.HK）", "14x", "15x"),
            ("narrative/test.md:7", FactVerdict.Mismatch, "恒生科技指数（HSTECH）", "9.85%", "8.85%"),
            ("narrative/test.md:8", FactVerdict.Mismatch, "恒生科技指数（HSTECH）", "3.2%", "-3.2%"),
            ("narrative/test.md:9", FactVerdict.Mismatch, "美团-W（3690.HK）", "21x", "18x"),
        ], errors);
    }

    [Fact]
    public void The_same_text_with_correct_numbers_passes_every_claim()
    {
        var findings = demo.Check(Right);
        Assert.Equal(15, findings.Count);
        Assert.All(findings, f => Assert.Equal(FactVerdict.Agrees, f.Verdict));
    }

    [Fact]
    public void A_negative_number_after_跑赢_is_a_wording_error_even_when_the_size_matches()
    {
        var finding = Assert.Single(demo.Check("微博跑赢纳斯达克综合指数-0.1pct。"));
        Assert.Equal(FactVerdict.Wording, finding.Verdict);
        Assert.Contains("跑输纳斯达克综合指数0.1pct", finding.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_counts_and_figure_numbers_are_not_claims()
    {
        var findings = demo.Check("""
            11月20日，国家新闻出版署公布11月游戏版号，共112 款国产网络游戏、7款进口网络游戏获批（见图3、表1，第5页）。
            截至2024年12月2日，《人工智能周报（24年第43周）》已发布；腾讯出售了65.50万股，共计3890亿参数。
            """);
        Assert.Empty(findings);
    }

    [Fact]
    public void Numbers_placeholders_produced_are_trusted_not_checked()
    {
        Assert.Empty(demo.Check("金山软件单月涨幅为{{ ret 3888.HK }}，{{ excess 3888.HK }}，恒生科技指数PE-TTM为{{ pe_ttm HSTECH }}。"));
    }

    [Fact]
    public void A_number_it_cannot_attribute_is_listed_as_unchecked_never_passed()
    {
        var findings = demo.Check("转化率提升了20%。某公司单月涨幅为5.0%。期间均值为29.93x。");
        Assert.Equal(3, findings.Count);
        Assert.All(findings, f => Assert.Equal(FactVerdict.Unchecked, f.Verdict));
        Assert.All(findings, f => Assert.Null(f.Computed));
    }

    [Fact]
    public void Paragraphs_in_the_model_reports_style_pass_except_the_negative_跑赢()
    {
        var findings = demo.Check("""
            11月恒生科技指数单月下跌3.2%，纳斯达克互联网指数同期录得上涨，单月涨幅为9.2%。
            港股方面，本月涨幅前三的个股依次为金山软件、网易、金蝶国际，单月涨幅为16.7%、9.1%、7.7%，
            跑赢恒生科技指数20.0pct、12.3pct、11.0pct。美股方面，SEA、亚马逊、微博位列涨幅前三，
            单月涨幅为21.0%、11.5%、6.1%，跑赢纳斯达克指数14.8pct、5.3pct、-0.1pct。

            恒生科技指数估值继续回落：截至2024年12月2日，恒生科技指数PE-TTM为20.59x，
            仅处于恒生科技指数成立以来8.85%分位点。

            板块经历调整后，腾讯回落至24年经调整利润16X，美团回落至24年经调整利润21X，
            阿里回落至24年经调整利润10X，龙头估值重回胜率较高的区间。
            """);
        Assert.Equal(19, findings.Count);
        Assert.DoesNotContain(findings, f => f.Verdict == FactVerdict.Unchecked);
        var error = Assert.Single(findings, f => f.IsError);
        Assert.Equal(("narrative/test.md:4", FactVerdict.Wording, "微博（WB.US）", "-0.1pct"), (error.Location, error.Verdict, error.Subject, error.Stated));
    }

    [Fact]
    public void A_list_of_numbers_pairs_only_with_a_list_of_as_many_names()
    {
        var findings = demo.Check("金山软件、网易、金蝶国际单月涨幅为16.7%、9.1%。");
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(FactVerdict.Unchecked, f.Verdict));
        Assert.Equal("2 numbers but a list of 3 names before them", findings[0].Note);
    }

    [Fact]
    public void A_return_in_a_sentence_about_another_month_is_checked_against_that_month()
    {
        var finding = Assert.Single(demo.Check("10月金山软件单月涨幅为3.0%。"));
        Assert.Equal((FactVerdict.Mismatch, "2024-10涨跌幅", "3.0%", "10.4%"), (finding.Verdict, finding.Metric, finding.Stated, finding.Computed));
    }

    [Fact]
    public void Names_resolve_by_chinese_name_english_name_alias_and_code()
    {
        var findings = demo.Check("Kingsoft单月涨幅为16.7%。3888.HK单月涨幅为16.7%。NetEase单月涨幅为9.1%。Tencent回落至2024年经调整利润16倍。");
        Assert.Equal(["3888.HK", "3888.HK", "9999.HK", "0700.HK"], findings.Select(f => f.Subject![(f.Subject!.IndexOf('（') + 1)..^1]));
        Assert.All(findings, f => Assert.Equal(FactVerdict.Agrees, f.Verdict));
    }

    [Fact]
    public void The_demo_narrative_passes_its_check()
    {
        var check = demo.Model.FactCheck!;
        Assert.Equal(0, check.Errors);
        Assert.Equal(0, check.Unchecked);
        Assert.True(check.Agreed >= 11, $"{check.Agreed} claims agreed");
        Assert.Contains(check.Findings, f => f.Subject == "腾讯控股（0700.HK）" && f.Metric == "2024年经调整利润倍数" && f.Stated == "16x");
    }
}
