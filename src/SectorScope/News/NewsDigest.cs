using SectorScope.Workspace;

namespace SectorScope.News;

/// <summary>
/// Turns a pile of news items into the report's news sections, as a pure function of its request:
/// items outside the period are left out and listed; duplicates are merged (<see cref="DuplicateMerger"/>);
/// each story is placed (<see cref="StoryClassifier"/>), scored (<see cref="NewsScore"/>) and ranked;
/// each group is capped and gets a headline (<see cref="HeadlineComposer"/>, or the analyst's own).
/// </summary>
public static class NewsDigest
{
    public static NewsDigestResult Build(DigestRequest request)
    {
        var taxonomy = request.Taxonomy;
        var period = request.Period;
        var leftOut = new List<LeftOutNews>();
        var inPeriod = new List<NewsItem>();
        foreach (var item in request.Items.OrderBy(i => i.Origin.File, StringComparer.Ordinal).ThenBy(i => i.Origin.Line))
        {
            if (item.Date >= period.Start && item.Date <= period.End)
            {
                inPeriod.Add(item);
            }
            else
            {
                leftOut.Add(new LeftOutNews(item.Date, item.Source, item.Title, [item.Origin], $"日期 {InputDates.Format(item.Date)} 不在报告期 {period} 内"));
            }
        }

        var (terms, names) = Terms(taxonomy, request.Universe);
        var texts = terms.Select(t => t.Text).Concat(names).Concat(inPeriod.Select(i => i.Title)).Concat(inPeriod.Select(i => i.Body)).ToArray();
        // Segmenting needs jieba's dictionary (about a second to load); a run over the same texts reuses the last result.
        var key = request.Segmentations is null ? null : SegmentationKey.Of(texts, terms.Select(t => t.Text));
        var segmentation = key is null ? null : request.Segmentations!.Find(key);
        if (segmentation is null)
        {
            segmentation = WordSegmenter.Segment(texts, terms.Select(t => t.Text));
            if (key is not null)
            {
                request.Segmentations!.Keep(key, segmentation);
            }
        }

        var words = segmentation.Texts;
        var termWords = words.Take(terms.Count).ToArray();
        var nameWords = names.Select((n, i) => (n, words[terms.Count + i])).GroupBy(p => p.n, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Item2, StringComparer.Ordinal);
        int titlesAt = terms.Count + names.Count;
        var titleWords = words.Skip(titlesAt).Take(inPeriod.Count).ToArray();
        var bodyWords = words.Skip(titlesAt + inPeriod.Count).Take(inPeriod.Count).ToArray();
        var position = new Dictionary<NewsItem, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < inPeriod.Count; i++)
        {
            position[inPeriod[i]] = i;
        }

        int TierOf(string source) => taxonomy.SourceTiers.TryGetValue(source.Trim(), out var t) ? t : taxonomy.DefaultTier;
        var stories = DuplicateMerger.Merge(inPeriod, titleWords, bodyWords, TierOf, taxonomy.Dedup);
        var classifier = new StoryClassifier(taxonomy, request.Universe, new TermIndex([.. termWords.Zip(terms, (w, t) => (w, t.Owner))], segmentation.Compounds), request.KeyCompanies);

        var placed = new Dictionary<NewsSectionId, Dictionary<string, List<(NewsStory Story, double Score)>>>();
        foreach (var story in stories)
        {
            int lead = position[story.Lead];
            var facts = classifier.Classify(story, titleWords[lead], bodyWords[lead]);
            if (facts.Unplaced is { } reason)
            {
                leftOut.Add(new LeftOutNews(story.Date, string.Join("、", story.Sources), story.Lead.Title, [.. story.Members.Select(m => m.Origin)], reason));
                continue;
            }

            double score = NewsScore.Of(story, facts.NamesKeyCompany, period, taxonomy.Scoring);
            foreach (var p in facts.Placements)
            {
                var groups = placed.TryGetValue(p.Section, out var g) ? g : placed[p.Section] = new(StringComparer.Ordinal);
                (groups.TryGetValue(p.Group, out var list) ? list : groups[p.Group] = []).Add((story, score));
            }
        }

        var notes = new List<string>();
        var sections = new List<DigestSection>();
        foreach (var section in taxonomy.Sections)
        {
            var id = section.Id;
            var overrides = request.Headlines.For(id);
            var groups = placed.GetValueOrDefault(id) ?? [];
            var digestGroups = new List<DigestGroup>();
            foreach (var name in GroupOrder(section, groups, request.KeyCompanies.Select(c => classifier.CompanyOf(c).Name)))
            {
                var ranked = NewsScore.Rank(groups[name]).Select((s, i) => new RankedStory(s.Story, s.Score, i + 1, i < section.MaxItems)).ToArray();
                foreach (var r in ranked.Where(r => !r.Shown))
                {
                    leftOut.Add(new LeftOutNews(r.Story.Date, string.Join("、", r.Story.Sources), r.Story.Lead.Title, [.. r.Story.Members.Select(m => m.Origin)],
                        $"{section.Heading}·{name}：排第{r.Rank}，超出每组最多{section.MaxItems}条"));
                }

                if (overrides?.Groups.TryGetValue(name, out var own) == true)
                {
                    digestGroups.Add(new DigestGroup(name, own, true, ranked));
                    continue;
                }

                var subjects = Subjects(name, section, taxonomy, request.Universe).Select(s => nameWords.GetValueOrDefault(s, [])).ToArray();
                var headline = HeadlineComposer.Compose(ranked.Where(r => r.Shown).Select(r => (r.Story.Lead.Title, titleWords[position[r.Story.Lead]])),
                    subjects, section.HeadlineItems, section.HeadlineLength);
                digestGroups.Add(new DigestGroup(name, headline, false, ranked));
            }

            foreach (var unused in overrides?.Groups.Keys.Where(k => digestGroups.All(g => g.Name != k)) ?? [])
            {
                notes.Add($"{HeadlineOverrides.FileName}：{NewsTaxonomy.Key(id)}.groups.{unused} 本期没有对应的分组，未使用");
            }

            var heading = overrides?.Title is { } title ? $"{section.Heading}：{title}" : section.Heading;
            sections.Add(new DigestSection(id, heading, section.KeyPoint, digestGroups));
        }

        foreach (var unused in request.Headlines.Sections.Keys.Where(k => taxonomy.Find(k) is null).Order())
        {
            notes.Add($"{HeadlineOverrides.FileName}：{NewsTaxonomy.Key(unused)} 栏目不在新闻分类表中，未使用");
        }

        foreach (var story in stories.Where(s => s.Members.Count > 1))
        {
            var members = story.Members.OrderBy(m => TierOf(m.Source)).ThenBy(m => !ReferenceEquals(m, story.Lead));
            notes.Add($"合并重复新闻《{story.Lead.Title}》：{string.Join("、", members.Select(m => $"{m.Source}（{m.Origin}）"))}");
        }

        return new NewsDigestResult(sections,
            [.. leftOut.OrderBy(l => l.Date).ThenBy(l => l.Origins[0].File, StringComparer.Ordinal).ThenBy(l => l.Origins[0].Line)],
            notes, request.Items.Count, inPeriod.Count, stories.Count);
    }

    /// <summary>
    /// Configured groups first, in their order; in company news the key companies before them; then
    /// the rest by their best score, then name; 其他 last.
    /// </summary>
    private static IEnumerable<string> GroupOrder(TaxonomySection section, Dictionary<string, List<(NewsStory Story, double Score)>> groups, IEnumerable<string> keyCompanies)
    {
        var first = (section.Id == NewsSectionId.Company ? keyCompanies : []).Concat(section.Groups).Distinct(StringComparer.Ordinal).Where(groups.ContainsKey).ToArray();
        var rest = groups.Keys.Except(first, StringComparer.Ordinal).Where(g => g != StoryClassifier.OtherGroup)
            .OrderByDescending(g => groups[g].Max(s => s.Score)).ThenBy(g => g, StringComparer.Ordinal);
        return first.Concat(rest).Concat(groups.ContainsKey(StoryClassifier.OtherGroup) ? [StoryClassifier.OtherGroup] : []);
    }

    /// <summary>
    /// The names a headline drops from the start of a title: the group's own name and, for a company,
    /// the names of its securities (腾讯控股). Aliases are not dropped: they are often products
    /// (ChatGPT, Gemini) that the clause needs.
    /// </summary>
    private static IEnumerable<string> Subjects(string group, TaxonomySection section, NewsTaxonomy taxonomy, Universe universe) =>
        section.GroupBy switch
        {
            NewsGrouping.None => [],
            NewsGrouping.SubSector => [group],
            _ => taxonomy.Companies.FirstOrDefault(c => c.Name == group) is { } company
                ? company.Codes.Select(universe.NameOf).Concat(company.Aliases.Where(IsCorporateName)).Prepend(group)
                : [group],
        };

    /// <summary>
    /// An alias that names the company itself (小米集团, 腾讯控股), which a headline under the company's name can
    /// drop; other aliases are brands and products (混元, 可灵AI, 阿里云) that carry news and stay.
    /// </summary>
    private static bool IsCorporateName(string alias) =>
        CorporateSuffixes.Any(s => alias.EndsWith(s, StringComparison.OrdinalIgnoreCase));

    private static readonly string[] CorporateSuffixes = ["集团", "控股", "公司", "股份", " Group", " Holdings", " Inc", " Inc."];

    /// <summary>Every taxonomy term with its owner, and every name a group can have (segmented alongside the items).</summary>
    private static (List<(string Text, TermOwner Owner)> Terms, List<string> Names) Terms(NewsTaxonomy taxonomy, Universe universe)
    {
        var terms = new List<(string, TermOwner)>();
        for (int i = 0; i < taxonomy.Sections.Count; i++)
        {
            terms.AddRange(taxonomy.Sections[i].Keywords.Select(k => (k, new TermOwner(TermKind.SectionKeyword, i))));
        }

        for (int i = 0; i < taxonomy.Companies.Count; i++)
        {
            var c = taxonomy.Companies[i];
            terms.AddRange(c.Aliases.Prepend(c.Name).Concat(c.Codes.Select(universe.NameOf)).Select(a => (a, new TermOwner(TermKind.Company, i))));
        }

        for (int i = 0; i < taxonomy.SubSectors.Count; i++)
        {
            var s = taxonomy.SubSectors[i];
            terms.AddRange(s.Keywords.Prepend(s.Name).Select(k => (k, new TermOwner(TermKind.SubSector, i))));
        }

        var names = taxonomy.Companies.SelectMany(c => c.Aliases.Prepend(c.Name)).Concat(taxonomy.SubSectors.Select(s => s.Name))
            .Concat(universe.Securities.Select(s => s.Name)).Distinct(StringComparer.Ordinal).ToList();
        return (terms, names);
    }
}
