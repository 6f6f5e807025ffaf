using SectorScope.Pipeline;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Store.Postgres;

/// <summary>
/// A workspace's report from its own DuckDB store and the same workspace, without its market files, reading them
/// from the shared PostgreSQL store: report.json, report.md and every table are the same bytes. Three workspaces of
/// different shape: the demo (two markets, FX, valuations, news), the pandas oracle's generated one and the small
/// test workspace (an identical close given twice, one close older than the window).
/// </summary>
[Trait("Category", "Slow")]
public sealed class SameReportOnBothStoresTests
{
    public static TheoryData<string> Workspaces() => new() { "demo", "oracle", "small" };

    [PostgresTheory]
    [MemberData(nameof(Workspaces))]
    public void Report_json_md_and_tables_are_byte_identical_from_duckdb_and_postgresql(string name)
    {
        using var small = name == "small" ? new TestWorkspace() : null;
        var source = name switch
        {
            "demo" => Repository.DemoWorkspace,
            "oracle" => Repository.TestData("Oracle", "workspace"),
            _ => small!.Root,
        };
        var own = Repository.CopyToTemp(source);
        var analyst = SharedStore.AnalystCopy(source);
        try
        {
            var address = SharedStore.Loaded(own);
            var fromDuck = ReportPipeline.Run(own, null, null, own + "-out", OutputFormat.Json | OutputFormat.Markdown, recordHistory: false, gate: FactCheckGate.Force).Value;
            var fromPostgres = ReportPipeline.Run(analyst, null, null, analyst + "-out", OutputFormat.Json | OutputFormat.Markdown, recordHistory: false,
                gate: FactCheckGate.Force, store: address).Value;
            Assert.False(Directory.Exists(Path.Combine(analyst, "prices")));
            string[] Compared(string folder) => [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
                .Where(f => f is "report.json" or "report.md" || f.StartsWith("tables/", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)];
            var files = Compared(fromDuck.OutputFolder);
            Assert.Contains("tables/stock_returns.csv", files);
            Assert.Equal(files, Compared(fromPostgres.OutputFolder));
            foreach (var file in files)
            {
                Assert.True(File.ReadAllBytes(Path.Combine(fromDuck.OutputFolder, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(fromPostgres.OutputFolder, file))),
                    $"{name}: {file} differs between DuckDB and PostgreSQL");
            }

            // The manifest names the server and each shared file it read, never a credential.
            var manifest = File.ReadAllText(Path.Combine(fromPostgres.OutputFolder, "manifest.json"));
            Assert.Contains($"\"{address}/prices/", manifest);
            Assert.DoesNotContain(PostgresServer.Password, manifest);
            Assert.DoesNotContain("passfile", manifest);
        }
        finally
        {
            foreach (var folder in new[] { own, own + "-out", analyst, analyst + "-out" }.Where(Directory.Exists))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
