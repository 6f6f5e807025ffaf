namespace SectorScope.Reporting.FactCheck;

/// <summary>
/// Which codes the names that begin with a given prefix belong to, answered without scanning every name: the names are
/// kept in ordinal order, where all names that begin with a prefix stand together, and a search stops at the first name
/// of another code. A universe of thousands of securities whose names share a prefix (样本公司1, 样本公司2, …) costs a
/// binary search per prefix, not a pass over every name.
/// </summary>
internal sealed class NameOwners
{
    private readonly string[] _names;
    private readonly Dictionary<string, List<string>> _codes = new(StringComparer.Ordinal);

    public NameOwners(Dictionary<(string Name, SubjectKind Kind), List<string>> map)
    {
        foreach (var ((name, _), codes) in map)
        {
            if (!_codes.TryGetValue(name, out var all))
            {
                _codes[name] = all = [];
            }

            all.AddRange(codes);
        }

        _names = [.. _codes.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// True when at least one name begins with <paramref name="prefix"/> and every such name belongs to <paramref name="code"/>
    /// alone. With <paramref name="wholeWord"/>, only names in which the prefix ends a Latin word count (Amazon for Amazon.com,
    /// not for Amazonas).
    /// </summary>
    public bool OnlyOwnerOfNamesStartingWith(string prefix, string code, bool wholeWord)
    {
        var at = Array.BinarySearch(_names, prefix, StringComparer.Ordinal);
        var found = false;
        for (int i = at >= 0 ? at : ~at; i < _names.Length && _names[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            var name = _names[i];
            if (wholeWord && name.Length > prefix.Length && char.IsAsciiLetterOrDigit(name[prefix.Length]))
            {
                continue;
            }

            foreach (var owner in _codes[name])
            {
                if (!string.Equals(owner, code, StringComparison.Ordinal))
                {
                    return false;
                }

                found = true;
            }
        }

        return found;
    }
}
