namespace SectorScope.Workspace;

/// <summary>Every code the workspace defines: securities and indices, each with its market.</summary>
public sealed class Universe
{
    private readonly Dictionary<string, Security> _securities;
    private readonly Dictionary<string, IndexInfo> _indices;

    public Universe(IReadOnlyList<Security> securities, IReadOnlyList<IndexInfo> indices)
    {
        Securities = securities;
        Indices = indices;
        _securities = securities.GroupBy(s => s.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _indices = indices.GroupBy(s => s.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public IReadOnlyList<Security> Securities { get; }

    public IReadOnlyList<IndexInfo> Indices { get; }

    public bool IsSecurity(string code) => _securities.ContainsKey(code);

    public bool IsIndex(string code) => _indices.ContainsKey(code);

    public bool Contains(string code) => IsSecurity(code) || IsIndex(code);

    public Security? Security(string code) => _securities.GetValueOrDefault(code);

    public IndexInfo? Index(string code) => _indices.GetValueOrDefault(code);

    public string? MarketOf(string code) => Security(code)?.Market ?? Index(code)?.Market;

    public string NameOf(string code) => Security(code)?.Name ?? Index(code)?.Name ?? code;
}
