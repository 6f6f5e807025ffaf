using SectorScope.Analytics;
using SectorScope.Workspace;

namespace SectorScope.Tests.Analytics;

public sealed class RevisionFactsTests
{
    private static readonly IReadOnlyList<string> Scale = WorkspaceSettings.DefaultRatingScale;

    [Theory]
    [InlineData("优于大市", "优于大市", RatingAction.Maintained)]
    [InlineData("中性", "买入", RatingAction.Upgraded)]
    [InlineData("优于大市", "弱于大市", RatingAction.Downgraded)]
    [InlineData(null, "中性", RatingAction.Initiated)]
    [InlineData("卖出", null, RatingAction.Dropped)]
    public void Rating_action_reads_the_scale_best_first(string? previous, string? current, RatingAction expected) =>
        Assert.Equal(expected, RatingActions.Compare(previous, current, Scale));

    [Fact]
    public void A_company_rated_in_neither_report_has_no_action() => Assert.Null(RatingActions.Compare(null, null, Scale));

    [Fact]
    public void Eps_revision_is_new_over_old_minus_one()
    {
        // 11.2 against 10.9: 0.3 / 10.9 = 0.0275229… → 2.75229…%.
        Assert.Equal(0.3 / 10.9 * 100, ForecastRevision.Pct(10.9, 11.2)!.Value, 10);
        Assert.Equal(0.0, ForecastRevision.Pct(7.1, 7.1)!.Value);
    }

    [Theory]
    [InlineData(null, 1.0)]
    [InlineData(1.0, null)]
    [InlineData(0.0, 1.0)]
    [InlineData(-0.5, 1.0)]
    public void A_revision_needs_both_values_and_a_positive_base(double? previous, double? current) =>
        Assert.Null(ForecastRevision.Pct(previous, current));
}
