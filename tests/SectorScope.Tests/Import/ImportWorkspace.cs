using System.Security.Cryptography;
using SectorScope.Import;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Import;

/// <summary>
/// An empty workspace for import tests: the demo's settings, codes (securities, indices), disclaimer and
/// taxonomy, and no market data. Deleted on dispose.
/// </summary>
public sealed class ImportWorkspace : IDisposable
{
    public ImportWorkspace(bool codeMap = true)
    {
        Directory.CreateDirectory(Root);
        foreach (var file in (string[])["sectorscope.yaml", "securities.csv", "indices.csv", "disclaimer.md", "taxonomy.yaml"])
        {
            File.Copy(Path.Combine(Repository.DemoWorkspace, file), Path.Combine(Root, file));
        }

        if (codeMap)
        {
            File.Copy(Fixture("code_map.csv"), Path.Combine(Root, Importer.CodeMapFile));
        }
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "sectorscope-tests", "import-" + Guid.NewGuid().ToString("N"));

    public static string Fixture(string name) => Repository.TestData("Import", "Fixtures", name);

    /// <summary>The six fixtures that together hold every demo price row.</summary>
    public static readonly string[] DailyFixtures =
        ["hk-2020-2022.xlsx", "hk-2023-2024.xls", "us-2020-2022-gbk.csv", "us-long-tushare.csv", "hstech-chart.json", "ixic-chart.json"];

    public ImportResult Import(ImportKind kind, IEnumerable<string> files, bool universeAll = false, bool monthEnd = false, bool replace = false, bool dryRun = false,
        IReadOnlyDictionary<string, string>? map = null, string? sheet = null) =>
        Importer.Run(new ImportRequest(Root, kind, [.. files], sheet, map, universeAll, monthEnd, replace, dryRun, SectorScope.Cli.Commands.ImportCommand.OptionName));

    public string Write(string relative, string text)
    {
        var path = Path.Combine(Root, "..", Path.GetFileName(Root) + "-src", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return path;
    }

    public string WriteBytes(string relative, byte[] bytes)
    {
        var path = Path.Combine(Root, "..", Path.GetFileName(Root) + "-src", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Every price row of the workspace, read with the workspace's own parser.</summary>
    public static Dictionary<(DateOnly, string), double> Prices(string root)
    {
        var inputs = WorkspaceReader.Open(root).Value;
        var diagnostics = new DiagnosticBag();
        var rows = new Dictionary<(DateOnly, string), double>();
        foreach (var file in inputs.Files.Select(f => f.File).Where(f => f.Kind == InputKind.Prices))
        {
            foreach (var p in InputParsers.Prices(file.RelativePath, WorkspaceReader.ReadText(file, root, diagnostics)!, inputs.Universe, diagnostics))
            {
                rows.Add((p.Date, p.Code), p.Close);
            }
        }

        Assert.Empty(diagnostics.Items);
        return rows;
    }

    /// <summary>Every file and folder under <paramref name="root"/> with the SHA-256 of its bytes.</summary>
    public static SortedDictionary<string, string> Snapshot(string root)
    {
        var snapshot = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, entry);
            snapshot[relative] = File.Exists(entry) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry))) : "dir";
        }

        return snapshot;
    }

    public void Dispose()
    {
        foreach (var dir in (string[])[Root, Path.Combine(Root, "..", Path.GetFileName(Root) + "-src")])
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }
}
