using SectorScope.Pipeline;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Reporting;

/// <summary>The market review names the securities it left out, up to ten; the rest are in tables/excluded.csv.</summary>
public sealed class ExcludedSentenceTests : IDisposable
{
    private readonly TestWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    [Theory]
    [InlineData(2, false)]
    [InlineData(12, true)]
    public void Excluded_securities_are_named_up_to_ten(int unpriced, bool pointsToTheTable)
    {
        var extra = string.Concat(Enumerable.Range(1, unpriced).Select(i => $"{9000 + i}.HK,无价{i:D2},HK,HKD,游戏,,\n"));
        _ws.Write("securities.csv", File.ReadAllText(_ws.Path("securities.csv")).TrimEnd() + "\n" + extra);

        var review = ReportPipeline.BuildModel(_ws.Root, null, null).Value.Model.MarketReview;
        var sentence = review.Paragraphs.Single(p => p.StartsWith($"另有{review.Excluded.Count}只股票", StringComparison.Ordinal));

        Assert.Equal(unpriced, review.Excluded.Count(e => e.Name.StartsWith("无价", StringComparison.Ordinal)));
        Assert.Equal(Math.Min(review.Excluded.Count, 10), review.Excluded.Count(e => sentence.Contains(e.Name, StringComparison.Ordinal)));
        Assert.Equal(pointsToTheTable, sentence.EndsWith("等，全部见 tables/excluded.csv。", StringComparison.Ordinal));
    }
}
