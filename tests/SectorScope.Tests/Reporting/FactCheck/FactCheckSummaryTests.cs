using SectorScope.Cli;
using SectorScope.Reporting.FactCheck;

namespace SectorScope.Tests.Reporting.FactCheck;

public sealed class FactCheckSummaryTests
{
    private static FactFinding Finding(FactVerdict verdict) => new("narrative/x.md:1", "…", null, null, "1.0%", null, verdict, null);

    [Fact]
    public void The_summary_counts_each_verdict_by_its_name()
    {
        FactFinding[] findings = [Finding(FactVerdict.Agrees), Finding(FactVerdict.Wording), Finding(FactVerdict.Wording), Finding(FactVerdict.Unchecked)];
        Assert.Equal("数字核对：4 处，一致 1，不符 0，措辞错误 2，未能核对 1", FactCheckPrinter.Summary(findings));
        Assert.Equal("2 处措辞错误", FactCheckPrinter.Errors(findings));
        Assert.Equal("1 处不符、2 处措辞错误", FactCheckPrinter.Errors([.. findings, Finding(FactVerdict.Mismatch)]));
    }
}
