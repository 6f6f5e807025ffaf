using DocumentFormat.OpenXml.Spreadsheet;

namespace SectorScope.Rendering.Xlsx;

/// <summary>The workbook's shared string table, in order of first use.</summary>
internal sealed class SharedStrings
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];

    public int Add(string text)
    {
        if (!_index.TryGetValue(text, out var i))
        {
            i = _strings.Count;
            _index.Add(text, i);
            _strings.Add(text);
        }

        return i;
    }

    public SharedStringTable ToTable() =>
        new(_strings.Select(s => new SharedStringItem(new Text(s) { Space = s.Length > 0 && (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1])) ? DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve : null })))
        {
            Count = (uint)_strings.Count,
            UniqueCount = (uint)_strings.Count,
        };
}
