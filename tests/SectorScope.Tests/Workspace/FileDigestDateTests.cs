using SectorScope.Workspace;

namespace SectorScope.Tests.Workspace;

/// <summary>
/// The hashing pass lets DuckDB's CSV reader parse the first column as a date only when every row writes it exactly
/// YYYY-MM-DD within the accepted years; anything else goes to the line parser, which lists what is wrong.
/// </summary>
public sealed class FileDigestDateTests : IDisposable
{
    private readonly string _file = Path.GetTempFileName();

    public void Dispose() => File.Delete(_file);

    private bool PlainDates(string text)
    {
        File.WriteAllText(_file, text);
        return FileDigest.Of(_file).PlainDates;
    }

    [Theory]
    [InlineData("date,code,close\n2024-01-31,A,1\n2024-02-30,B,1\n")]
    [InlineData("date,code,close\n1900-01-01,A,1\n2100-12-31,A,1")]
    public void Plain_dates_in_the_accepted_years_are_left_to_the_reader(string text) => Assert.True(PlainDates(text));

    [Theory]
    [InlineData("date,code,close\n2024-01-31,A,1\n2024-1-31,B,1\n")]
    [InlineData("date,code,close\n 2024-01-31,A,1\n")]
    [InlineData("date,code,close\n2024-01-31 ,A,1\n")]
    [InlineData("date,code,close\n2024/01/31,A,1\n")]
    [InlineData("date,code,close\n1899-12-31,A,1\n")]
    [InlineData("date,code,close\n2101-01-01,A,1\n")]
    [InlineData("date,code,close\n２０２４-01-31,A,1\n")]
    [InlineData("date,code,close\n,A,1\n")]
    [InlineData("date,code,close\n2024-01-31\n2024-0a-31,A,1\n")]
    [InlineData("date,code,close\n2024-01-31,A,1\r\n")]
    public void Any_other_date_or_line_is_not(string text) => Assert.False(PlainDates(text));
}
