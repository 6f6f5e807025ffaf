using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SectorScope.Tests.Support;

/// <summary>
/// Cuts a report into the parts its snapshots are kept in, each small enough to review: report.json by top-level
/// key (its tables, figures and data tables one file each, numbered in order), report.md by level-2 heading.
/// </summary>
public static class ReportParts
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Keys whose value is a list of items with an <c>id</c> or <c>name</c>: one file per item.</summary>
    private static readonly HashSet<string> Listed = new(StringComparer.Ordinal) { "tables", "figures", "data_tables", "news_sections" };

    public static IReadOnlyList<(string Name, string Text)> OfJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var parts = new List<(string, string)>();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (Listed.Contains(property.Name) && property.Value.ValueKind == JsonValueKind.Array)
            {
                int i = 0;
                foreach (var item in property.Value.EnumerateArray())
                {
                    var id = item.TryGetProperty("id", out var v) || item.TryGetProperty("name", out v) ? v.GetString() : null;
                    parts.Add(($"{property.Name}/{++i:D2}-{id}.json", Text(item)));
                }
            }
            else
            {
                parts.Add(($"{property.Name}.json", Text(property.Value)));
            }
        }

        return parts;
    }

    /// <summary>report.md cut before every <c>## </c> heading; each part named by its position and the start of its heading (to the first '：' or '，', at most 12 characters).</summary>
    public static IReadOnlyList<(string Name, string Text)> OfMarkdown(string markdown)
    {
        var parts = new List<(string, string)>();
        var current = new StringBuilder();
        var name = "title";
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal) && current.Length > 0)
            {
                parts.Add(($"{parts.Count:D2}-{name}.md", current.ToString()));
                current.Clear();
                name = FileName(line[3..]);
            }

            current.Append(line).Append('\n');
        }

        // Split adds one '\n' too many at the end: the parts joined give the file back exactly.
        current.Length--;
        parts.Add(($"{parts.Count:D2}-{name}.md", current.ToString()));
        return parts;
    }

    private static string FileName(string heading)
    {
        var title = heading.Split('：', '，')[0].Trim();
        var numbered = title.IndexOf(". ", StringComparison.Ordinal);
        if (numbered > 0 && title[..numbered].All(char.IsAsciiDigit))
        {
            title = title[(numbered + 2)..];
        }

        var invalid = Path.GetInvalidFileNameChars().Concat(['\\', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        return new string([.. title.Take(12).Select(c => invalid.Contains(c) || char.IsWhiteSpace(c) ? '-' : c)]);
    }

    private static string Text(JsonElement element)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Indented))
        {
            element.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
