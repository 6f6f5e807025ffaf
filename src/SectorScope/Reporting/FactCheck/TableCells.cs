using SectorScope.Reporting.Model;

namespace SectorScope.Reporting.FactCheck;

/// <summary>A table of an edited Word report: its caption (表N：…) and each row's cell texts, header rows included.</summary>
public sealed record EditedTable(string Caption, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>
/// The forecast and changes tables of an edited report checked cell by cell against the tables the data makes:
/// a row is found by its first cell (the company), a cell by its column; a number that agrees is 一致, any cell
/// that differs is 不符 (stated as written, computed as the report computes it), and a row the data has no
/// company for is 未能核对.
/// </summary>
public static class TableCells
{
    /// <summary>The tables whose cells are checked: the forecasts and the changes since the previous report.</summary>
    public static readonly IReadOnlySet<string> Checked = new HashSet<string>(StringComparer.Ordinal) { "forecasts", "changes" };

    public static IReadOnlyList<FactFinding> Check(string file, IReadOnlyList<ReportTable> computed, IReadOnlyList<EditedTable> edited)
    {
        var findings = new List<FactFinding>();
        foreach (var table in computed.Where(t => Checked.Contains(t.Id)))
        {
            if (edited.FirstOrDefault(e => Same(e.Caption, $"{table.Label}：{table.Caption}")) is not { } written)
            {
                continue;
            }

            var headerRows = table.Columns.Any(c => c.Group is not null) ? 2 : 1;
            var rows = written.Rows.Skip(headerRows).ToArray();
            for (int r = 0; r < rows.Length; r++)
            {
                var key = rows[r].Count > 0 ? rows[r][0] : "";
                var location = $"{file}:{table.Label} 第{r + 1}行";
                var data = table.Rows.FirstOrDefault(row => row.Count > 0 && Same(row[0].Text, key)) ?? (r < table.Rows.Count ? table.Rows[r] : null);
                if (data is null || !Same(data[0].Text, key))
                {
                    findings.AddRange(rows[r].Where(IsNumber).Select(text => new FactFinding(location, string.Join(" ", rows[r]), key, table.Caption, text, null, FactVerdict.Unchecked, $"no row 「{key}」 in {table.Label} as the data makes it")));
                    continue;
                }

                for (int c = 1; c < Math.Min(rows[r].Count, Math.Min(data.Count, table.Columns.Count)); c++)
                {
                    var column = table.Columns[c].Group is { } g ? $"{g} {table.Columns[c].Header}" : table.Columns[c].Header;
                    var stated = rows[r][c];
                    var expected = data[c].Text;
                    var claim = $"{key} {column}";
                    if (!Same(stated, expected))
                    {
                        findings.Add(new FactFinding(location, claim, key, column, stated, expected, FactVerdict.Mismatch, $"{table.Label} cell differs from the data"));
                    }
                    else if (data[c].Value is not null)
                    {
                        findings.Add(new FactFinding(location, claim, key, column, stated, expected, FactVerdict.Agrees, null));
                    }
                }
            }
        }

        return findings;
    }

    /// <summary>Equal as read: full-width forms and spacing do not make a difference.</summary>
    private static bool Same(string a, string b) => Canonical(a) == Canonical(b);

    private static string Canonical(string text) => new([.. TextNormaliser.Normalise(text).Where(c => !char.IsWhiteSpace(c))]);

    private static bool IsNumber(string text) => Canonical(text).Any(char.IsAsciiDigit);
}
