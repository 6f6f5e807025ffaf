using System.Text;

namespace SectorScope.Workspace;

/// <summary>
/// What every command needs before it touches the data: the settings, the universe of codes
/// and each input file (hashed when first needed).
/// </summary>
/// <param name="TaxonomyFile">The taxonomy named by <c>news_taxonomy</c>; null when the settings name none.</param>
/// <param name="SettingsFile">sectorscope.yaml as read, with the line of each key (for messages).</param>
public sealed record WorkspaceInputs(string Root, SettingsDocument SettingsFile, Universe Universe, IReadOnlyList<HashedFile> Files, NewsTaxonomy? TaxonomyFile = null)
{
    public WorkspaceSettings Settings => SettingsFile.Settings;

    /// <summary>The taxonomy file's, or without one the default that sorts news by the items' own tags and companies.</summary>
    public NewsTaxonomy Taxonomy => TaxonomyFile ?? NewsTaxonomy.Default(Settings.Sector);
}

/// <summary>Reads and validates the files of a workspace.</summary>
public static class WorkspaceReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads settings and reference files; a rejection carries every problem found.</summary>
    public static Outcome<WorkspaceInputs> Open(string root)
    {
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(root))
        {
            diagnostics.Add(root, 0, "workspace", ReaderMessages.FolderMissing);
            return Rejection.Of(diagnostics);
        }

        var settingsPath = Path.Combine(root, SettingsReader.FileName);
        if (!File.Exists(settingsPath))
        {
            diagnostics.Add(SettingsReader.FileName, 0, "file", ReaderMessages.SettingsMissing);
            return Rejection.Of(diagnostics);
        }

        var document = ReadText(new InputFile(SettingsReader.FileName, InputKind.Settings), root, diagnostics) is { } yaml
            ? SettingsReader.Read(yaml, diagnostics)
            : null;
        if (document is null)
        {
            return Rejection.Of(diagnostics);
        }

        var files = WorkspaceFiles.List(root, document.Settings);
        foreach (var (key, name, kind) in (ReadOnlySpan<(string, string?, InputKind)>)[("disclaimer", document.Settings.Disclaimer, InputKind.Disclaimer), ("word_template", document.Settings.WordTemplate, InputKind.WordTemplate),
            ("news_taxonomy", document.Settings.NewsTaxonomy, InputKind.NewsTaxonomy)])
        {
            if (name is not null && files.All(f => f.Kind != kind))
            {
                diagnostics.Add(SettingsReader.FileName, document.LineOf(key), key, ReaderMessages.SettingsFileMissing(name));
            }
        }

        var markets = document.Settings.Markets.Select(m => m.Market).ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<Security> securities = [];
        IReadOnlyList<IndexInfo> indices = [];
        foreach (var (name, kind) in (ReadOnlySpan<(string, InputKind)>)[("securities.csv", InputKind.Securities), ("indices.csv", InputKind.Indices)])
        {
            if (!files.Any(f => f.Kind == kind))
            {
                diagnostics.Add(name, 0, "file", ReaderMessages.CodesFileMissing);
            }
        }

        foreach (var file in files.Where(f => f.Kind is InputKind.Securities or InputKind.Indices))
        {
            if (ReadText(file, root, diagnostics) is not { } text)
            {
                continue;
            }

            if (file.Kind == InputKind.Securities)
            {
                securities = InputParsers.Securities(file.RelativePath, text, markets, diagnostics);
            }
            else
            {
                indices = InputParsers.Indices(file.RelativePath, text, markets, diagnostics);
            }
        }

        foreach (var clash in securities.Select(s => s.Code).Intersect(indices.Select(i => i.Code)))
        {
            diagnostics.Add("indices.csv", 0, "code", ReaderMessages.DefinedAsBoth(clash));
        }

        var universe = new Universe(securities, indices);
        if (document.Settings.ComputedIndex is { } computed && computed.Check(universe, diagnostics) is { } computedRow)
        {
            // The computed index is an index like the vendors' from here on: named, with a market, usable wherever a code is.
            universe = new Universe(securities, [.. indices, computedRow]);
        }

        SettingsValidator.Check(document, universe, diagnostics);
        NewsTaxonomy? taxonomy = null;
        if (files.FirstOrDefault(f => f.Kind == InputKind.NewsTaxonomy) is { } taxonomyFile && ReadText(taxonomyFile, root, diagnostics) is { } taxonomyText)
        {
            taxonomy = TaxonomyReader.Read(taxonomyFile.RelativePath, taxonomyText, universe, document.Settings.Sector, diagnostics);
        }

        if (diagnostics.HasErrors)
        {
            return Rejection.Of(diagnostics);
        }

        // Every file is checked before any is hashed or read: a link out of the workspace, a FIFO or device, or
        // a file over its size limit is refused here, so no later reader ever opens one.
        foreach (var file in files)
        {
            InputBytes.Check(root, file.RelativePath, InputLimits.For(file.Kind), diagnostics);
        }

        if (diagnostics.HasErrors)
        {
            return Rejection.Of(diagnostics);
        }

        var hashed = files.Select(f => HashedFile.Stat(f, root)).ToArray();
        return new WorkspaceInputs(Path.GetFullPath(root), document, universe, hashed, taxonomy);
    }

    /// <summary>The file's text as strict UTF-8 (BOM allowed); a file in another encoding is rejected, never garbled.</summary>
    public static string? ReadText(InputFile file, string root, DiagnosticBag diagnostics)
    {
        if (InputBytes.Read(root, file, diagnostics) is not { } bytes)
        {
            return null;
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            text = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
            DocumentText.CheckLines(file.RelativePath, text, diagnostics);
            return text;
        }
        catch (DecoderFallbackException e)
        {
            var line = 1 + bytes.Take(Math.Max(0, e.Index)).Count(b => b == (byte)'\n');
            diagnostics.Add(file.RelativePath, line, "encoding", ReaderMessages.NotUtf8);
            return null;
        }
    }

    public static string Hash(string path) => FileDigest.Of(path).Sha256;
}
