using SectorScope.Cli;
using SectorScope.Tests.Hardening;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Workspace;

public sealed class DiagnosticSummaryTests
{
    [Fact]
    public void A_problem_repeated_on_many_rows_is_listed_three_times_then_counted()
    {
        Diagnostic[] diagnostics =
        [
            .. Enumerable.Range(2, 10).Select(i => new Diagnostic("prices/p.csv", i, "code", $"'X{i}.US' is not in securities.csv")),
            new("prices/p.csv", 12, "close", "'-5' is not a positive number"),
        ];

        Assert.Equal(
        [
            "prices/p.csv:2: code: 'X2.US' is not in securities.csv",
            "prices/p.csv:3: code: 'X3.US' is not in securities.csv",
            "prices/p.csv:4: code: 'X4.US' is not in securities.csv",
            "… 及其余 7 行同类问题（prices/p.csv，code 列）",
            "prices/p.csv:12: close: '-5' is not a positive number",
        ], DiagnosticSummary.Lines(diagnostics));
    }

    [Fact]
    public void The_same_reason_in_another_file_or_column_is_another_kind()
    {
        Diagnostic[] diagnostics = [.. new[] { "a.csv", "b.csv" }.SelectMany(f => Enumerable.Range(1, 4).Select(i => new Diagnostic(f, i, "code", "unknown")))];
        var lines = DiagnosticSummary.Lines(diagnostics);
        Assert.Equal(8, lines.Count);
        Assert.Equal(["… 及其余 1 行同类问题（a.csv，code 列）", "… 及其余 1 行同类问题（b.csv，code 列）"], lines.Where(l => l.StartsWith('…')));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Check_prints_a_price_file_of_unknown_codes_as_three_lines_and_a_count()
    {
        using var ws = new TestWorkspace();
        ws.Write("prices/extra.csv", "date,code,close\n" + string.Join("\n", Enumerable.Range(1, 40).Select(i => $"2024-02-{1 + (i % 28):00},Q{i}.US,5")));
        var run = CliProcess.Run("check", "--workspace", ws.Root);
        Assert.Equal(ExitCodes.InputErrors, run.ExitCode);
        var lines = run.Stderr.Split('\n').Where(l => l.StartsWith("prices/extra.csv", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, lines.Length);
        Assert.Contains("… 及其余 37 行同类问题（prices/extra.csv", run.Stderr, StringComparison.Ordinal);
    }
}
