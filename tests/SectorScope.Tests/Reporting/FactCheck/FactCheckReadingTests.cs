using SectorScope.Reporting.FactCheck;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Reporting.FactCheck;

/// <summary>
/// The fact-check on text as analysts write it: periods, scope across clauses, full-width forms, every unit,
/// names with codes and short names, names it does not know. Every sentence the fact-check once got wrong is here.
/// Demo values (2024-11): 金山软件 16.7% in November, 10.4% in October, 43.4% year to date; 恒生科技指数 −3.2%, −15.1% in October.
/// </summary>
[Collection(DemoModelCollection.Name)]
public sealed class FactCheckReadingTests(DemoModelFixture demo)
{
    private (FactVerdict Verdict, string? Subject, string? Metric, string Stated, string? Computed)[] Read(string text) =>
        [.. demo.Check(text).Select(f => (f.Verdict, f.Subject, f.Metric, f.Stated, f.Computed))];

    [Fact]
    public void A_named_month_is_checked_against_that_months_figures_not_the_report_months()
    {
        Assert.Equal(
        [
            (FactVerdict.Mismatch, "金山软件（3888.HK）", "2024-10超额收益（相对恒生科技指数）", "20.0pct", "25.4pct"),
            (FactVerdict.Agrees, "金山软件（3888.HK）", "2024-10超额收益（相对恒生科技指数）", "25.4pct", "25.4pct"),
            (FactVerdict.Agrees, "金山软件（3888.HK）", "2024-10涨跌幅", "10.4%", "10.4%"),
            (FactVerdict.Agrees, "恒生科技指数（HSTECH）", "2024-11涨跌幅", "-3.2%", "-3.2%"),
        ], Read("金山软件10月跑赢恒生科技指数20.0pct。2024年10月金山软件跑赢恒生科技指数25.4pct。10月，金山软件上涨10.4%；11月恒生科技指数下跌3.2%。"));
    }

    [Fact]
    public void Year_to_date_trailing_twelve_months_quarters_and_runs_of_months_are_computed_for_that_span()
    {
        var findings = demo.Check("""
            金山软件年初至今涨幅为16.7%。金山软件今年以来上涨43.4%。
            金山软件近一年涨幅为43.4%。金山软件三季度涨幅为43.4%。金山软件前三季度涨幅为43.4%。金山软件10-11月涨幅为43.4%。
            """);
        Assert.Equal(
            ["2024-01至2024-11涨跌幅", "2024-01至2024-11涨跌幅", "2023-12至2024-11涨跌幅", "2024-07至2024-09涨跌幅", "2024-01至2024-09涨跌幅", "2024-10至2024-11涨跌幅"],
            findings.Select(f => f.Metric));
        Assert.Equal((FactVerdict.Mismatch, "16.7%", "43.4%"), (findings[0].Verdict, findings[0].Stated, findings[0].Computed));
        Assert.Equal(FactVerdict.Agrees, findings[1].Verdict);
        Assert.All(findings.Skip(2), f => Assert.NotEqual(FactVerdict.Agrees, f.Verdict));
        Assert.All(findings, f => Assert.NotNull(f.Computed));
    }

    [Fact]
    public void A_period_the_data_cannot_mean_leaves_the_number_unchecked_never_compared_with_another_period()
    {
        var findings = demo.Check("金山软件四季度涨幅为16.7%。金山软件2024年涨幅为16.7%。金山软件2021年涨幅为16.7%。恒生科技指数10月PE-TTM为20.59x。");
        Assert.Equal(4, findings.Count);
        Assert.All(findings, f => Assert.Equal(FactVerdict.Unchecked, f.Verdict));
    }

    [Fact]
    public void A_metric_year_or_period_stated_once_governs_the_rest_of_the_sentence()
    {
        Assert.Equal(
        [
            (FactVerdict.Mismatch, "腾讯控股（0700.HK）", "2024年经调整利润倍数", "15x", "16x"),
            (FactVerdict.Agrees, "美团-W（3690.HK）", "2024年经调整利润倍数", "21x", "21x"),
            (FactVerdict.Agrees, "金山软件（3888.HK）", "2024-11涨跌幅", "16.7%", "16.7%"),
            (FactVerdict.Agrees, "网易-S（9999.HK）", "2024-11涨跌幅", "9.1%", "9.1%"),
            (FactVerdict.Agrees, "金山软件（3888.HK）", "2024-01至2024-11涨跌幅", "43.4%", "43.4%"),
            (FactVerdict.Mismatch, "网易-S（9999.HK）", "2024-01至2024-11涨跌幅", "9.1%", "72.2%"),
        ], Read("按24年经调整利润计，腾讯约15X，美团约21X。金山软件上涨16.7%，网易9.1%。年初至今，金山软件上涨43.4%，网易9.1%。"));
    }

    [Fact]
    public void Three_of_them_and_a_subject_from_the_previous_sentence_stand_for_the_names_written_there()
    {
        Assert.Equal(
        [
            (FactVerdict.Agrees, "金山软件（3888.HK）", "2024-11涨跌幅", "16.7%", "16.7%"),
            (FactVerdict.Agrees, "网易-S（9999.HK）", "2024-11涨跌幅", "9.1%", "9.1%"),
            (FactVerdict.Mismatch, "金蝶国际（0268.HK）", "2024-11涨跌幅", "7.9%", "7.7%"),
            (FactVerdict.Agrees, "金山软件（3888.HK）", "超额收益（相对恒生科技指数）", "20.0pct", "20.0pct"),
        ], Read("港股涨幅前三为金山软件、网易、金蝶国际。三者单月涨幅为16.7%、9.1%、7.9%。金山软件表现最好。跑赢恒生科技指数20.0pct。"));
    }

    [Fact]
    public void Full_width_digits_signs_and_letters_read_as_their_ascii_forms()
    {
        Assert.Equal(
        [
            (FactVerdict.Agrees, "金山软件（3888.HK）", "2024-11涨跌幅", "16.7%", "16.7%"),
            (FactVerdict.Mismatch, "金山软件（3888.HK）", "2024-11涨跌幅", "16.9%", "16.7%"),
            (FactVerdict.Wording, "微博（WB.US）", "超额收益（相对纳斯达克综合指数）", "-0.1pct", "-0.1pct"),
            (FactVerdict.Wording, "微博（WB.US）", "超额收益（相对纳斯达克综合指数）", "-0.1pct", "-0.1pct"),
            (FactVerdict.Agrees, "美团-W（3690.HK）", "2024年经调整利润倍数", "21x", "21x"),
        ], Read("金山软件单月涨幅为１６.７%。金山软件单月涨幅为１６．９％。微博跑赢纳斯达克综合指数－0.1pct。微博跑赢纳斯达克综合指数−0.1ｐｃｔ。美团－Ｗ的24年经调整利润倍数为２１Ｘ。"));
    }

    [Fact]
    public void Every_unit_of_points_and_multiples_is_read()
    {
        var findings = demo.Check("""
            金山软件跑赢恒生科技指数20.0pp，网易跑赢恒生科技指数12.3ppt，金蝶国际跑赢恒生科技指数11.0个百分点。
            金山软件跑赢恒生科技指数20.0百分点。金山软件跑赢恒生科技指数1997bp。金山软件跑赢恒生科技指数1997基点。
            腾讯24年PE为15倍。腾讯2024E PE为15X。
            """);
        Assert.Equal(["20.0pct", "12.3pct", "11.0pct", "20.0pct", "19.97pct", "19.97pct", "15x", "15x"], findings.Select(f => f.Stated));
        Assert.All(findings, f => Assert.Equal(FactVerdict.Agrees, f.Verdict));
    }

    [Fact]
    public void Signs_come_from_the_words_before_the_number()
    {
        Assert.Equal(
            [FactVerdict.Agrees, FactVerdict.Agrees, FactVerdict.Mismatch, FactVerdict.Agrees],
            demo.Check("恒生科技指数下跌3.2%。恒生科技指数回落3.2%。恒生科技指数上涨3.2%。恒生科技指数跌幅为3.2%。").Select(f => f.Verdict));
    }

    [Fact]
    public void Names_with_codes_in_brackets_short_names_and_share_class_suffixes_pair_with_their_numbers()
    {
        var findings = demo.Check("""
            金山软件（3888.HK）、网易（9999.HK）、金蝶国际（0268.HK）单月涨幅为16.7%、9.1%、7.7%。
            金山、网易、金蝶单月涨幅为16.7%、9.1%、7.7%。
            美团-W、阿里巴巴-SW、网易-S的24年经调整利润倍数分别为21X、10X、16X。
            金山软件、网易、金蝶国际均跑赢恒生科技指数，单月涨幅为16.7%、9.1%、7.7%。
            """);
        Assert.Equal(
            ["3888.HK", "9999.HK", "0268.HK", "3888.HK", "9999.HK", "0268.HK", "3690.HK", "9988.HK", "9999.HK", "3888.HK", "9999.HK", "0268.HK"],
            findings.Select(f => f.Subject![(f.Subject!.IndexOf('（') + 1)..^1]));
        Assert.Equal(FactVerdict.Mismatch, findings[8].Verdict);
        Assert.Equal(11, findings.Count(f => f.Verdict == FactVerdict.Agrees));
    }

    [Fact]
    public void A_name_and_a_code_of_different_securities_are_not_checked()
    {
        var finding = Assert.Single(demo.Check("金山软件（9999.HK）单月涨幅为16.7%。"));
        Assert.Equal(FactVerdict.Unchecked, finding.Verdict);
        Assert.Contains("金山软件（9999.HK）", finding.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_the_workspace_does_not_know_leaves_its_number_unchecked_naming_the_word()
    {
        var findings = demo.Check("""
            恒生科技指数单月下跌3.2%，恒生指数下跌4.4%。
            IBM的2001年PE为19.2x。2001年IBM的PE为19.2x。IBM的2001年预测PE为19.2x。
            金山软件跑赢恒生指数24.0pct。金山云单月涨幅为16.7%。
            """);
        Assert.Equal(FactVerdict.Agrees, findings[0].Verdict);
        Assert.Equal(["恒生指数", "IBM", "IBM", "IBM", "恒生指数", "金山云"], findings.Skip(1).Select(f => Quoted(f.Note)));
        Assert.All(findings.Skip(1), f => Assert.Equal(FactVerdict.Unchecked, f.Verdict));
        Assert.All(findings.Skip(1), f => Assert.Null(f.Subject));
    }

    [Fact]
    public void The_year_of_a_multiple_is_read_in_every_spelling()
    {
        Assert.Equal(["2024E PE", "2024E PE", "2025E PE", "2024E PE"], demo.Check("腾讯2024年PE为15x。腾讯24年PE为15x。腾讯25E PE为13x。腾讯FY24 PE为15x。").Select(f => f.Metric));
    }

    [Fact]
    public void A_place_in_the_return_ranking_is_checked_for_its_period()
    {
        var findings = demo.Check("金山软件单月涨幅排名第1。网易单月涨幅位列港股第3。京东集团-SW年初至今涨幅排名第一。微博单月涨幅排名第3名。");
        Assert.Equal(
            [("2024-11市场内涨幅排名", "1", "1"), ("2024-11市场内涨幅排名", "3", "2"), ("2024-01至2024-11市场内涨幅排名", "1", "2"), ("2024-11市场内涨幅排名", "3", "3")],
            findings.Select(f => (f.Metric!, f.Stated, f.Computed!)));
        Assert.Equal([FactVerdict.Agrees, FactVerdict.Mismatch, FactVerdict.Mismatch, FactVerdict.Agrees], findings.Select(f => f.Verdict));
    }

    private static string? Quoted(string? note) =>
        note is not null && note.IndexOf('「') is >= 0 and var open && note.IndexOf('」', open) is > 0 and var close ? note[(open + 1)..close] : null;
}
