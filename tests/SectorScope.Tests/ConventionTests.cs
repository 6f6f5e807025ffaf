using SectorScope.Reporting.Model;
using SectorScope.Tests.Support;

namespace SectorScope.Tests;

/// <summary>
/// Rules of the code base that a compiler does not enforce, checked on the types the compiled library uses
/// (<see cref="TypeDependencies"/>), not on its source text: a fully qualified name cannot slip past them.
/// Each folder of src/SectorScope is one namespace, so a rule on a namespace is a rule on a folder.
/// </summary>
public sealed class ConventionTests
{
    private static readonly IReadOnlyList<TypeUse> Core = TypeDependencies.Of(typeof(ReportModel).Assembly);

    [Fact]
    public void Core_library_never_reads_the_clock()
    {
        string[] clock = ["System.DateTime.get_Now", "System.DateTime.get_Today", "System.DateTime.get_UtcNow", "System.DateTimeOffset.get_Now",
            "System.DateTimeOffset.get_UtcNow", "System.TimeProvider.get_System"];
        Assert.Empty(Offenders(Core, "SectorScope", members: clock));
    }

    [Fact]
    public void Core_library_never_writes_to_the_console()
    {
        Assert.Empty(Offenders(Core, "SectorScope", types: ["System.Console", "Spectre.Console."]));
    }

    [Fact]
    public void Analytics_depend_on_nothing_below_them_and_do_no_io()
    {
        Assert.Empty(Offenders(Core, "SectorScope.Analytics",
            types: ["SectorScope.Store.", "SectorScope.Reporting.", "SectorScope.Rendering.", "SectorScope.Pipeline.", "SectorScope.News.", "System.IO.", "DuckDB."]));
    }

    [Fact]
    public void News_digest_uses_workspace_types_only()
    {
        Assert.Contains(Core, t => t.Namespace == "SectorScope.News");
        Assert.Empty(Offenders(Core, "SectorScope.News",
            types: ["SectorScope.Store.", "SectorScope.Reporting.", "SectorScope.Rendering.", "SectorScope.Pipeline.", "DuckDB."]));
    }

    [Fact]
    public void Renderers_never_open_the_store_nor_compute()
    {
        Assert.Empty(Offenders(Core, "SectorScope.Rendering", types: ["SectorScope.Store.", "SectorScope.Analytics.", "DuckDB."]));
    }

    [Fact]
    public void Reporting_reads_the_store_only_through_its_query_interfaces()
    {
        Assert.Contains(Offenders(Core, "SectorScope.Reporting", types: ["SectorScope.Store.IMarketDataStore"]), o => o.Type == "SectorScope.Reporting.ReportData");
        Assert.Empty(Offenders(Core, "SectorScope.Reporting", types: ["SectorScope.Store.WorkspaceStore", "SectorScope.Store.StoreIngester", "DuckDB.", "System.Data."]));
    }

    [Fact]
    public void Core_library_never_names_a_command_line_option()
    {
        // The command line maps its options to the core's values and adds their names to messages itself; a server
        // has other names. fc-match's --format=… is an argument of a program the core runs, not an option of ours.
        var options = new System.Text.RegularExpressions.Regex(@"--(workspace|period|as-of|language|out|format|allow-unchecked|force|no-history|docx|rebuild|kind|sheet|map|universe|month-end|replace|dry-run)\b(?!=)");
        var literals = TypeDependencies.Literals(typeof(ReportModel).Assembly);
        Assert.Contains(literals, l => l.StartsWith("--format=", StringComparison.Ordinal));
        Assert.DoesNotContain(literals, options.IsMatch);
    }

    [Fact]
    public void Every_source_file_declares_the_namespace_of_its_folder()
    {
        var root = Path.Combine(Repository.Root, "src", "SectorScope");
        var misplaced = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(p => !File.ReadLines(p).Contains($"namespace {string.Join('.', ["SectorScope", .. Path.GetRelativePath(root, Path.GetDirectoryName(p)!).Split(Path.DirectorySeparatorChar).Where(s => s != ".")])};"))
            .Select(p => Path.GetRelativePath(Repository.Root, p));
        Assert.Empty(misplaced);
    }

    [Fact]
    public void The_reader_sees_fully_qualified_uses_inside_method_bodies_and_lambdas()
    {
        var own = TypeDependencies.Of(typeof(ConventionTests).Assembly);
        Assert.Equal(["System.Console"], Offenders(own, "SectorScope.Tests.Samples", types: ["System.Console"]).Select(o => o.Dependency).Distinct());
        Assert.Contains(Offenders(own, "SectorScope.Tests.Samples", members: ["System.DateTime.get_UtcNow"]), o => o.Type.StartsWith("SectorScope.Tests.Samples.ClockInALambda", StringComparison.Ordinal));
    }

    [Fact]
    public void The_reader_sees_the_pipeline_drive_the_store()
    {
        Assert.Contains(Offenders(Core, "SectorScope.Pipeline", types: ["SectorScope.Store.StoreIngester"]), o => o.Type == "SectorScope.Pipeline.ReportPipeline");
    }

    /// <summary>Each (type, dependency) of the types in <paramref name="ns"/> (and below) that uses one of the names.</summary>
    /// <param name="types">Type full names; one ending in '.' is a namespace and everything in it.</param>
    /// <param name="members">Members as <c>Type.Member</c> (a property reads as <c>Type.get_Name</c>).</param>
    private static List<(string Type, string Dependency)> Offenders(IReadOnlyList<TypeUse> uses, string ns, string[]? types = null, string[]? members = null) =>
        [.. uses.Where(u => u.Namespace == ns || u.Namespace.StartsWith(ns + ".", StringComparison.Ordinal))
            .SelectMany(u => u.Types.Where(t => (types ?? []).Any(b => b.EndsWith('.') ? t.StartsWith(b, StringComparison.Ordinal) : t == b))
                .Concat(u.Members.Where(m => (members ?? []).Contains(m)))
                .Select(d => (u.Type, d)))
            .Order()];
}
