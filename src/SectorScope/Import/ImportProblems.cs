using System.Globalization;
using SectorScope.Workspace;

namespace SectorScope.Import;

/// <summary>One problem of an import: where, which cause (for summarising repeats) and the message.</summary>
public sealed record ImportProblem(Diagnostic Where, string Cause);

/// <summary>
/// Collects every problem of an import so that all are reported at once. Repeats of one cause in one
/// file are summarised: the first few are shown and the rest counted with their row range.
/// </summary>
public sealed class ImportProblems
{
    /// <summary>How many problems of one cause in one file are shown before the rest are counted.</summary>
    public const int ShownPerCause = 5;

    private readonly List<ImportProblem> _items = [];

    public IReadOnlyList<ImportProblem> Items => _items;

    public bool Any => _items.Count > 0;

    public void Add(string file, int row, string column, string cause, string reason) =>
        _items.Add(new ImportProblem(new Diagnostic(file, row, column, reason), cause));

    public void AddRange(string cause, IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics.Select(d => new ImportProblem(d, cause)));

    /// <summary>The lines to print: per file and cause in order of first appearance, repeats summarised.</summary>
    public IReadOnlyList<string> Lines()
    {
        var lines = new List<string>();
        foreach (var group in _items.GroupBy(p => (p.Where.File, p.Cause)))
        {
            var items = group.OrderBy(p => p.Where.Line).ToArray();
            lines.AddRange(items.Take(ShownPerCause).Select(p => p.Where.ToString()));
            if (items.Length > ShownPerCause)
            {
                var rest = items[ShownPerCause..];
                var rows = rest.Where(p => p.Where.Line > 0).Select(p => p.Where.Line).ToArray();
                var range = rows.Length == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"，第 {rows.Min()}–{rows.Max()} 行");
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"{group.Key.File}: {group.Key.Cause}：另有 {rest.Length} 处同类问题{range}"));
            }
        }

        return lines;
    }
}
