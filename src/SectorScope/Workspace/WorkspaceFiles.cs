namespace SectorScope.Workspace;

/// <summary>The kinds of input file a workspace holds (PRODUCT.md, "the input contract").</summary>
public enum InputKind
{
    Settings,
    Securities,
    Indices,
    Prices,
    Valuations,
    Fx,
    Coverage,
    Forecasts,
    Series,
    News,
    Narrative,
    Disclaimer,
    WordTemplate,
    NewsTaxonomy,
    Headlines,
    Glossary,
}

/// <summary>One input file: its path relative to the workspace (forward slashes) and kind.</summary>
public sealed record InputFile(string RelativePath, InputKind Kind)
{
    public string FullPath(string workspace) => Path.Combine(workspace, RelativePath.Replace('/', Path.DirectorySeparatorChar));
}

/// <summary>Finds the input files of a workspace folder in a stable order.</summary>
public static class WorkspaceFiles
{
    public static IReadOnlyList<InputFile> List(string workspace, WorkspaceSettings settings) =>
        List(workspace, settings.Disclaimer, settings.WordTemplate, settings.NewsTaxonomy);

    /// <summary>The files of a workspace whose settings name these files (a kept report's check, which reads no settings).</summary>
    public static IReadOnlyList<InputFile> List(string workspace, string? disclaimerFile, string? wordTemplateFile, string? newsTaxonomyFile)
    {
        var files = new List<InputFile>();
        var root = Path.GetFullPath(workspace) + Path.DirectorySeparatorChar;
        void Single(string name, InputKind kind)
        {
            // Files named in the settings must stay inside the workspace.
            var full = Path.GetFullPath(Path.Combine(workspace, name));
            if (full.StartsWith(root, StringComparison.Ordinal) && File.Exists(full))
            {
                files.Add(new InputFile(name, kind));
            }
        }

        void Folder(string folder, InputKind kind, params string[] patterns)
        {
            var dir = Path.Combine(workspace, folder);
            if (!Directory.Exists(dir))
            {
                return;
            }

            foreach (var f in patterns.SelectMany(p => Directory.EnumerateFiles(dir, p)).Select(Path.GetFileName).OfType<string>().Distinct().Order(StringComparer.Ordinal))
            {
                files.Add(new InputFile($"{folder}/{f}", kind));
            }
        }

        Single(SettingsReader.FileName, InputKind.Settings);
        Single("securities.csv", InputKind.Securities);
        Single("indices.csv", InputKind.Indices);
        Folder("prices", InputKind.Prices, "*.csv");
        Single("valuations.csv", InputKind.Valuations);
        Single("fx.csv", InputKind.Fx);
        Single("coverage.csv", InputKind.Coverage);
        Single("forecasts.csv", InputKind.Forecasts);
        Single("series.csv", InputKind.Series);
        // JSON lines, RSS 2.0 and Atom feeds all feed the one news table.
        Folder("news", InputKind.News, "*.jsonl", "*.xml", "*.rss", "*.atom");
        Folder("narrative", InputKind.Narrative, "*.md");
        // The English edition's narrative and the English of the workspace's Chinese texts.
        Folder("narrative/en", InputKind.Narrative, "*.md");
        Single(Glossary.FileName, InputKind.Glossary);
        Single(HeadlineOverrides.FileName, InputKind.Headlines);
        if (disclaimerFile is { } disclaimer)
        {
            Single(disclaimer, InputKind.Disclaimer);
        }

        if (wordTemplateFile is { } template)
        {
            Single(template, InputKind.WordTemplate);
        }

        if (newsTaxonomyFile is { } taxonomy)
        {
            Single(taxonomy, InputKind.NewsTaxonomy);
        }

        return files;
    }
}
