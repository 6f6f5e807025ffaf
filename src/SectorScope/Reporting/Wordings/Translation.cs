using SectorScope.News;
using SectorScope.Workspace;

namespace SectorScope.Reporting.Wordings;

/// <summary>
/// The English edition's view of the workspace's own texts: a security by its <c>name_en</c>, any other
/// Chinese text by its entry in <c>narrative/en/glossary.yaml</c>, else as written. Numbers and codes are
/// untouched, so the English edition computes exactly what the Chinese one does; only what it shows differs.
/// A news item's text is shown only where the glossary gives its English (a title always shows).
/// </summary>
public sealed class Translation
{
    private readonly Dictionary<string, string> _english;

    public Translation(IReadOnlyDictionary<string, string>? glossary, Universe universe)
    {
        _english = new Dictionary<string, string>(glossary ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var s in universe.Securities.Where(s => s.NameEn is not null))
        {
            _english[s.Name] = s.NameEn!;
        }
    }

    public string Text(string text) => _english.TryGetValue(text.Trim(), out var english) ? english : text;

    public string? Optional(string? text) => text is null ? null : Text(text);

    public WorkspaceSettings Settings(WorkspaceSettings s) => s with
    {
        Title = Text(s.Title),
        Subtitle = Optional(s.Subtitle),
        Sector = Text(s.Sector),
        SectorRating = Optional(s.SectorRating),
        Firm = Text(s.Firm),
        Analysts = [.. s.Analysts.Select(a => a with { Name = Text(a.Name) })],
        SourceLine = Text(s.SourceLine),
        PageFooter = Text(s.PageFooter),
        ReportType = Text(s.ReportType),
        RelatedReports = [.. s.RelatedReports.Select(r => r with { Title = Text(r.Title) })],
        RatingScale = [.. s.RatingScale.Select(Text)],
    };

    public Universe Universe(Universe u) => new(
        [.. u.Securities.Select(s => s with { Name = Text(s.Name), SubSector = Text(s.SubSector) })],
        [.. u.Indices.Select(i => i with { Name = Text(i.Name) })]);

    /// <summary>Ratings and history (series keep their names, which placeholders use; they are translated where shown); the disclaimer is narrative/en/disclaimer.md, else the English standard one.</summary>
    public ReportData Data(ReportData d) => d with
    {
        Coverage = [.. d.Coverage.Select(c => c with { Rating = Text(c.Rating) })],
        History = d.History is null ? null : [.. d.History.Select(h => h with
        {
            Title = Text(h.Title),
            Subtitle = Optional(h.Subtitle),
            Sector = Optional(h.Sector),
            SectorRating = Optional(h.SectorRating),
            Companies = [.. h.Companies.Select(c => c with { Name = Text(c.Name), Rating = Optional(c.Rating) })],
        })],
        Disclaimer = d.Narrative.GetValueOrDefault("en/" + Narrative.NarrativeFiles.Disclaimer),
    };

    /// <summary>A digested news section as shown: heading, groups, headlines, titles, sources; the ranking is the Chinese edition's.</summary>
    public DigestSection Section(DigestSection s) => s with
    {
        Heading = Text(s.Heading),
        KeyPoint = Optional(s.KeyPoint),
        Groups = [.. s.Groups.Select(g => g with
        {
            Name = Text(g.Name),
            Headline = Text(g.Headline),
            Ranked = [.. g.Ranked.Select(r => r with { Story = Story(r.Story) })],
        })],
    };

    private NewsStory Story(NewsStory story) => story with
    {
        Lead = story.Lead with
        {
            Title = Text(story.Lead.Title),
            Body = _english.TryGetValue(story.Lead.Body.Trim(), out var body) ? body : "",
            Source = Text(story.Lead.Source),
        },
        Sources = [.. story.Sources.Select(Text)],
    };
}
