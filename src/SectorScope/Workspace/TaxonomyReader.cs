using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace SectorScope.Workspace;

/// <summary>
/// Reads the news taxonomy file named by <c>news_taxonomy</c>. Every problem is reported, all at
/// once, as <c>file:line: key: reason</c>; a key it does not know is an error, never ignored.
/// </summary>
public static class TaxonomyReader
{
    private static readonly string[] TopKeys = ["sections", "companies", "sub_sectors", "source_tiers", "default_tier", "scoring", "dedup"];

    private static readonly string[] SectionKeys =
        ["heading", "key_point", "tags", "keywords", "group_by", "groups", "listed_groups_only", "max_items", "also_in", "headline_items", "headline_length"];

    public static NewsTaxonomy? Read(string file, string text, Universe universe, string sector, DiagnosticBag diagnostics)
    {
        var node = YamlText.Root(file, text, diagnostics, out bool empty);
        if (node is not YamlMappingNode root)
        {
            if (node is null && !empty)
            {
                return null;
            }

            diagnostics.Add(file, 1, "yaml", ReaderMessages.TaxonomyNotMapping);
            return null;
        }

        int before = diagnostics.Items.Count;
        var y = new Yaml(new SettingsReader.YamlAccess(file, diagnostics));
        y.A.RejectUnknown(root, TopKeys, "taxonomy");

        var scoring = ReadScoring(y, root);
        var dedup = ReadDedup(y, root);
        var companies = ReadCompanies(y, root, universe);
        var subSectors = ReadSubSectors(y, root);
        var (tiers, defaultTier) = ReadTiers(y, root, scoring.Tier.Count);
        var sections = ReadSections(y, root, sector, companies, subSectors);

        if (diagnostics.Items.Count > before)
        {
            return null;
        }

        return new NewsTaxonomy(sections, companies, subSectors, tiers, defaultTier, scoring, dedup, OpenSubSectors: false);
    }

    /// <summary>The listed sections, in the file's order: the report shows these and no others. No <c>sections</c>: the default ones.</summary>
    private static List<TaxonomySection> ReadSections(Yaml y, YamlMappingNode root, string sector, IReadOnlyList<TaxonomyCompany> companies, IReadOnlyList<TaxonomySubSector> subSectors)
    {
        var node = y.A.Child(root, "sections");
        if (node is null)
        {
            return [.. NewsTaxonomy.DefaultKinds.Select(id => NewsTaxonomy.DefaultSection(id, sector))];
        }

        if (node is not YamlMappingNode map || map.Children.Count == 0)
        {
            y.A.Error(node, "sections", ReaderMessages.ExpectedSections);
            return [];
        }

        var listed = new List<(NewsSectionId Id, YamlMappingNode Node)>();
        foreach (var (k, v) in map.Children)
        {
            var key = y.A.Scalar(k) ?? "";
            if (NewsTaxonomy.KindOf(key) is not { } id)
            {
                y.A.Error(k, $"sections.{key}", ReaderMessages.UnknownSection);
                continue;
            }

            if (v is not YamlMappingNode m)
            {
                y.A.Error(v, $"sections.{key}", ReaderMessages.ExpectedSectionSettings);
                continue;
            }

            listed.Add((id, m));
        }

        var shown = listed.Select(s => s.Id).ToHashSet();
        return [.. listed.Select(s => ReadSection(y, s.Node, s.Id, shown, sector, companies, subSectors))];
    }

    private static TaxonomySection ReadSection(Yaml y, YamlMappingNode m, NewsSectionId id, IReadOnlySet<NewsSectionId> shown, string sector, IReadOnlyList<TaxonomyCompany> companies, IReadOnlyList<TaxonomySubSector> subSectors)
    {
        var key = NewsTaxonomy.Key(id);
        var label = $"sections.{key}";
        var d = NewsTaxonomy.DefaultSection(id, sector);
        y.A.RejectUnknown(m, SectionKeys, label);

        var groupBy = d.GroupBy;
        if (y.A.Child(m, "group_by") is { } gNode)
        {
            var text = y.A.Scalar(gNode);
            NewsGrouping? parsed = text switch { "company" => NewsGrouping.Company, "sub_sector" => NewsGrouping.SubSector, "none" => NewsGrouping.None, _ => null };
            if (parsed is null)
            {
                y.A.Error(gNode, $"{label}.group_by", ReaderMessages.NotOneOf(text ?? "", ["company", "sub_sector", "none"]));
            }
            else
            {
                groupBy = parsed.Value;
            }
        }

        var groups = y.Strings(m, "groups", label);
        var known = groupBy switch
        {
            NewsGrouping.Company => companies.Select(c => c.Name).ToHashSet(StringComparer.Ordinal),
            NewsGrouping.SubSector => subSectors.Select(s => s.Name).ToHashSet(StringComparer.Ordinal),
            _ => [],
        };
        foreach (var (group, node) in groups.Nodes)
        {
            if (!known.Contains(group))
            {
                y.A.Error(node, $"{label}.groups", groupBy == NewsGrouping.None
                    ? ReaderMessages.NoGroupsWithoutGrouping
                    : (groupBy == NewsGrouping.Company ? ReaderMessages.NotACompany(group) : ReaderMessages.NotASubSector(group)));
            }
        }

        foreach (var dup in groups.Values.GroupBy(g => g, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            y.A.Error(m, $"{label}.groups", ReaderMessages.ListedTwice(dup.Key));
        }

        var alsoIn = new List<NewsSectionId>();
        var also = y.Strings(m, "also_in", label);
        foreach (var (name, node) in also.Nodes)
        {
            var target = NewsTaxonomy.KindOf(name);
            if (target is null || target == id || !shown.Contains(target.Value))
            {
                y.A.Error(node, $"{label}.also_in", ReaderMessages.NotAnotherSection(name));
            }
            else
            {
                alsoIn.Add(target.Value);
            }
        }

        return new TaxonomySection(
            id,
            y.A.String(m, "heading") ?? d.Heading,
            y.A.Child(m, "key_point") is null ? d.KeyPoint : y.A.String(m, "key_point"),
            y.A.Child(m, "tags") is null ? d.Tags : y.Strings(m, "tags", label).Values,
            y.Strings(m, "keywords", label).Values,
            groupBy,
            groups.Values,
            y.Bool(m, "listed_groups_only", label) ?? false,
            y.A.Child(m, "max_items") is { } mi ? y.A.IntOf(mi, $"{label}.max_items", 1, 100) ?? d.MaxItems : d.MaxItems,
            alsoIn,
            y.A.Child(m, "headline_items") is { } hi ? y.A.IntOf(hi, $"{label}.headline_items", 1, 10) ?? d.HeadlineItems : d.HeadlineItems,
            y.A.Child(m, "headline_length") is { } hl ? y.A.IntOf(hl, $"{label}.headline_length", 8, 400) ?? d.HeadlineLength : d.HeadlineLength);
    }

    private static List<TaxonomyCompany> ReadCompanies(Yaml y, YamlMappingNode root, Universe universe)
    {
        var companies = new List<TaxonomyCompany>();
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in y.A.Sequence(root, "companies"))
        {
            if (node is not YamlMappingNode m)
            {
                y.A.Error(node, "companies", ReaderMessages.ExpectedCompany);
                continue;
            }

            y.A.RejectUnknown(m, ["name", "aliases", "codes"], "companies");
            var name = y.A.RequiredString(m, "name", "companies");
            var aliases = y.Strings(m, "aliases", "companies");
            var codeList = y.Strings(m, "codes", "companies");
            if (name is null)
            {
                continue;
            }

            // A name or alias (Latin letters in any case) may stand for one company only.
            foreach (var (term, termNode) in aliases.Nodes.Prepend((name, (YamlNode)m)))
            {
                if (names.TryGetValue(term, out var owner) && owner != name)
                {
                    y.A.Error(termNode, "companies.aliases", ReaderMessages.AlreadyNames(term, owner));
                }

                names[term] = name;
            }

            if (companies.Any(c => c.Name == name))
            {
                y.A.Error(m, "companies.name", ReaderMessages.ListedTwice(name));
            }

            foreach (var (code, codeNode) in codeList.Nodes)
            {
                if (!universe.IsSecurity(code))
                {
                    y.A.Error(codeNode, "companies.codes", ReaderMessages.NotIn(code, "securities.csv"));
                }
                else if (!codes.TryAdd(code, name))
                {
                    y.A.Error(codeNode, "companies.codes", ReaderMessages.AlreadyBelongs(code, codes[code]));
                }
            }

            companies.Add(new TaxonomyCompany(name, aliases.Values, codeList.Values));
        }

        return companies;
    }

    private static List<TaxonomySubSector> ReadSubSectors(Yaml y, YamlMappingNode root)
    {
        var list = new List<TaxonomySubSector>();
        foreach (var node in y.A.Sequence(root, "sub_sectors"))
        {
            if (node is not YamlMappingNode m)
            {
                y.A.Error(node, "sub_sectors", ReaderMessages.ExpectedSubSector);
                continue;
            }

            y.A.RejectUnknown(m, ["name", "keywords"], "sub_sectors");
            var name = y.A.RequiredString(m, "name", "sub_sectors");
            var keywords = y.Strings(m, "keywords", "sub_sectors");
            if (name is null)
            {
                continue;
            }

            if (list.Any(s => s.Name == name))
            {
                y.A.Error(m, "sub_sectors.name", ReaderMessages.ListedTwice(name));
            }

            list.Add(new TaxonomySubSector(name, keywords.Values));
        }

        return list;
    }

    private static (Dictionary<string, int> Tiers, int DefaultTier) ReadTiers(Yaml y, YamlMappingNode root, int tierCount)
    {
        var tiers = new Dictionary<string, int>(StringComparer.Ordinal);
        var node = y.A.Child(root, "source_tiers");
        if (node is not null and not YamlMappingNode)
        {
            y.A.Error(node, "source_tiers", ReaderMessages.ExpectedTiers);
        }

        if (node is YamlMappingNode map)
        {
            foreach (var (k, v) in map.Children)
            {
                var tier = y.A.IntOf(k, "source_tiers", 1, tierCount);
                if (v is not YamlSequenceNode seq)
                {
                    y.A.Error(v, "source_tiers", ReaderMessages.ExpectedSourceList);
                    continue;
                }

                foreach (var s in seq.Children)
                {
                    var source = y.A.Scalar(s)?.Trim();
                    if (string.IsNullOrEmpty(source))
                    {
                        y.A.Error(s, "source_tiers", ReaderMessages.ExpectedSourceName);
                    }
                    else if (tier is not null && !tiers.TryAdd(source, tier.Value))
                    {
                        y.A.Error(s, "source_tiers", ReaderMessages.AlreadyInTier(source, tiers[source]));
                    }
                }
            }
        }

        var defaultTier = y.A.Int(root, "default_tier", 1, tierCount) ?? tierCount;
        return (tiers, defaultTier);
    }

    private static NewsScoring ReadScoring(Yaml y, YamlMappingNode root)
    {
        var d = NewsScoring.Default;
        if (y.A.Child(root, "scoring") is not { } node)
        {
            return d;
        }

        if (node is not YamlMappingNode m)
        {
            y.A.Error(node, "scoring", ReaderMessages.ExpectedScoring);
            return d;
        }

        y.A.RejectUnknown(m, ["tier", "key_company", "recency", "extra_source", "max_extra_sources"], "scoring");
        var tier = d.Tier;
        if (y.A.Child(m, "tier") is { } tNode)
        {
            var points = y.A.Sequence(m, "tier").Select(n => y.Number(n, "scoring.tier")).ToArray();
            if (points.Length == 0 || points.Any(p => p is null))
            {
                y.A.Error(tNode, "scoring.tier", ReaderMessages.ExpectedTierPoints);
            }
            else
            {
                tier = [.. points.Select(p => p!.Value)];
            }
        }

        return new NewsScoring(
            tier,
            y.NumberAt(m, "key_company", "scoring") ?? d.KeyCompany,
            y.NumberAt(m, "recency", "scoring") ?? d.Recency,
            y.NumberAt(m, "extra_source", "scoring") ?? d.ExtraSource,
            y.A.Child(m, "max_extra_sources") is { } mx ? y.A.IntOf(mx, "scoring.max_extra_sources", 0, 100) ?? d.MaxExtraSources : d.MaxExtraSources);
    }

    private static NewsDedup ReadDedup(Yaml y, YamlMappingNode root)
    {
        var d = NewsDedup.Default;
        if (y.A.Child(root, "dedup") is not { } node)
        {
            return d;
        }

        if (node is not YamlMappingNode m)
        {
            y.A.Error(node, "dedup", ReaderMessages.ExpectedDedup);
            return d;
        }

        y.A.RejectUnknown(m, ["days", "similarity"], "dedup");
        var days = y.A.Child(m, "days") is { } dn ? y.A.IntOf(dn, "dedup.days", 0, 31) ?? d.Days : d.Days;
        var similarity = y.NumberAt(m, "similarity", "dedup") ?? d.Similarity;
        if (similarity is <= 0 or > 1)
        {
            y.A.Error(y.A.Child(m, "similarity")!, "dedup.similarity", ReaderMessages.SimilarityRange);
        }

        return new NewsDedup(days, similarity);
    }

    /// <summary>The list helpers the settings reader does not need.</summary>
    private sealed class Yaml(SettingsReader.YamlAccess access)
    {
        public SettingsReader.YamlAccess A { get; } = access;

        public (IReadOnlyList<string> Values, IReadOnlyList<(string Value, YamlNode Node)> Nodes) Strings(YamlMappingNode map, string key, string label)
        {
            var node = A.Child(map, key);
            if (node is null)
            {
                return ([], []);
            }

            if (node is not YamlSequenceNode seq)
            {
                A.Error(node, $"{label}.{key}", ReaderMessages.ExpectedList);
                return ([], []);
            }

            var nodes = new List<(string, YamlNode)>();
            foreach (var item in seq.Children)
            {
                var text = A.Scalar(item)?.Trim();
                if (string.IsNullOrEmpty(text))
                {
                    A.Error(item, $"{label}.{key}", ReaderMessages.ExpectedNonEmptyText);
                }
                else
                {
                    nodes.Add((text, item));
                }
            }

            return ([.. nodes.Select(n => n.Item1)], nodes);
        }

        public bool? Bool(YamlMappingNode map, string key, string label)
        {
            if (A.Child(map, key) is not { } node)
            {
                return null;
            }

            var text = A.Scalar(node);
            if (text is "true" or "false")
            {
                return text == "true";
            }

            A.Error(node, $"{label}.{key}", ReaderMessages.NotTrueOrFalse(text ?? ""));
            return null;
        }

        public double? NumberAt(YamlMappingNode map, string key, string label) =>
            A.Child(map, key) is { } node ? Number(node, $"{label}.{key}") : null;

        public double? Number(YamlNode node, string label)
        {
            var text = A.Scalar(node);
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= 0)
            {
                return value;
            }

            A.Error(node, label, ReaderMessages.NotANumberAtLeastZero(text ?? ""));
            return null;
        }
    }
}
