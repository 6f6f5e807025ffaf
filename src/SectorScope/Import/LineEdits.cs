using SectorScope.Workspace;

namespace SectorScope.Import;

/// <summary>
/// Edits a workspace CSV by record (pure): a record is replaced by a new line or removed, every other byte
/// is kept, and rows are appended after the last line. Records are found with the workspace's own CSV
/// reader, so a quoted field spanning lines goes with its record.
/// </summary>
public static class LineEdits
{
    /// <param name="edits">Record start line → the new line, or null to remove the record.</param>
    public static string Apply(string text, IReadOnlyDictionary<int, string?> edits, IReadOnlyList<string> append)
    {
        var lines = text.Split('\n').ToList();
        if (edits.Count > 0)
        {
            var starts = CsvTable.Parse(text).Records.Select(r => r.Line).ToArray();
            var removed = new HashSet<int>();
            foreach (var (line, replacement) in edits)
            {
                var at = Array.BinarySearch(starts, line);
                if (at < 0)
                {
                    continue;
                }

                var end = at + 1 < starts.Length ? starts[at + 1] - 1 : line;
                for (int l = line; l <= end; l++)
                {
                    removed.Add(l);
                }

                if (replacement is not null)
                {
                    var old = lines[line - 1];
                    lines[line - 1] = replacement + (old.EndsWith('\r') ? "\r" : "");
                    removed.Remove(line);
                }
            }

            lines = [.. lines.Where((_, i) => !removed.Contains(i + 1))];
        }

        var result = string.Join('\n', lines);
        if (append.Count == 0)
        {
            return result;
        }

        if (result.Length > 0 && !result.EndsWith('\n'))
        {
            result += "\n";
        }

        return result + string.Join("", append.Select(a => a + "\n"));
    }
}
