using SectorScope.Workspace;
using SectorScope.Cli;
using SectorScope.Reporting.Narrative;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Reporting.Narrative;

[Collection(DemoModelCollection.Name)]
public sealed class PlaceholderTests(DemoModelFixture demo)
{
    [Theory]
    [InlineData("{{ ret 3888.HK }}", "16.7%")]
    [InlineData("{{ ret HSTECH }}", "-3.2%")]
    [InlineData("{{move HSTECH}}", "下跌3.2%")]
    [InlineData("{{ excess 3888.HK }}", "跑赢恒生科技指数20.0pct")]
    [InlineData("{{ excess WB.US }}", "跑输纳斯达克综合指数0.1pct")]
    [InlineData("{{ pct WB.US }}", "-0.1pct")]
    [InlineData("{{ rank 3888.HK }}", "1")]
    [InlineData("{{ name 9999.HK }}", "网易-S")]
    [InlineData("{{ pe_ttm HSTECH }}", "20.59x")]
    [InlineData("{{ percentile HSTECH }}", "8.85%")]
    [InlineData("{{ fwd_pe 0700.HK 2024 }}", "15x")]
    [InlineData("{{ fwd_pe 0700.HK 2025E }}", "14x")]
    [InlineData("{{ adj_pe 0700.HK 2024 }}", "16x")]
    [InlineData("{{ adj_pe 3690.HK 2024 }}", "21x")]
    [InlineData("{{ mom 非金融机构存款 }}", "-2.1%")]
    [InlineData("{{ mom_move 非金融机构存款 }}", "下降2.1%")]
    [InlineData("{{ yoy_move 国产网络游戏版号 }}", "增长6.7%")]
    [InlineData("{{ as_of }}", "2024年12月2日")]
    public void A_placeholder_shows_the_value_as_the_tables_show_it(string placeholder, string expected) =>
        Assert.Equal($"前{expected}后", Assert.Single(demo.Expand($"前{placeholder}后").Paragraphs).Text);

    [Fact]
    public void Excess_over_a_named_index_subtracts_that_index()
    {
        var text = Assert.Single(demo.Expand("{{ excess 3888.HK QNET }}").Paragraphs).Text;
        Assert.StartsWith("跑赢纳斯达克互联网指数", text);
        Assert.Equal("跑赢纳斯达克互联网指数7.5pct", text);
    }

    [Fact]
    public void Expanded_values_are_marked_computed_and_lines_are_kept()
    {
        var paragraph = Assert.Single(demo.Expand("# 标题\n金山软件\n本月{{ ret 3888.HK }}。").Paragraphs);
        Assert.Equal("金山软件本月16.7%。", paragraph.Text);
        Assert.Equal(2, paragraph.LineAt(0));
        Assert.Equal(3, paragraph.LineAt(paragraph.Text.IndexOf("16.7", StringComparison.Ordinal)));
        Assert.True(paragraph.IsComputed(paragraph.Text.IndexOf("16.7", StringComparison.Ordinal)));
        Assert.False(paragraph.IsComputed(0));
    }

    [Fact]
    public void Every_error_of_a_file_is_reported_with_its_line()
    {
        var errors = demo.Errors("""
            第一段 {{ ret 3888.HK }} 正常。
            {{ price 0700.HK }}
            {{ ret 0001.HK }}

            {{ fwd_pe 0700.HK 2026 }} 与 {{ fwd_pe 0700.HK }}
            {{ pe_ttm 0700.HK }} {{ ret 3888.HK
            {{ excess HSTECH }} }} {{ }}
            """).Select(d => d.ToString()).ToArray();
        Assert.Equal(
        [
            "narrative/test.md:2: placeholder: {{ price 0700.HK }}: 不认识的函数 「price」（可用：ret、move、excess、pct、rank、name、pe_ttm、percentile、fwd_pe、adj_pe、yoy、mom、yoy_move、mom_move、as_of）",
            "narrative/test.md:3: placeholder: {{ ret 0001.HK }}: 未知代码 「0001.HK」（不在 securities.csv 或 indices.csv 中）",
            "narrative/test.md:5: placeholder: {{ fwd_pe 0700.HK 2026 }}: 盈利预测表中没有 0700.HK 的 2026 年预测（表中年份：2024、2025）",
            "narrative/test.md:5: placeholder: {{ fwd_pe 0700.HK }}: 「fwd_pe」 需要 2 个参数，实有 1 个（用法：{{ fwd_pe CODE YEAR }}）",
            "narrative/test.md:6: placeholder: {{ pe_ttm 0700.HK }}: 「0700.HK」 是证券；PE-TTM 及其分位属于估值指数",
            "narrative/test.md:6: placeholder: 「{{」在同一行没有对应的「}}」",
            "narrative/test.md:7: placeholder: {{ excess HSTECH }}: 「HSTECH」 是指数；超额收益是证券相对指数的收益",
            "narrative/test.md:7: placeholder: 「}}」前没有对应的「{{」",
        ], errors);
    }

    [Fact]
    public void The_parser_reads_quoted_arguments_and_no_nested_braces()
    {
        var parts = PlaceholderParser.Parse("甲{{ yoy \"国产网络游戏版号\" }}乙");
        var field = Assert.IsType<LinePart.Field>(parts[1]);
        Assert.Equal("yoy", field.Placeholder.Function);
        Assert.Equal(["国产网络游戏版号"], field.Placeholder.Arguments);
        Assert.IsType<LinePart.Error>(Assert.Single(PlaceholderParser.Parse("{{ ret {x} }}")));
    }

    [Fact]
    public void A_placeholder_error_fails_report_and_check_with_exit_1_and_writes_nothing()
    {
        using var ws = new TestWorkspace();
        ws.Write("narrative/recommendation.md", "建议关注甲公司。\n\n甲公司2024年PE为{{ fwd_pe 0001.HK 2023 }}，{{ nope }}。");
        Assert.Equal(ExitCodes.InputErrors, SectorScopeCli.Run(["report", "--workspace", ws.Root, "--out", ws.OutputFolder, "--format", "md"]));
        Assert.False(Directory.Exists(ws.OutputFolder));
        Assert.Equal(ExitCodes.InputErrors, SectorScopeCli.Run(["check", "--workspace", ws.Root]));
        var e = SectorScope.Pipeline.ReportPipeline.BuildModel(ws.Root, null, null).Refused();
        Assert.Equal(["narrative/recommendation.md:3: placeholder", "narrative/recommendation.md:3: placeholder"], e.Diagnostics.Select(d => $"{d.File}:{d.Line}: {d.Column}"));
    }

    [Fact]
    public void An_unknown_narrative_file_is_an_error_naming_the_file()
    {
        using var ws = new TestWorkspace();
        ws.Write("narrative/recomendation.md", "拼错了文件名。");
        var e = SectorScope.Pipeline.ReportPipeline.BuildModel(ws.Root, null, null).Refused();
        Assert.StartsWith("narrative/recomendation.md: file: 不认识的分析师文字文件（可用：thesis.md、recommendation.md", Assert.Single(e.Diagnostics).ToString());
    }

    [Fact]
    public void Thesis_key_points_and_section_paragraphs_go_where_their_file_says()
    {
        using var ws = new TestWorkspace();
        ws.Write("narrative/thesis.md", "甲公司领涨，板块估值见底");
        ws.Write("narrative/key-review.md", "2月甲公司{{ move 0001.HK }}。");
        ws.Write("narrative/market-review.md", "# 点评\n甲公司{{ excess 0001.HK }}。");
        ws.Write("narrative/valuation.md", "指数估值处于{{ percentile HKI }}分位。");
        ws.Write("narrative/risks.md", "竞争加剧的风险。");
        ws.Write("narrative/industry.md", "游戏行业：甲公司排名第{{ rank 0001.HK }}。");
        var (model, _, _) = SectorScope.Pipeline.ReportPipeline.BuildModel(ws.Root, null, null).Value;
        Assert.Equal("甲公司领涨，板块估值见底", model.Header.Subtitle);
        Assert.Equal("2月甲公司上涨10.0%。", model.FrontPage.KeyPoints[0].Text);
        Assert.Equal("甲公司跑赢港股测试指数12.0pct。", model.MarketReview.Paragraphs[^1]);
        Assert.Equal("指数估值处于50.00%分位。", model.Valuation.Paragraphs[^1]);
        Assert.Equal(["竞争加剧的风险。"], model.Risks.Paragraphs);
        Assert.Equal("竞争加剧的风险。", model.FrontPage.RiskWarning);
        Assert.Equal(["游戏行业：甲公司排名第1。"], model.News(NewsSectionId.Industry)!.Commentary);
        Assert.Null(model.News(NewsSectionId.Ai));
    }
}
