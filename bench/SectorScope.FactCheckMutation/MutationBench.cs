using SectorScope.Pipeline;
using SectorScope.Reporting.FactCheck;
using SectorScope.Reporting.Narrative;
using SectorScope.Workspace;

namespace SectorScope.FactCheckMutation;

/// <summary>
/// One copy of the demo workspace, a fact-checker bound to its data, and the narratives under test: the demo's
/// own (market review, valuation, recommendation) and two written for the bench (narratives/dense.md in the
/// model report's dense style with lists, narratives/periods.md with periods other than the month).
/// </summary>
public sealed class MutationBench : IDisposable
{
    private readonly string _workspace;
    private readonly FactChecker _checker;

    private MutationBench(string workspace, FactChecker checker, IReadOnlyList<(string Name, string Text)> narratives)
    {
        _workspace = workspace;
        _checker = checker;
        Narratives = narratives;
    }

    public IReadOnlyList<(string Name, string Text)> Narratives { get; }

    public static MutationBench Create()
    {
        var root = FindRoot();
        var demo = Path.Combine(root, "samples", "internet-2024-11");
        var workspace = Path.Combine(Path.GetTempPath(), "sectorscope-factcheck-bench", Guid.NewGuid().ToString("N"));
        Copy(demo, workspace);
        var (_, _, _, checker) = ReportPipeline.BuildChecked(workspace, null, null).Value;
        var narratives = new List<(string, string)>();
        foreach (var name in new[] { "market-review", "valuation", "recommendation" })
        {
            narratives.Add(($"demo/{name}.md", File.ReadAllText(Path.Combine(demo, "narrative", name + ".md"))));
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "bench", "SectorScope.FactCheckMutation", "narratives"), "*.md").Order(StringComparer.Ordinal))
        {
            narratives.Add(($"bench/{Path.GetFileName(file)}", File.ReadAllText(file)));
        }

        return new MutationBench(workspace, checker, narratives);
    }

    /// <summary>The findings of a narrative text; an exception is returned, never thrown.</summary>
    public (IReadOnlyList<FactFinding>? Findings, Exception? Crash) Check(string name, string text)
    {
        try
        {
            var diagnostics = new DiagnosticBag();
            var document = NarrativeExpander.Expand(name, text, _checker.Facts, diagnostics);
            return (_checker.Check(document), null);
        }
        catch (Exception e)
        {
            return (null, e);
        }
    }

    public Score Run(TextWriter log)
    {
        var score = new Score();
        foreach (var (name, text) in Narratives)
        {
            var (baseline, crash) = Check(name, text);
            if (baseline is null || baseline.Any(f => f.Verdict != FactVerdict.Agrees))
            {
                throw new InvalidOperationException($"{name} must pass its check before it is mutated: "
                    + (crash?.Message ?? string.Join("; ", baseline!.Where(f => f.Verdict != FactVerdict.Agrees))));
            }

            score.Narratives.Add((name, baseline.Count));
            foreach (var mutant in Mutants.Of(text))
            {
                var (findings, error) = Check(name, mutant.Text);
                var outcome = error is not null ? Outcome.Crash
                    : findings!.Any(f => f.IsError) ? Outcome.Error
                    : findings!.Count(f => f.Verdict == FactVerdict.Unchecked) > 0 ? Outcome.Unchecked
                    : Outcome.Silent;
                score.Add(mutant.Kind, outcome);
                if (outcome is Outcome.Silent or Outcome.Crash)
                {
                    score.Misses.Add($"{name} {mutant.Kind}: {mutant.Description}{(error is null ? "" : " — " + error.Message)}");
                }

                log.WriteLine($"{outcome,-9} {name} {mutant.Kind}: {mutant.Description}");
            }

            foreach (var paraphrase in Paraphrases.Of(text))
            {
                var (findings, error) = Check(name, paraphrase.Text);
                var outcome = error is not null ? Outcome.Crash
                    : findings!.Any(f => f.IsError) ? Outcome.Error
                    : findings!.Any(f => f.Verdict == FactVerdict.Unchecked) ? Outcome.Unchecked
                    : Outcome.Silent;
                score.AddParaphrase(outcome);
                if (outcome != Outcome.Silent)
                {
                    score.ParaphraseProblems.Add($"{outcome} {name} {paraphrase.Description}: "
                        + (error?.Message ?? string.Join("; ", findings!.Where(f => f.Verdict != FactVerdict.Agrees))));
                }

                log.WriteLine($"{(outcome == Outcome.Silent ? "passes" : outcome.ToString()),-9} {name} paraphrase: {paraphrase.Description}");
            }
        }

        return score;
    }

    public void Dispose() => Directory.Delete(_workspace, recursive: true);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SectorScope.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("SectorScope.slnx not found above " + AppContext.BaseDirectory);
    }

    private static void Copy(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories).Where(d => !d.Contains(".sectorscope", StringComparison.Ordinal)))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories).Where(f => !f.Contains(".sectorscope", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}

/// <summary>What the check made of a changed text: an error (不符/措辞错误), only unchecked numbers, nothing, or a crash.</summary>
public enum Outcome
{
    Error,
    Unchecked,
    Silent,
    Crash,
}
