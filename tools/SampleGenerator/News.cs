namespace SampleGenerator;

/// <summary>One news item, in the workspace's jsonl shape (RSS items carry companies and tags as categories).</summary>
internal sealed record NewsItem(string Date, string Source, string Title, string Body, string[] Companies, string[] Tags);

/// <summary>
/// Public events of November 2024, summarised in our own words, in three files that exercise every
/// rule of the news digest: a UTF-8 jsonl feed with a few October and December stragglers and one
/// exact duplicate; an RSS 2.0 wire that retells some stories (near duplicates) and adds untagged
/// ones; a GBK-encoded jsonl from a weekly that retells others.
/// </summary>
internal static partial class News
{
    public const string Month = "2024-11";
    public const string MainFile = "news/2024-11.jsonl";
    public const string WireFile = "news/2024-11-wire.rss";
    public const string WeeklyFile = "news/2024-11-weekly-gbk.jsonl";

    /// <summary>The RSS channel's title, which is each wire item's source.</summary>
    public const string WireTitle = "示例财经快讯";

    public const string WeeklySource = "示例科技周刊";

    public static IReadOnlyList<NewsItem> Main => [.. Ai, .. Policy, .. Industry, .. Companies, .. OutOfPeriod];

    public static int Count => Main.Count + Wire.Count + Weekly.Count;
}
