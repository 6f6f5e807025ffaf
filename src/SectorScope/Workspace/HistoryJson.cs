using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SectorScope.Workspace;

/// <summary>
/// The JSON form of a <see cref="HistoryEntry"/>: keys in alphabetical order at every level, companies
/// by code, years ascending, two-space indent and LF, so the same entry is always the same bytes and a
/// diff of two months reads cleanly. Parsing reports every problem at its line.
/// </summary>
public static partial class HistoryJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // Chinese stays readable in the file.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(HistoryEntry entry)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("as_of", InputDates.Format(entry.AsOf));
            w.WriteStartArray("companies");
            foreach (var c in entry.Companies.OrderBy(c => c.Code, StringComparer.Ordinal))
            {
                w.WriteStartObject();
                w.WriteString("code", c.Code);
                NullableString(w, "currency", c.Currency);
                w.WriteStartArray("eps");
                foreach (var e in c.Eps.OrderBy(e => e.Year))
                {
                    w.WriteStartObject();
                    w.WriteString("currency", e.Currency);
                    NullableNumber(w, "eps", e.Eps);
                    w.WriteNumber("year", e.Year);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteString("name", c.Name);
                NullableString(w, "rating", c.Rating);
                NullableNumber(w, "target_price", c.TargetPrice);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            NullableString(w, "firm", entry.Firm);
            w.WriteString("period", entry.Period.ToString());
            w.WriteString("schema", HistoryEntry.Schema);
            NullableString(w, "sector", entry.Sector);
            NullableString(w, "sector_rating", entry.SectorRating);
            NullableString(w, "subtitle", entry.Subtitle);
            w.WriteString("title", entry.Title);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>The entry, or null with diagnostics <c>history/2024-10.json:LINE: key: reason</c>.</summary>
    public static HistoryEntry? Parse(string relativePath, ReportPeriod expected, byte[] bytes, IReadOnlyList<string> ratingScale, DiagnosticBag diagnostics)
    {
        var utf8 = bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
        // The JSON reader checks UTF-8 only where it looks (a key with bad bytes throws when read): check it all first.
        if (!InputText.TryUtf8(utf8, out _, out var bad))
        {
            diagnostics.Add(relativePath, 1 + utf8.AsSpan(0, Math.Max(0, bad)).Count((byte)'\n'), "encoding", ReaderMessages.HistoryNotUtf8);
            return null;
        }

        var lines = JsonLines.Map(utf8, out var syntax);
        if (syntax is { } s)
        {
            diagnostics.Add(relativePath, s.Line, "json", s.Reason);
            return null;
        }

        using var document = JsonDocument.Parse(utf8.AsMemory());
        var reader = new EntryReader(relativePath, lines, ratingScale, diagnostics);
        return reader.Entry(document.RootElement, expected);
    }

    private static void NullableString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void NullableNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
