using System.Text;

namespace SectorScope.Workspace;

/// <summary>A CSV record with the 1-based line it started on.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>
/// A small RFC 4180 reader that keeps line numbers, which every diagnostic needs.
/// Accepts a UTF-8 BOM, CRLF or LF, quoted fields with doubled quotes and embedded newlines.
/// </summary>
public static class CsvTable
{
    public static (IReadOnlyList<string> Header, IReadOnlyList<CsvRecord> Records) Parse(string text)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, recordLine = 1, i = 0;
        bool inQuotes = false, fieldStarted = false;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            i = 1;
        }

        void EndField()
        {
            fields.Add(field.ToString());
            field.Clear();
            fieldStarted = false;
        }

        void EndRecord()
        {
            EndField();
            if (!(fields.Count == 1 && fields[0].Length == 0))
            {
                records.Add(new CsvRecord(recordLine, [.. fields]));
            }

            fields.Clear();
        }

        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when !fieldStarted && field.Length == 0:
                    inQuotes = true;
                    fieldStarted = true;
                    break;
                case ',':
                    EndField();
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    fieldStarted = true;
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0 || fieldStarted)
        {
            EndRecord();
        }

        if (records.Count == 0)
        {
            return ([], []);
        }

        var header = records[0].Fields.Select(h => h.Trim()).ToArray();
        return (header, records.Skip(1).ToArray());
    }
}
