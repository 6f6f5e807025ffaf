using SectorScope.Workspace;

namespace SectorScope.News;

/// <summary>A company as the digest knows it: from the taxonomy, or a code of the universe the taxonomy does not list.</summary>
public sealed record CompanyRef(string Name, IReadOnlyList<string> Codes, bool IsKey);

/// <summary>Where a story goes: a section and a group in it.</summary>
public readonly record struct Placement(NewsSectionId Section, string Group);

/// <summary>What the classifier found in a story, for placing and scoring it.</summary>
public sealed record StoryFacts(IReadOnlyList<CompanyRef> Companies, IReadOnlyList<Placement> Placements, string? Unplaced)
{
    public bool NamesKeyCompany => Companies.Any(c => c.IsKey);
}

/// <summary>
/// Puts each story in a section and a group, explicit fields first, then the taxonomy's words.
/// <list type="number">
/// <item>Companies: the item's <c>companies</c> codes, tags naming a company, then companies whose name or
/// alias appears in the title, then in the text, in that order.</item>
/// <item>Section: the first tag that a section lists, or that names a sub-sector (→ industry). Without one,
/// each section scores 3 per distinct keyword in the title and 1 per distinct keyword in the text;
/// industry adds its best sub-sector's score; company news gets 0.5 when a company is named. The highest
/// score wins, ties going to the section listed first in the taxonomy; no score, no section.</item>
/// <item>Group: by company, the first named company that the section lists, else the first named one;
/// by sub-sector, the tag, else the best-scoring sub-sector, else the sub-sector of the first named
/// security; otherwise 其他. A section with <c>listed_groups_only</c> passes a story whose group it does
/// not list on to the next-best section.</item>
/// <item>An item appears once, and again only in the sections its section's <c>also_in</c> names.</item>
/// </list>
/// </summary>
public sealed class StoryClassifier
{
    public const string OtherGroup = "其他";

    private const int TitleWeight = 3;
    private const double CompanyFallback = 0.5;

    private readonly NewsTaxonomy _taxonomy;
    private readonly Universe _universe;
    private readonly TermIndex _terms;
    private readonly HashSet<string> _keyCodes;
    private readonly IReadOnlyList<CompanyRef> _companies;
    private readonly Dictionary<string, TaxonomySection> _sectionByTag = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _subSectorByTag = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CompanyRef> _companyByTag = new(StringComparer.Ordinal);

    public StoryClassifier(NewsTaxonomy taxonomy, Universe universe, TermIndex terms, IReadOnlyList<string> keyCompanies)
    {
        _taxonomy = taxonomy;
        _universe = universe;
        _terms = terms;
        _keyCodes = keyCompanies.ToHashSet(StringComparer.Ordinal);
        _companies = [.. taxonomy.Companies.Select(c => new CompanyRef(c.Name, c.Codes, c.Codes.Any(_keyCodes.Contains)))];
        foreach (var section in taxonomy.Sections)
        {
            foreach (var tag in section.Tags)
            {
                _sectionByTag.TryAdd(Key(tag), section);
            }
        }

        foreach (var sub in taxonomy.SubSectors)
        {
            _subSectorByTag.TryAdd(Key(sub.Name), sub.Name);
        }

        for (int i = 0; i < taxonomy.Companies.Count; i++)
        {
            foreach (var name in taxonomy.Companies[i].Aliases.Prepend(taxonomy.Companies[i].Name))
            {
                _companyByTag.TryAdd(Key(name), _companies[i]);
            }
        }
    }

    /// <summary>The company a code belongs to: the taxonomy's, else one named as in securities.csv.</summary>
    public CompanyRef CompanyOf(string code) =>
        _companies.FirstOrDefault(c => c.Codes.Contains(code)) ?? new CompanyRef(_universe.NameOf(code), [code], _keyCodes.Contains(code));

    public StoryFacts Classify(NewsStory story, string[] titleWords, string[] bodyWords)
    {
        var title = _terms.Find(titleWords).ToArray();
        var body = _terms.Find(bodyWords).ToArray();
        var companies = Companies(story, title, body);

        var scores = _taxonomy.Sections.ToDictionary(s => s.Id, s => Score(s, title, body, companies));
        var tagged = TaggedSection(story);
        var tried = new HashSet<NewsSectionId>();
        while (true)
        {
            TaxonomySection? section = null;
            string? subSector = null;
            if (tagged is { } t && !tried.Contains(t.Section.Id))
            {
                (section, subSector) = t;
            }
            else
            {
                section = _taxonomy.Sections.Where(s => !tried.Contains(s.Id) && scores[s.Id] > 0)
                    .OrderByDescending(s => scores[s.Id]).FirstOrDefault();
            }

            if (section is null)
            {
                return new StoryFacts(companies, [], Unplaced(companies, tried));
            }

            tried.Add(section.Id);
            var group = GroupIn(section, subSector, story, companies, title, body);
            if (section.ListedGroupsOnly && !section.Groups.Contains(group))
            {
                continue;
            }

            var placements = new List<Placement> { new(section.Id, group) };
            foreach (var other in section.AlsoIn.Select(id => _taxonomy.Find(id)!))
            {
                var otherGroup = GroupIn(other, null, story, companies, title, body);
                if (otherGroup != OtherGroup && (!other.ListedGroupsOnly || other.Groups.Contains(otherGroup)))
                {
                    placements.Add(new Placement(other.Id, otherGroup));
                }
            }

            return new StoryFacts(companies, placements, null);
        }
    }

    private List<CompanyRef> Companies(NewsStory story, TermMatch[] title, TermMatch[] body)
    {
        var found = new List<CompanyRef>();
        void Add(CompanyRef c)
        {
            if (found.All(f => f.Name != c.Name))
            {
                found.Add(c);
            }
        }

        foreach (var code in story.Companies)
        {
            Add(CompanyOf(code));
        }

        foreach (var tag in story.Tags)
        {
            if (_companyByTag.TryGetValue(Key(tag), out var named))
            {
                Add(named);
            }
        }

        foreach (var m in title.Concat(body).Where(m => m.Owner.Kind == TermKind.Company))
        {
            Add(_companies[m.Owner.Index]);
        }

        return found;
    }

    private (TaxonomySection Section, string? SubSector)? TaggedSection(NewsStory story)
    {
        foreach (var tag in story.Tags)
        {
            var key = Key(tag);
            if (_sectionByTag.TryGetValue(key, out var section))
            {
                return (section, null);
            }

            // A tag naming a sub-sector decides only when the taxonomy shows industry news.
            if (_taxonomy.Find(NewsSectionId.Industry) is not { } industry)
            {
                continue;
            }

            if (_subSectorByTag.TryGetValue(key, out var sub))
            {
                return (industry, sub);
            }

            if (_taxonomy.OpenSubSectors && !_companyByTag.ContainsKey(key))
            {
                return (industry, tag.Trim());
            }
        }

        return null;
    }

    private double Score(TaxonomySection section, TermMatch[] title, TermMatch[] body, List<CompanyRef> companies)
    {
        int index = IndexOf(section.Id);
        double score = Weighted(title, body, m => m.Owner == new TermOwner(TermKind.SectionKeyword, index));
        if (section.Id == NewsSectionId.Industry)
        {
            score += BestSubSector(title, body).Score;
        }

        if (section.Id == NewsSectionId.Company && companies.Count > 0)
        {
            score += CompanyFallback;
        }

        return score;
    }

    private (int Index, double Score) BestSubSector(TermMatch[] title, TermMatch[] body)
    {
        var best = (Index: -1, Score: 0.0);
        for (int k = 0; k < _taxonomy.SubSectors.Count; k++)
        {
            double s = Weighted(title, body, m => m.Owner == new TermOwner(TermKind.SubSector, k));
            if (s > best.Score)
            {
                best = (k, s);
            }
        }

        return best;
    }

    /// <summary>3 per distinct term in the title, 1 per distinct term in the text.</summary>
    private static double Weighted(TermMatch[] title, TermMatch[] body, Func<TermMatch, bool> which) =>
        TitleWeight * title.Where(which).Select(m => m.Term).Distinct().Count() + body.Where(which).Select(m => m.Term).Distinct().Count();

    private string GroupIn(TaxonomySection section, string? taggedSubSector, NewsStory story, List<CompanyRef> companies, TermMatch[] title, TermMatch[] body)
    {
        switch (section.GroupBy)
        {
            case NewsGrouping.Company:
                return (companies.FirstOrDefault(c => section.Groups.Contains(c.Name)) ?? companies.FirstOrDefault())?.Name ?? OtherGroup;
            case NewsGrouping.SubSector:
                if (taggedSubSector is not null)
                {
                    return taggedSubSector;
                }

                if (story.Tags.Select(t => _subSectorByTag.GetValueOrDefault(Key(t))).FirstOrDefault(s => s is not null) is { } tagged)
                {
                    return tagged;
                }

                if (BestSubSector(title, body) is { Index: >= 0 } best)
                {
                    return _taxonomy.SubSectors[best.Index].Name;
                }

                var bySecurity = story.Companies.Select(c => _universe.Security(c)?.SubSector).FirstOrDefault(s => s is not null);
                return bySecurity is not null && (_taxonomy.OpenSubSectors || _taxonomy.SubSectors.Any(s => s.Name == bySecurity)) ? bySecurity : OtherGroup;
            default:
                return section.Heading;
        }
    }

    private static string Unplaced(List<CompanyRef> companies, HashSet<NewsSectionId> tried) =>
        tried.Count == 0
            ? "未能归入任何栏目：没有栏目标签、公司或关键词命中"
            : $"未能归入任何栏目：{(companies.Count > 0 ? $"所涉公司（{string.Join("、", companies.Select(c => c.Name))}）" : "所属分组")}不在相关栏目所列分组中";

    private int IndexOf(NewsSectionId id)
    {
        for (int i = 0; i < _taxonomy.Sections.Count; i++)
        {
            if (_taxonomy.Sections[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Tags and names compare after NFKC and lower-casing.</summary>
    private static string Key(string tag) => WordSegmenter.Normalize(tag.Trim());
}
