using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SectorScope.Workspace;

namespace SectorScope.Tests.Workspace;

/// <summary>
/// A price file strictly ordered by (date, code) or by (code, date) cannot repeat a (date, code), so the bulk load skips the
/// search for one; any other file is searched.
/// </summary>
public sealed class FileDigestOrderTests : IDisposable
{
    private readonly string _file = Path.GetTempFileName();

    public void Dispose() => File.Delete(_file);

    private bool Ordered(params string[] rows)
    {
        File.WriteAllText(_file, string.Join("\n", rows.Prepend("date,code,close")) + "\n");
        return FileDigest.Of(_file).StrictlyOrdered;
    }

    [Fact]
    public void By_date_then_code_is_ordered() =>
        Assert.True(Ordered("2024-01-02,A,1", "2024-01-02,B,1", "2024-01-03,A,1", "2024-01-03,B,1"));

    [Fact]
    public void By_code_then_date_is_ordered() =>
        Assert.True(Ordered("2024-01-02,A,1", "2024-01-03,A,1", "2024-01-02,B,1", "2024-01-03,B,1", "2024-01-02,BB,1"));

    [Theory]
    [InlineData("2024-01-02,A,1", "2024-01-03,A,1", "2024-01-03,A,2")]
    [InlineData("2024-01-02,A,1", "2024-01-02,B,1", "2024-01-02,A,2")]
    [InlineData("2024-01-02,A,1", "2024-01-03,B,1", "2024-01-02,B,2", "2024-01-03,A,1")]
    [InlineData("2024-01-02,A,1", "2024-01-02,A,1")]
    [InlineData("2024-01-02,B,1", "2024-01-02,A,1", "2024-01-03,A,1", "2024-01-02,B,1")]
    public void A_repeated_key_or_any_other_order_is_not(params string[] rows) => Assert.False(Ordered(rows));

    [Fact]
    public void Falling_dates_of_one_code_each_their_own_block_are_free_of_repeats() => Assert.True(Ordered("2024-01-03,A,1", "2024-01-02,A,1"));

    [Fact]
    public void Each_date_together_with_distinct_codes_in_any_order_is_free_of_repeats() =>
        Assert.True(Ordered("2024-01-02,B,1", "2024-01-02,A,1", "2024-01-02,C,1", "2024-01-03,B,1", "2024-01-03,A,1"));

    [Fact]
    public void Each_code_together_with_rising_dates_in_any_order_of_codes_is_free_of_repeats() =>
        Assert.True(Ordered("2024-01-02,B,1", "2024-01-03,B,1", "2024-01-02,A,1", "2024-01-03,A,1", "2024-01-02,AA,1"));

    [Theory]
    [InlineData("2024-01-02,B,1", "2024-01-02,A,1", "2024-01-02,B,1")]
    [InlineData("2024-01-02,B,1", "2024-01-02,A,1", "2024-01-02,C,1", "2024-01-02,A,1")]
    [InlineData("2024-01-02,B,1", "2024-01-03,B,1", "2024-01-02,A,1", "2024-01-03,B,1")]
    [InlineData("2024-01-02,B,1", "2024-01-03,B,1", "2024-01-02,A,1", "2024-01-04,B,1")]
    public void A_date_or_code_met_again_in_a_later_block_is_not(params string[] rows) => Assert.False(Ordered(rows));

    /// <summary>The one property that matters: a file found free of repeats has none (the other way round only costs a search).</summary>
    [Property(MaxTest = 300)]
    public Property A_file_found_free_of_repeats_has_none() => Prop.ForAll(
        Gen.Zip(Gen.Elements("2024-01-02", "2024-01-03", "2024-01-04"), Gen.Elements("A", "B", "C", "AB")).ListOf().Where(r => r.Count is > 0 and < 12).ToArbitrary(),
        rows =>
        {
            bool found = Ordered([.. rows.Select(r => $"{r.Item1},{r.Item2},1")]);
            return !found || rows.Distinct().Count() == rows.Count;
        });

    /// <summary>
    /// A file by date whose codes follow one order each date (markets in turn, so not rising), a few codes missing or added,
    /// against the same file with one code listed twice on a later date, far from its first listing and near it.
    /// </summary>
    [Theory]
    [InlineData(-1, -1)]
    [InlineData(7, 3)]
    [InlineData(7, 40)]
    [InlineData(2, 0)]
    public void Dates_listing_codes_in_the_same_order_are_free_of_repeats_unless_one_repeats(int date, int at)
    {
        var codes = Enumerable.Range(0, 60).Select(i => $"{9000 - (i * 37)}.{(i < 30 ? "HK" : "SH")}").ToList();
        var rows = new List<string>();
        for (int d = 0; d < 10; d++)
        {
            // Codes suspended on this date, and two listed from the fifth date on.
            var listed = codes.Where((c, i) => i % 9 != d && (d >= 5 || i is not (11 or 45))).ToList();
            if (d == date)
            {
                listed.Insert(at + 1, listed[at]);
            }

            rows.AddRange(listed.Select(c => $"2024-01-{d + 2:00},{c},1"));
        }

        Assert.Equal(date < 0, Ordered([.. rows]));
    }

    /// <summary>Dates listing the same codes in orders shuffled a little from one date to the next, some listed twice.</summary>
    [Property(MaxTest = 300)]
    public Property A_file_by_date_found_free_of_repeats_has_none() => Prop.ForAll(
        Gen.Choose(0, 7).ListOf().Where(l => l.Count is > 0 and < 12).ListOf().Where(d => d.Count is > 0 and < 5).ToArbitrary(),
        dates =>
        {
            var rows = dates.SelectMany((codes, d) => codes.Select(c => (Date: $"2024-01-{d + 2:00}", Code: $"C{7 - c}"))).ToList();
            bool found = Ordered([.. rows.Select(r => $"{r.Date},{r.Code},1")]);
            return !found || rows.Distinct().Count() == rows.Count;
        });

    [Fact]
    public void A_code_that_continues_another_is_another_code() =>
        Assert.True(Ordered("2024-01-03,A,1", "2024-01-02,A1,1", "2024-01-03,A1,1"));
}
