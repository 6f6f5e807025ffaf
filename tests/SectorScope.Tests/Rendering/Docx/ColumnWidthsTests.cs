using SectorScope.Rendering.Docx;
using SectorScope.Reporting.Model;

namespace SectorScope.Tests.Rendering.Docx;

public sealed class ColumnWidthsTests
{
    private const int TextWidth = 9638;

    [Fact]
    public void A_narrow_table_is_widened_to_the_text_width_in_proportion_to_its_content()
    {
        var table = Table(["代码", "名称", "涨跌幅"], [["0700.HK", "腾讯控股", "-3.2%"]]);
        var widths = ColumnWidths.Fit(table, TextWidth, 8.5, 136);
        Assert.Equal(TextWidth, widths.Sum());
        Assert.True(widths[0] > widths[2], "the code column holds the longest text");
    }

    [Fact]
    public void A_table_wider_than_the_page_is_shrunk_to_the_text_width()
    {
        string[] headers = [.. Enumerable.Range(1, 14).Select(i => $"很长的列标题第{i}列")];
        var table = Table(headers, [[.. headers.Select(_ => "123,456,789.00")]]);
        var widths = ColumnWidths.Fit(table, TextWidth, 8.5, 136);
        Assert.Equal(TextWidth, widths.Sum());
        Assert.All(widths, w => Assert.True(w > 0));
    }

    [Fact]
    public void Numbers_keep_their_full_width_when_headers_can_wrap_instead()
    {
        var table = Table(["总市值（百万港元）", "昨收盘（港元）"], [["3,688,428", "398.0"]], ColumnAlign.Right);
        var widths = ColumnWidths.Fit(table, 1900, 8.5, 136);
        Assert.True(widths[0] >= (ColumnWidths.Ems("3,688,428") * 8.5 * 20) + 136, $"{widths[0]} twips cannot hold 3,688,428");
    }

    [Fact]
    public void An_english_table_too_wide_for_the_page_breaks_no_latin_word()
    {
        // The English edition's top-performers table: with Chinese rules its headers broke (Retur|n, Ra|nk) and codes too (TCOM.U|S).
        var table = new ReportTable("t", 2, "Top performers",
            [new("Market"), new("Code"), new("Name"), new("Sub-sector"), new("Return", ColumnAlign.Right), new("Benchmark"), new("Index return", ColumnAlign.Right),
                new("Excess", ColumnAlign.Right), new("Rank", ColumnAlign.Right)],
            [[new("Hong Kong"), new("TCOM.US"), new("Kingdee International Software"), new("Software & services"), new("16.7%"), new("Hang Seng TECH Index"),
                new("-3.2%"), new("+20.0 ppt"), new("10")]], "Source: test");
        var widths = ColumnWidths.Fit(table, TextWidth, 8.5, 136);
        Assert.Equal(TextWidth, widths.Sum());
        string[] longest = ["Market", "TCOM.US", "International", "Sub-sector", "Return", "Benchmark", "return", "+20.0 ppt", "Rank"];
        Assert.All(longest.Zip(widths), c => Assert.True(c.Second >= (ColumnWidths.Ems(c.First) * 8.5 * 20) + 136, $"{c.Second} twips break {c.First}"));
    }

    [Fact]
    public void Chinese_characters_are_one_em_and_digits_about_half()
    {
        Assert.Equal(4.0, ColumnWidths.Ems("腾讯控股"));
        Assert.InRange(ColumnWidths.Ems("0700"), 2.0, 2.8);
    }

    private static ReportTable Table(string[] headers, string[][] rows, ColumnAlign align = ColumnAlign.Left) =>
        new("t", 1, "测试", [.. headers.Select(h => new TableColumn(h, align))], [.. rows.Select(r => (IReadOnlyList<TableCell>)[.. r.Select(c => new TableCell(c))])], "资料来源：测试");
}
