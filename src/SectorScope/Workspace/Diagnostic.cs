namespace SectorScope.Workspace;

/// <summary>One rejected input value, located as <c>file:line: column: reason</c>.</summary>
/// <param name="Line">1-based line; 0 when the problem concerns the whole file.</param>
/// <param name="Column">Column or key the problem is in; empty when none applies.</param>
/// <param name="File">Path relative to the workspace, with forward slashes; empty when the value came with the request, not from a file (see <see cref="Concerns"/>).</param>
public sealed record Diagnostic(string File, int Line, string Column, string Reason)
{
    /// <summary>
    /// The value of the request the problem is about, when the caller may have given it or could give it: the caller
    /// names it in its own terms (the command line by its option), the core never does.
    /// </summary>
    public RequestValue Concerns { get; init; }

    public override string ToString() =>
        File.Length == 0 ? $"{Column}: {Reason}"
        : Line > 0 ? $"{File}:{Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {Column}: {Reason}" : $"{File}: {Column}: {Reason}";
}

/// <summary>The values of a report request a caller supplies besides the workspace's settings.</summary>
public enum RequestValue
{
    None,

    /// <summary>The month reported on.</summary>
    Period,

    /// <summary>The date of prices and valuation.</summary>
    AsOf,
}

/// <summary>Collects diagnostics so that all of a file's problems are reported together.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Count > 0;

    public void Add(string file, int line, string column, string reason) => _items.Add(new Diagnostic(file, line, column, reason));

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>Ordered by file, then line, so that output is stable.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column, StringComparer.Ordinal)];
}
