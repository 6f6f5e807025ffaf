using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SectorScope.Analytics;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Analytics;

/// <summary>
/// The computed sector index against pandas on real closes (eight Dow stocks, 1999–2000, from Debian's r-cran-fbasics
/// data set DowJones30; see Oracle/computed-index/: extract_dowjones30.R made closes.csv, compute_index.py the expected
/// levels), and its invariants on generated closes.
/// </summary>
public sealed class ComputedIndexTests
{
    private static readonly SourceRef Src = new("p.csv", 1);

    internal static string Fixture(string name) => Repository.TestData("Oracle", "computed-index", name);

    /// <summary>The members of the fixture in members.csv's order, each with its real closes and its shares.</summary>
    internal static IndexMember[] DowMembers()
    {
        var closes = ExpectedCsv.Read(Fixture("closes.csv"));
        return [.. ExpectedCsv.Read(Fixture("members.csv")).Select(m => new IndexMember(m["ticker"],
            [.. closes.Where(c => c["ticker"] == m["ticker"]).Select(c => new ClosePoint(Day(c["date"]), Number(c["close"]), Src))],
            Number(m["shares_mn"])))];
    }

    internal static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(IndexWeighting.Equal, "expected_equal.csv")]
    [InlineData(IndexWeighting.MarketCap, "expected_market_cap.csv")]
    public void Chain_linked_index_of_real_closes_matches_pandas_to_1e_9(IndexWeighting weighting, string expected)
    {
        var levels = ComputedIndex.Compute(DowMembers(), weighting, 1000);
        var oracle = ExpectedCsv.Read(Fixture(expected));
        Assert.Equal(oracle.Select(r => r["date"]), levels.Select(l => DisplayDate(l.Date)));
        foreach (var (want, got) in oracle.Zip(levels))
        {
            Assert.True(Math.Abs(Number(want["level"]) - got.Close) <= 1e-9, $"{want["date"]}: pandas {want["level"]}, computed {got.Close:R}");
        }
    }

    private static string DisplayDate(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void Members_enter_on_their_first_close_and_leave_after_their_last()
    {
        // A enters on day 1 and leaves after day 2; B enters on day 2. Day 2: only A has a return (+10%); day 3: only B (−50%).
        var a = new IndexMember("A", [Close(1, 10), Close(2, 11)]);
        var b = new IndexMember("B", [Close(2, 100), Close(3, 50)]);
        var levels = ComputedIndex.Compute([a, b], IndexWeighting.Equal, 1000).Select(l => l.Close).ToArray();
        Assert.Equal([1000, 1100, 550], levels, new Tolerance(1e-9));
    }

    [Fact]
    public void Market_cap_weights_are_shares_times_the_previous_close()
    {
        // Day 2: A (cap 1×10) +100%, B (cap 3×10) 0% → +25%.
        var a = new IndexMember("A", [Close(1, 10), Close(2, 20)], 1);
        var b = new IndexMember("B", [Close(1, 10), Close(2, 10)], 3);
        Assert.Equal(1250, ComputedIndex.Compute([a, b], IndexWeighting.MarketCap, 1000)[1].Close, 9);
    }

    [Fact]
    public void A_day_without_a_members_close_repeats_its_last_close_and_each_point_names_a_members_line()
    {
        var a = new IndexMember("A", [Close(1, 10), Close(3, 20)]);
        var b = new IndexMember("B", [Close(1, 10) with { Source = new SourceRef("b.csv", 7) }, Close(2, 11), Close(3, 11)]);
        var levels = ComputedIndex.Compute([a, b], IndexWeighting.Equal, 100);
        // Day 2: A carried (0%), B +10% → +5%; day 3: A +100% (from its carried 10), B 0% → +50%.
        Assert.Equal([100, 105, 157.5], levels.Select(l => l.Close), new Tolerance(1e-9));
        Assert.Equal(new SourceRef("p.csv", 1), levels[0].Source);
        Assert.Equal(new SourceRef("p.csv", 1), levels[1].Source);
    }

    [Fact]
    public void No_member_with_a_close_gives_no_index()
    {
        Assert.Empty(ComputedIndex.Compute([new IndexMember("A", [])], IndexWeighting.Equal, 1000));
    }

    private static ClosePoint Close(int day, double close) => new(new DateOnly(2024, 1, day), close, Src);

    private sealed class Tolerance(double eps) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= eps * Math.Max(1, Math.Abs(y));

        public int GetHashCode(double obj) => 0;
    }

    /// <summary>Members with random closes, each starting and ending on random days of a 30-day calendar, with random gaps.</summary>
    private static Arbitrary<(double Base, IndexMember[] Members)> Baskets() =>
        (from baseLevel in Gen.Choose(1, 100_000).Select(i => i / 10.0)
         from count in Gen.Choose(1, 6)
         from members in Gen.ArrayOf(Member(), count)
         select (baseLevel, members)).ToArbitrary();

    private static Gen<IndexMember> Member() =>
        from start in Gen.Choose(1, 20)
        from length in Gen.Choose(1, 30)
        from closes in Gen.ArrayOf(Gen.Choose(1, 1_000_000).Select(i => i / 100.0), length)
        from kept in Gen.ArrayOf(Gen.Elements(true, true, true, false), length)
        from shares in Gen.Choose(1, 10_000)
        select new IndexMember("M", [.. closes.Select((c, i) => new ClosePoint(new DateOnly(2024, 1, 1).AddDays(start + i), c, Src)).Where((_, i) => kept[i] || i == 0)], shares);

    [Property]
    public Property Index_is_its_base_on_the_first_day_and_positive_after() => Prop.ForAll(Baskets(), basket =>
        Enum.GetValues<IndexWeighting>().All(w =>
        {
            var levels = ComputedIndex.Compute(basket.Members, w, basket.Base);
            var first = basket.Members.SelectMany(m => m.Closes).Min(c => c.Date);
            return levels[0].Date == first && levels[0].Close == basket.Base && levels.All(l => l.Close > 0 && double.IsFinite(l.Close));
        }));

    [Property]
    public Property One_member_index_is_its_closes_rebased() => Prop.ForAll(Baskets(), basket =>
    {
        var member = basket.Members[0];
        return Enum.GetValues<IndexWeighting>().All(w =>
        {
            var levels = ComputedIndex.Compute([member], w, basket.Base);
            return levels.Count == member.Closes.Count && levels.Zip(member.Closes).All(t =>
                t.First.Date == t.Second.Date && Math.Abs(t.First.Close - basket.Base * t.Second.Close / member.Closes[0].Close) <= 1e-9 * t.First.Close);
        });
    });
}
