using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SectorScope.Analytics;
using SectorScope.Workspace;

namespace SectorScope.Tests.Analytics;

/// <summary>Invariants that hold for any data, checked on generated inputs.</summary>
public sealed class AnalyticsPropertyTests
{
    private static readonly SourceRef Src = new("p.csv", 1);

    private static Arbitrary<double[]> Prices() =>
        Gen.Choose(1, 1_000_000).Select(i => i / 100.0).ArrayOf().Where(a => a.Length is >= 2 and <= 40).ToArbitrary();

    [Property]
    public Property Returns_compound_across_months() => Prop.ForAll(Prices(), closes =>
    {
        var start = new DateOnly(2020, 1, 31);
        var dates = closes.Select((_, i) => start.AddMonths(i)).Select(d => new DateOnly(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month))).ToArray();
        var panel = new MonthEndPanel(new Dictionary<string, IReadOnlyList<DateOnly>> { ["M"] = dates }, closes.Select((c, i) => ("A", new ClosePoint(dates[i], c, Src))));
        var monthly = Enumerable.Range(1, closes.Length - 1).Select(i => PeriodReturns.Compute(panel, "A", "M", ReportPeriod.Of(dates[i])).Return!.Value);
        var total = closes[^1] / closes[0] - 1;
        return Math.Abs(PeriodReturns.Compound(monthly) - total) <= 1e-9 * Math.Max(1, Math.Abs(total));
    });

    [Property]
    public Property Percentile_is_within_0_and_100_and_monotone_in_the_value() => Prop.ForAll(Prices(), values =>
    {
        var sorted = values.Order().ToArray();
        return Enum.GetValues<PercentileMethod>().All(method =>
        {
            var ps = sorted.Select(v => ValuationPercentile.Compute(values, v, method)!.Value).ToArray();
            return ps.All(p => p is >= 0 and <= 100) && ps.Zip(ps.Skip(1)).All(t => t.First <= t.Second);
        });
    });

    [Property]
    public Property Excess_of_a_benchmark_against_itself_is_zero(double r) =>
        (!double.IsFinite(r) || new ExcessReturn(r, r).Pct == 0).ToProperty();
}
