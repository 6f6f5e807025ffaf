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
    [InlineData("2024-01-03,A,1", "2024-01-02,A,1")]
    [InlineData("2024-01-02,A,1", "2024-01-02,A,1")]
    [InlineData("2024-01-02,B,1", "2024-01-02,A,1", "2024-01-03,A,1", "2024-01-02,B,1")]
    public void A_repeated_key_or_any_other_order_is_not(params string[] rows) => Assert.False(Ordered(rows));

    [Fact]
    public void A_code_that_continues_another_is_another_code() =>
        Assert.True(Ordered("2024-01-03,A,1", "2024-01-02,A1,1", "2024-01-03,A1,1"));
}
