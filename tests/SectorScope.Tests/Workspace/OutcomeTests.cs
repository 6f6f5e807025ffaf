using SectorScope.Workspace;

namespace SectorScope.Tests.Workspace;

public sealed class OutcomeTests
{
    private static readonly Rejection Refused = new([new Diagnostic("a.csv", 2, "close", "not a number")]);

    [Fact]
    public void A_value_passes_through_its_steps()
    {
        Outcome<int> two = 2;
        Assert.False(two.IsRejected);
        Assert.Equal("3", two.Then<int>(v => v + 1).Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)).Value);
    }

    [Fact]
    public void A_rejection_skips_every_later_step_and_keeps_its_diagnostics()
    {
        Outcome<int> refused = Refused;
        var steps = 0;
        var after = refused.Then<int>(v => ++steps).Select(v => ++steps);
        Assert.Equal(0, steps);
        Assert.Same(Refused, after.Rejected);
        Assert.Equal("a.csv:2: close: not a number", Assert.Single(after.Rejected!.Diagnostics).ToString());
    }

    [Fact]
    public void A_later_step_can_reject()
    {
        Outcome<int> one = 1;
        Assert.Same(Refused, one.Then<int>(_ => Refused).Rejected);
    }

    [Fact]
    public void Asking_a_rejection_for_its_value_is_a_defect_that_names_the_diagnostics()
    {
        Outcome<int> refused = Refused;
        var e = Assert.Throws<InvalidOperationException>(() => refused.Value);
        Assert.Contains("a.csv:2: close: not a number", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_diagnostic_without_a_file_reads_from_its_column()
    {
        Assert.Equal("as_of: too late", new Diagnostic("", 0, "as_of", "too late").ToString());
    }
}
