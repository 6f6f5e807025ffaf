namespace SectorScope.Reporting.Model;

/// <summary>A news item or story the report does not show, and why (outside the period, no section, over a group's cap).</summary>
/// <param name="Origin">Where it was read, <c>file:line</c>; several places for a merged story.</param>
public sealed record NewsLeftOut(string Date, string Source, string Title, string Origin, string Reason);

/// <summary>How the month's news was sorted: counts, what was left out, and notes (merged duplicates, files read as GB18030, unused headlines).</summary>
/// <param name="Read">Items read from <c>news/</c>, of any date.</param>
/// <param name="InPeriod">Items dated within the report period.</param>
/// <param name="Stories">Stories after merging duplicates.</param>
/// <param name="Shown">Stories shown in the report's news sections.</param>
public sealed record NewsDigestSummary(int Read, int InPeriod, int Stories, int Shown, IReadOnlyList<NewsLeftOut> LeftOut, IReadOnlyList<string> Notes);
