using SectorScope.Reporting.FactCheck;
using SectorScope.Reporting.Model;
using SectorScope.Reporting.Narrative;
using SectorScope.Workspace;

namespace SectorScope.Reporting;

public sealed partial class ReportBuilder
{
    /// <summary>
    /// Expands every narrative file against the facts computed so far. All problems of all files are
    /// collected and the report is rejected with them, so no placeholder ever reaches the output unexpanded.
    /// </summary>
    private Outcome<Dictionary<string, NarrativeDocument>> ExpandNarrative()
    {
        var diagnostics = new DiagnosticBag();
        var documents = new Dictionary<string, NarrativeDocument>(StringComparer.Ordinal);
        // Each edition reads its own folder: narrative/*.md for Chinese, narrative/en/*.md for English.
        var folder = _w.Language == ReportLanguage.En ? "en/" : "";
        foreach (var (key, text) in _data.Narrative.Where(n => n.Key.LastIndexOf('/') == folder.Length - 1 && n.Key.StartsWith(folder, StringComparison.Ordinal))
            .OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            var name = key[folder.Length..];
            var file = $"narrative/{key}.md";
            if (!NarrativeFiles.Known.ContainsKey(name))
            {
                diagnostics.Add(file, 0, "file", ReaderMessages.UnknownNarrativeFile(NarrativeFiles.Known.Keys.Select(k => k + ".md")));
                continue;
            }

            documents[name] = NarrativeExpander.Expand(file, text, _facts, diagnostics);
        }

        if (diagnostics.HasErrors)
        {
            return Rejection.Of(diagnostics);
        }

        _methods.Add(_w.NarrativeMethod);
        return documents;
    }

    /// <summary>Bound to this report's facts once they are all in; kept for prose checked after the build.</summary>
    private FactChecker? _checker;

    private FactCheckReport CheckFacts(Dictionary<string, NarrativeDocument> narrative)
    {
        var checker = _checker = new FactChecker(_facts, Subjects());
        return new FactCheckReport([.. narrative.OrderBy(n => n.Key, StringComparer.Ordinal).SelectMany(n => checker.Check(n.Value))]);
    }

    /// <summary>The names prose may use for this workspace's codes and series.</summary>
    private SubjectIndex Subjects() => new(Universe, _data.Inputs.TaxonomyFile, _facts.SeriesNames, ClaimVocabulary.For(_w.Language));

    private static IReadOnlyList<string> Texts(Dictionary<string, NarrativeDocument> narrative, string name) =>
        narrative.TryGetValue(name, out var document) ? document.Texts : [];

    private static TextSection Narrative(Dictionary<string, NarrativeDocument> narrative, string name, string heading) => new(heading, Texts(narrative, name));

    private static NewsSection WithCommentary(NewsSection section, Dictionary<string, NarrativeDocument> narrative, string name) =>
        Texts(narrative, name) is { Count: > 0 } paragraphs ? section with { Commentary = paragraphs } : section;

    /// <summary>Where this edition's narrative files are, as notices name them.</summary>
    private string NarrativeFolder => _w.Language == ReportLanguage.En ? "narrative/en/" : "narrative/";

    /// <summary>A key point the analyst wrote instead of the composed one: the file's paragraphs, joined.</summary>
    private string? KeyPointText(Dictionary<string, NarrativeDocument> narrative, string name) =>
        Texts(narrative, name) is { Count: > 0 } paragraphs ? string.Join(_w.SentenceGap, paragraphs) : null;
}
