using System.Text.Json;
using SectorScope.Cli;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Reporting.FactCheck;

public sealed class FactCheckCommandTests
{
    [Fact]
    public void Check_on_the_demo_passes()
    {
        using var demo = new DemoCopy();
        Assert.Equal(ExitCodes.Ok, SectorScopeCli.Run(["check", "--workspace", demo.Root]));
    }

    [Fact]
    public void Report_refuses_a_wrong_number_and_with_force_records_the_override_and_the_findings()
    {
        using var ws = new TestWorkspace();
        ws.Write("narrative/recommendation.md", "甲公司2月单月涨幅为12.0%，{{ excess 0001.HK }}。");
        Assert.Equal(ExitCodes.InputErrors, SectorScopeCli.Run(["check", "--workspace", ws.Root]));
        AssertRefused(ws);

        var check = Published(ws, "--force");
        Assert.True(check.GetProperty("overridden").GetBoolean());
        Assert.Equal("mismatches", check.GetProperty("override").GetString());
        var finding = Assert.Single(check.GetProperty("findings").EnumerateArray());
        Assert.Equal("narrative/recommendation.md:1", finding.GetProperty("location").GetString());
        Assert.Equal("mismatch", finding.GetProperty("verdict").GetString());
        Assert.Equal("12.0%", finding.GetProperty("stated").GetString());
        Assert.Equal("10.0%", finding.GetProperty("computed").GetString());
    }

    [Fact]
    public void A_clean_report_records_no_override()
    {
        using var ws = new TestWorkspace();
        ws.Write("narrative/recommendation.md", "甲公司2月单月涨幅为10.0%。");
        var check = Published(ws);
        Assert.False(check.GetProperty("overridden").GetBoolean());
        Assert.Equal(JsonValueKind.Null, check.GetProperty("override").ValueKind);
        Assert.Equal("agrees", Assert.Single(check.GetProperty("findings").EnumerateArray()).GetProperty("verdict").GetString());
    }

    [Fact]
    public void An_unchecked_number_needs_allow_unchecked_which_does_not_let_a_wrong_one_through()
    {
        using var ws = new TestWorkspace();
        ws.Write("narrative/recommendation.md", "平台广告收入同比增长12.5%。");
        Assert.Equal(ExitCodes.Ok, SectorScopeCli.Run(["check", "--workspace", ws.Root]));
        AssertRefused(ws);

        var check = Published(ws, "--allow-unchecked");
        Assert.Equal("unchecked", check.GetProperty("override").GetString());
        Assert.Equal("unchecked", Assert.Single(check.GetProperty("findings").EnumerateArray()).GetProperty("verdict").GetString());

        Directory.Delete(ws.OutputFolder, recursive: true);
        ws.Write("narrative/recommendation.md", "平台广告收入同比增长12.5%。甲公司2月单月涨幅为12.0%。");
        AssertRefused(ws, "--allow-unchecked");
    }

    private static void AssertRefused(TestWorkspace ws, params string[] options)
    {
        Assert.Equal(ExitCodes.InputErrors, SectorScopeCli.Run(["report", "--workspace", ws.Root, "--out", ws.OutputFolder, "--format", "json", .. options]));
        Assert.False(Directory.Exists(ws.OutputFolder));
    }

    /// <summary>Runs <c>report</c> with <paramref name="options"/>, expecting it to publish, and returns report.json's fact_check.</summary>
    private static JsonElement Published(TestWorkspace ws, params string[] options)
    {
        Assert.Equal(ExitCodes.Ok, SectorScopeCli.Run(["report", "--workspace", ws.Root, "--out", ws.OutputFolder, "--format", "json", .. options]));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(ws.OutputFolder, "report.json")));
        return json.RootElement.GetProperty("fact_check").Clone();
    }
}
