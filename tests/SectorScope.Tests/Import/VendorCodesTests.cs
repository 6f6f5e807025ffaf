using SectorScope.Import;

namespace SectorScope.Tests.Import;

public sealed class VendorCodesTests
{
    [Theory]
    [InlineData("0700.HK", "0700.HK")]
    [InlineData("00700.HK", "0700.HK")]
    [InlineData("700 HK Equity", "0700.HK")]
    [InlineData("700.hk", "0700.HK")]
    [InlineData("HK0700", "0700.HK")]
    [InlineData("09988.HK", "9988.HK")]
    [InlineData("600519.SH", "600519.SH")]
    [InlineData("SH600519", "600519.SH")]
    [InlineData("600519.SS", "600519.SH")]
    [InlineData("600519 CH Equity", "600519.SH")]
    [InlineData("000001.XSHE", "000001.SZ")]
    [InlineData("SZ000001", "000001.SZ")]
    [InlineData("AAPL", "AAPL.US")]
    [InlineData("AAPL.O", "AAPL.US")]
    [InlineData("AAPL.OQ", "AAPL.US")]
    [InlineData("AAPL.N", "AAPL.US")]
    [InlineData("AAPL UW Equity", "AAPL.US")]
    [InlineData("ＡＡＰＬ.Ｏ", "AAPL.US")]
    [InlineData("BRK-B", "BRK-B.US")]
    public void Vendor_codes_map_to_the_workspace_form(string vendor, string code) => Assert.Equal(code, VendorCodes.Canonical(vendor));

    [Theory]
    [InlineData("^IXIC")]
    [InlineData("恒生科技")]
    [InlineData("HSTECH.HK")]
    [InlineData("0.HK")]
    [InlineData("")]
    public void Index_symbols_names_and_noise_have_no_rule(string vendor) => Assert.Null(VendorCodes.Canonical(vendor));

    [Fact]
    public void The_code_map_comes_first_and_a_dash_drops()
    {
        var map = new Dictionary<string, string> { ["HSTECH.HK"] = "HSTECH", ["BAD"] = "-" };
        var known = new HashSet<string> { "HSTECH", "0700.HK" };
        var resolver = new CodeResolver(map, known.Contains, addUnknown: false);
        Assert.Equal(new ResolvedCode(CodeOutcome.Known, "HSTECH"), resolver.Resolve("HSTECH.HK"));
        Assert.Equal(CodeOutcome.Dropped, resolver.Resolve("BAD").Outcome);
        Assert.Equal(new ResolvedCode(CodeOutcome.Known, "0700.HK"), resolver.Resolve("00700.HK"));
        Assert.Equal(new ResolvedCode(CodeOutcome.Unknown, "3690.HK"), resolver.Resolve("3690 HK Equity"));
        Assert.Equal(new ResolvedCode(CodeOutcome.New, "3690.HK"), new CodeResolver(map, known.Contains, addUnknown: true).Resolve("3690 HK Equity"));
    }
}
