using YamlDotNet.RepresentationModel;

namespace SectorScope.Workspace;

/// <summary>The analyst's own words for one news section: a one-line thesis after its heading, and group headlines.</summary>
/// <param name="Title">Shown as "人工智能动态：Title"; null keeps the bare heading.</param>
/// <param name="Groups">Group name → headline replacing the composed one.</param>
public sealed record SectionHeadlines(string? Title, IReadOnlyDictionary<string, string> Groups);

/// <summary>
/// <c>narrative/headlines.yaml</c>: headlines the analyst writes instead of the composed ones, per
/// section key (ai, policy, industry, company). A section or group left out keeps its composed headline.
/// </summary>
/// <example>
/// <code>
/// ai:
///   title: 模型升级成为竞争核心
///   groups:
///     OpenAI: 桌面版ChatGPT登录Windows，4o模型再升级
/// </code>
/// </example>
public sealed record HeadlineOverrides(IReadOnlyDictionary<NewsSectionId, SectionHeadlines> Sections)
{
    public const string FileName = "narrative/headlines.yaml";

    public static readonly HeadlineOverrides None = new(new Dictionary<NewsSectionId, SectionHeadlines>());

    public SectionHeadlines? For(NewsSectionId id) => Sections.TryGetValue(id, out var s) ? s : null;

    public static HeadlineOverrides? Read(string text, DiagnosticBag diagnostics)
    {
        var node = YamlText.Root(FileName, text, diagnostics, out bool empty);
        if (empty)
        {
            return None;
        }

        if (node is not YamlMappingNode root)
        {
            if (node is null)
            {
                return null;
            }

            diagnostics.Add(FileName, 1, "yaml", ReaderMessages.HeadlinesNotMapping);
            return null;
        }

        int before = diagnostics.Items.Count;
        var y = new SettingsReader.YamlAccess(FileName, diagnostics);
        var sections = new Dictionary<NewsSectionId, SectionHeadlines>();
        foreach (var (k, v) in root.Children)
        {
            var key = y.Scalar(k) ?? "";
            var id = NewsTaxonomy.KindOf(key);
            if (id is null)
            {
                y.Error(k, key, ReaderMessages.UnknownSection);
                continue;
            }

            if (v is not YamlMappingNode m)
            {
                y.Error(v, key, ReaderMessages.ExpectedHeadlines);
                continue;
            }

            y.RejectUnknown(m, ["title", "groups"], key);
            var groups = new Dictionary<string, string>(StringComparer.Ordinal);
            if (y.Child(m, "groups") is { } g)
            {
                if (g is not YamlMappingNode gm)
                {
                    y.Error(g, $"{key}.groups", ReaderMessages.ExpectedGroupHeadlines);
                }
                else
                {
                    foreach (var (gk, gv) in gm.Children)
                    {
                        var name = y.Scalar(gk)?.Trim() ?? "";
                        var headline = y.Scalar(gv)?.Trim();
                        if (string.IsNullOrEmpty(headline))
                        {
                            y.Error(gv, $"{key}.groups.{name}", ReaderMessages.ExpectedOneLineHeadline);
                        }
                        else if (headline.Contains('\n', StringComparison.Ordinal))
                        {
                            y.Error(gv, $"{key}.groups.{name}", ReaderMessages.HeadlineOneLine);
                        }
                        else
                        {
                            groups[name] = headline;
                        }
                    }
                }
            }

            sections[id.Value] = new SectionHeadlines(y.String(m, "title"), groups);
        }

        return diagnostics.Items.Count > before ? null : new HeadlineOverrides(sections);
    }
}
