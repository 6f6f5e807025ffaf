using SectorScope.Workspace;

namespace SectorScope.Store.Postgres;

/// <summary>
/// The data team's folder of market data, laid out as a workspace's market files are: <c>securities.csv</c> and
/// <c>indices.csv</c> (every code the shared store holds), <c>prices/*.csv</c>, <c>valuations.csv</c> and
/// <c>fx.csv</c>. Everything else in it (a workspace's settings, coverage, news) is not market data and is ignored,
/// so a workspace folder can be loaded as it is. The files are checked by the workspace's own readers and limits.
/// </summary>
public sealed record MarketDataFolder(string Root, Universe Universe, IReadOnlyList<HashedFile> Files)
{
    /// <summary>The kinds of file the shared store holds, in load order.</summary>
    public static readonly InputKind[] Kinds = [InputKind.Securities, InputKind.Indices, InputKind.Prices, InputKind.Valuations, InputKind.Fx];

    /// <summary>Lists and checks the folder; a rejection lists every problem found.</summary>
    public static Outcome<MarketDataFolder> Open(string root)
    {
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(root))
        {
            diagnostics.Add(root, 0, "market-data", ReaderMessages.FolderMissing);
            return Rejection.Of(diagnostics);
        }

        // The listing needs settings only for the files they name (disclaimer, template), none of which is market data.
        var none = new WorkspaceSettings { Title = "", Sector = "", Markets = [], HeadlineIndex = "" };
        var files = WorkspaceFiles.List(root, none).Where(f => Kinds.Contains(f.Kind)).ToArray();
        foreach (var (name, kind) in (ReadOnlySpan<(string, InputKind)>)[("securities.csv", InputKind.Securities), ("indices.csv", InputKind.Indices)])
        {
            if (!files.Any(f => f.Kind == kind))
            {
                diagnostics.Add(name, 0, "file", ReaderMessages.MarketCodesFileMissing);
            }
        }

        foreach (var file in files)
        {
            InputBytes.Check(root, file.RelativePath, InputLimits.For(file.Kind), diagnostics);
        }

        if (diagnostics.HasErrors)
        {
            return Rejection.Of(diagnostics);
        }

        IReadOnlyList<Security> securities = [];
        IReadOnlyList<IndexInfo> indices = [];
        foreach (var file in files.Where(f => f.Kind is InputKind.Securities or InputKind.Indices))
        {
            if (WorkspaceReader.ReadText(file, root, diagnostics) is not { } text)
            {
                continue;
            }

            // A shared folder has no settings naming its markets: every market its reference files name is one.
            var markets = MarketsNamedIn(file, text);
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

        if (diagnostics.HasErrors)
        {
            return Rejection.Of(diagnostics);
        }

        return new MarketDataFolder(Path.GetFullPath(root), new Universe(securities, indices), [.. files.Select(f => HashedFile.Stat(f, root))]);
    }

    private static HashSet<string> MarketsNamedIn(InputFile file, string text)
    {
        var scratch = new DiagnosticBag();
        IEnumerable<string> markets = file.Kind == InputKind.Securities
            ? InputParsers.Securities(file.RelativePath, text, new HashSet<string>(), scratch).Select(s => s.Market)
            : InputParsers.Indices(file.RelativePath, text, new HashSet<string>(), scratch).Select(i => i.Market);
        return markets.ToHashSet(StringComparer.Ordinal);
    }
}
