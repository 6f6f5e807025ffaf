using SectorScope.Import;

namespace SectorScope.Tests.Import;

public sealed class CellParsingTests
{
    [Theory]
    [InlineData("2024-11-29")]
    [InlineData("2024/11/29")]
    [InlineData("2024.11.29")]
    [InlineData("20241129")]
    [InlineData("2024年11月29日")]
    [InlineData("2024 年 11 月 29 日")]
    [InlineData("Nov 29 2024")]
    [InlineData("Nov 29, 2024")]
    [InlineData("29-Nov-2024")]
    [InlineData("2024-11-29 00:00:00")]
    [InlineData("2024-11-29T00:00:00Z")]
    [InlineData("２０２４－１１－２９")]
    public void Vendor_date_texts_read_as_the_same_day(string text)
    {
        Assert.True(CellParsing.TryDate(text, allowSerial: false, out var date));
        Assert.Equal(new DateOnly(2024, 11, 29), date);
    }

    [Fact]
    public void Jan_1_2000_and_an_excel_serial_and_an_excel_date_cell_are_dates()
    {
        Assert.True(CellParsing.TryDate("Jan 1 2000", false, out var jan));
        Assert.Equal(new DateOnly(2000, 1, 1), jan);
        // 45625 is 2024-11-29 in Excel's 1900 date system (LibreOffice: =DATEVALUE("2024-11-29") → 45625).
        Assert.True(CellParsing.TryDate(45625.0, allowSerial: true, out var serial));
        Assert.Equal(new DateOnly(2024, 11, 29), serial);
        Assert.False(CellParsing.TryDate(45625.0, allowSerial: false, out _));
        Assert.True(CellParsing.TryDate(new DateTime(2024, 11, 29, 15, 0, 0), false, out var cell));
        Assert.Equal(new DateOnly(2024, 11, 29), cell);
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("2024-13-01")]
    [InlineData("11/29/2024")]
    [InlineData("29/11/2024")]
    [InlineData("数据来源：Wind")]
    [InlineData("Nov 31 2024")]
    [InlineData("1800-01-01")]
    public void Impossible_or_ambiguous_dates_are_not_dates(string text) => Assert.False(CellParsing.TryDate(text, allowSerial: true, out _));

    [Theory]
    [InlineData("1,234.50", 1234.5)]
    [InlineData("\"1,234,567\"", double.NaN)]
    [InlineData("385.20", 385.2)]
    [InlineData("１２３．４５", 123.45)]
    [InlineData("-0.5", -0.5)]
    [InlineData("(12.5)", -12.5)]
    [InlineData("1e3", 1000)]
    [InlineData("−3", -3)]
    public void Numbers_read_with_separators_and_full_width_digits(string text, double expected)
    {
        var cell = CellParsing.Number(text);
        if (double.IsNaN(expected))
        {
            Assert.Equal(CellKind.Invalid, cell.Kind);
            return;
        }

        Assert.Equal(CellKind.Number, cell.Kind);
        Assert.Equal(expected, cell.Value);
    }

    [Fact]
    public void A_percent_sign_keeps_the_number_and_says_so()
    {
        var cell = CellParsing.Number("12.5%");
        Assert.Equal((CellKind.Number, 12.5, true), (cell.Kind, cell.Value, cell.Percent));
        Assert.Equal((CellKind.Number, 3.0, true), (CellParsing.Number("３％").Kind, CellParsing.Number("３％").Value, CellParsing.Number("３％").Percent));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("--")]
    [InlineData("—")]
    [InlineData("N/A")]
    [InlineData("#N/A")]
    [InlineData(null)]
    public void No_trade_marks_are_missing_never_zero(string? text) => Assert.Equal(CellKind.Missing, CellParsing.Number(text).Kind);

    [Theory]
    [InlineData("1,23.4")]
    [InlineData("12,34")]
    [InlineData("停牌")]
    [InlineData("1.2.3")]
    [InlineData("NaNx")]
    [InlineData("Infinity")]
    public void Malformed_numbers_are_invalid(string text) => Assert.Equal(CellKind.Invalid, CellParsing.Number(text).Kind);
}
