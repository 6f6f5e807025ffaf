namespace SectorScope.Import;

/// <summary>
/// Every vendor code seen in an import, resolved once, with the rows it had: the kept codes, the ones
/// <c>code_map.csv</c> drops, the unknown ones (listed once each with their row count) and the names
/// files give for codes <c>--universe all</c> adds.
/// </summary>
public sealed class CodeTally(CodeResolver resolver)
{
    public sealed class Entry(string file, string vendor, ResolvedCode resolved, int row, string column)
    {
        public string File { get; } = file;

        public string Vendor { get; } = vendor;

        public ResolvedCode Resolved { get; } = resolved;

        public int FirstRow { get; } = row;

        public string Column { get; } = column;

        public int Rows { get; set; }
    }

    private readonly Dictionary<(string File, string Vendor), Entry> _entries = [];
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    public IEnumerable<Entry> Entries => _entries.Values;

    /// <summary>Names the files gave for codes, first one wins.</summary>
    public IReadOnlyDictionary<string, string> Names => _names;

    public Entry Resolve(string file, string vendor, int row, string column)
    {
        var normalized = CellParsing.Normalize(vendor);
        if (!_entries.TryGetValue((file, normalized), out var entry))
        {
            entry = new Entry(file, normalized, resolver.Resolve(normalized), row, column);
            _entries.Add((file, normalized), entry);
        }

        return entry;
    }

    public void Name(string code, string? name)
    {
        if (name is { Length: > 0 } && !name.Any(char.IsControl))
        {
            _names.TryAdd(code, name.Trim());
        }
    }
}
