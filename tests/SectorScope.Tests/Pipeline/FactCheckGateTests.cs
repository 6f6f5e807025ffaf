using SectorScope.Pipeline;
using SectorScope.Reporting.FactCheck;

namespace SectorScope.Tests.Pipeline;

/// <summary>The fact-check gate answers with a value for every gate and every kind of finding; it never throws.</summary>
public sealed class FactCheckGateTests
{
    private static FactCheckReport Check(params FactVerdict[] verdicts) =>
        new([.. verdicts.Select((v, i) => new FactFinding($"narrative/x.md:{i + 1}", "…", null, null, "1.0%", null, v, null))]);

    public static TheoryData<FactCheckGate, FactVerdict[], bool, FactCheckOverride?> Cases => new()
    {
        { FactCheckGate.Strict, [FactVerdict.Agrees], false, null },
        { FactCheckGate.Strict, [], false, null },
        { FactCheckGate.Strict, [FactVerdict.Unchecked], true, null },
        { FactCheckGate.Strict, [FactVerdict.Mismatch], true, null },
        { FactCheckGate.AllowUnchecked, [FactVerdict.Agrees], false, null },
        { FactCheckGate.AllowUnchecked, [FactVerdict.Unchecked, FactVerdict.Agrees], false, FactCheckOverride.Unchecked },
        { FactCheckGate.AllowUnchecked, [FactVerdict.Unchecked, FactVerdict.Wording], true, null },
        { FactCheckGate.Force, [FactVerdict.Agrees], false, null },
        { FactCheckGate.Force, [FactVerdict.Unchecked], false, FactCheckOverride.Unchecked },
        { FactCheckGate.Force, [FactVerdict.Mismatch, FactVerdict.Unchecked], false, FactCheckOverride.Mismatches },
        { FactCheckGate.Force, [FactVerdict.Wording], false, FactCheckOverride.Mismatches },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decision(FactCheckGate gate, FactVerdict[] verdicts, bool refused, FactCheckOverride? what)
    {
        Assert.Equal(new GateDecision(refused, what), gate.Decide(Check(verdicts)));
    }

    [Fact]
    public void A_refused_report_comes_back_as_a_value_with_its_findings_and_writes_nothing()
    {
        using var ws = new Support.TestWorkspace();
        ws.Write("narrative/recommendation.md", "甲公司2月单月涨幅为12.0%。");
        var run = ReportPipeline.Run(ws.Root, null, null, ws.OutputFolder, OutputFormat.Json, recordHistory: false).Value;
        Assert.False(run.Written);
        Assert.Equal(FactVerdict.Mismatch, Assert.Single(run.Refusal!.Findings).Verdict);
        Assert.Empty(run.Files);
        Assert.False(Directory.Exists(ws.OutputFolder));
    }
}
