namespace SectorScope.Workspace;

/// <summary>One rejected input value, located as <c>file:line: column: reason</c>.</summary>
/// <param name="File">Path relative to the workspace, with forward slashes.</param>
/// <param name="Line">1-based line; 0 when the problem concerns the whole file.</param>
/// <param name="Column">Column or key the problem is in; empty when none applies.</param>
public sealed record Diagnostic(string File, int Line, string Column, string Reason)
{
    public override string ToString() =>
        Line > 0 ? $"{File}:{Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {Column}: {Reason}" : $"{File}: {Column}: {Reason}";
}

/// <summary>Collects diagnostics so that all of a file's problems are reported together.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Count > 0;

    public void Add(string file, int line, string column, string reason) => _items.Add(new Diagnostic(file, line, column, reason));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>Ordered by file, then line, so that output is stable.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column, StringComparer.Ordinal)];
}

/// <summary>Thrown at the edge when input is rejected; carries every diagnostic.</summary>
public sealed class InputRejectedException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception($"{diagnostics.Count} input problem(s): {string.Join("; ", diagnostics.Take(5))}")
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
