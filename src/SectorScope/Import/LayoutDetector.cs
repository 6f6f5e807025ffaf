namespace SectorScope.Import;

/// <summary>
/// Recognises a table's layout from its first rows (pure). A long table is one whose header row names a
/// date, a key (code, pair or series) and a value column; anything else with a column of dates is read
/// as wide: the header rows above the first date hold the codes (the row labelled 代码, else the row
/// whose cells look most like codes), names and units.
/// </summary>
public static class LayoutDetector
{
    /// <summary>How many rows are looked at before the layout is decided.</summary>
    public const int HeadRows = 200;

    /// <summary>How many rows may stand above a long table's header (titles, notes).</summary>
    public const int HeaderSearchRows = 30;

    /// <param name="mapOption">How the caller names the column map, for the message when it does not fit.</param>
    public static (TableLayout? Layout, string? Error) Detect(IReadOnlyList<SheetRow> head, ImportKind kind, IReadOnlyDictionary<string, string> map, string mapOption)
    {
        foreach (var row in head.Take(HeaderSearchRows))
        {
            if (LongFields(row, kind, map) is { } fields)
            {
                var cells = row.Cells.Select(CellParsing.Text).ToArray();
                return (new LongLayout(row.Number, fields, cells, ImportKinds.ValueField(kind)), null);
            }
        }

        if (map.Count > 0)
        {
            return (null, mapOption + " 未能在表头中找到所需的全部列（" + string.Join("、", Required(kind)) + "）");
        }

        return Wide(head, kind);
    }

    private static IEnumerable<string> Required(ImportKind kind) => kind switch
    {
        ImportKind.Fx => [HeaderNames.Date, "pair 或 from+to", HeaderNames.Rate],
        ImportKind.Series => [HeaderNames.Date, HeaderNames.Series, HeaderNames.Value],
        _ => [HeaderNames.Date, HeaderNames.Code, ImportKinds.ValueField(kind)],
    };

    /// <summary>The field columns of a header row, when it has all a long table of this kind needs.</summary>
    private static Dictionary<string, int>? LongFields(SheetRow row, ImportKind kind, IReadOnlyDictionary<string, string> map)
    {
        var fields = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int c = 0; c < row.Cells.Length; c++)
        {
            if (row.Cells[c] is not string header || header.Trim().Length == 0)
            {
                continue;
            }

            var field = map.TryGetValue(header.Trim(), out var mapped) || map.TryGetValue(HeaderNames.Key(header), out mapped)
                ? (mapped == HeaderNames.Value ? ImportKinds.ValueField(kind) : mapped)
                : map.Count > 0 && map.Values.Contains(HeaderNames.Field(header) ?? "") ? null : HeaderNames.Field(header);
            if (field is not null)
            {
                fields.TryAdd(field, c);
            }
        }

        // Close and rate fall back on the generic value column; an adjusted close is preferred to the raw one.
        bool has(string f) => fields.ContainsKey(f);
        if (kind == ImportKind.Prices && has(HeaderNames.AdjClose) && !map.Values.Contains(HeaderNames.Close))
        {
            fields[HeaderNames.Close] = fields[HeaderNames.AdjClose];
        }

        foreach (var generic in (string[])[HeaderNames.Value, HeaderNames.Close])
        {
            var target = ImportKinds.ValueField(kind);
            if (!has(target) && has(generic) && target != HeaderNames.Value)
            {
                fields[target] = fields[generic];
            }
        }

        if (kind == ImportKind.Series && !has(HeaderNames.Series) && has(HeaderNames.Name))
        {
            fields[HeaderNames.Series] = fields[HeaderNames.Name];
        }

        if (kind == ImportKind.Fx && !has(HeaderNames.Pair) && has(HeaderNames.Code))
        {
            fields[HeaderNames.Pair] = fields[HeaderNames.Code];
        }

        bool keyed = kind switch
        {
            ImportKind.Fx => has(HeaderNames.Pair) || (has(HeaderNames.From) && has(HeaderNames.To)),
            ImportKind.Series => has(HeaderNames.Series),
            _ => has(HeaderNames.Code),
        };
        if (!has(HeaderNames.Date) || !keyed || !has(ImportKinds.ValueField(kind)))
        {
            return null;
        }

        var keep = new HashSet<string>(StringComparer.Ordinal) { HeaderNames.Date, ImportKinds.ValueField(kind), HeaderNames.Code, HeaderNames.Name, HeaderNames.Pair, HeaderNames.From, HeaderNames.To, HeaderNames.Series, HeaderNames.Unit };
        if (kind == ImportKind.Fx)
        {
            keep.Remove(HeaderNames.Code);
        }

        return fields.Where(f => keep.Contains(f.Key)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
    }

    private static (TableLayout?, string?) Wide(IReadOnlyList<SheetRow> head, ImportKind kind)
    {
        // The first row with a date and a number to its right starts the data; its date cell fixes the column.
        int first = -1, dateColumn = -1;
        for (int r = 0; r < head.Count && first < 0; r++)
        {
            var cells = head[r].Cells;
            for (int c = 0; c < cells.Length; c++)
            {
                bool labelled = head.Take(r).Any(h => c < h.Cells.Length && h.Cells[c] is string s && HeaderNames.Field(s) == HeaderNames.Date);
                if (CellParsing.TryDate(cells[c], allowSerial: labelled, out _) && cells.Skip(c + 1).Any(v => CellParsing.Number(v).Kind == CellKind.Number))
                {
                    (first, dateColumn) = (r, c);
                    break;
                }
            }
        }

        if (first < 0)
        {
            return (null, $"前 {head.Count} 行中没有找到日期列（既不是带 日期/代码/数值 表头的长表，也不是每行一个日期的宽表）");
        }

        var header = head.Take(first).Where(r => r.Cells.Skip(dateColumn + 1).Any(c => !CellParsing.IsBlank(c))).ToArray();
        if (header.Length == 0)
        {
            return (null, $"第 {head[first].Number} 行起是数据，但上方没有代码行（宽表需要一行代码作表头）");
        }

        int width = header.Max(r => r.Cells.Length);
        var columns = Enumerable.Range(dateColumn + 1, Math.Max(0, width - dateColumn - 1)).ToArray();
        string Cell(SheetRow r, int c) => c < r.Cells.Length ? CellParsing.Normalize(CellParsing.Text(r.Cells[c])) : "";
        string Label(SheetRow r) => HeaderNames.Field(Cell(r, dateColumn)) ?? "";
        bool AllUnits(SheetRow r) => columns.Select(c => Cell(r, c)).Where(t => t.Length > 0).All(HeaderNames.IsUnit);

        var unitRows = header.Where(r => Label(r) == HeaderNames.Unit || AllUnits(r)).ToArray();
        var candidates = header.Except(unitRows).ToArray();
        Func<string, bool> looksLikeKey = kind switch
        {
            ImportKind.Fx => t => FxPairs.TryParse(t, out _, out _),
            ImportKind.Series => t => t.Length > 0,
            _ => VendorCodes.LooksLikeCode,
        };
        string[] keyLabels = kind == ImportKind.Series ? [HeaderNames.Series, HeaderNames.Name] : [HeaderNames.Code, HeaderNames.Pair];
        double Score(SheetRow r)
        {
            var texts = columns.Select(c => Cell(r, c)).Where(t => t.Length > 0).ToArray();
            return texts.Length == 0 ? 0 : (double)texts.Count(looksLikeKey) / texts.Length;
        }

        // A row repeating one word over every column ("收盘价") names the field, not the keys.
        bool Repeats(SheetRow r)
        {
            var texts = columns.Select(c => Cell(r, c)).Where(t => t.Length > 0).ToArray();
            return texts.Length > 1 && texts.Distinct(StringComparer.Ordinal).Count() == 1;
        }

        var keyRow = candidates.FirstOrDefault(r => keyLabels.Contains(Label(r)))
            ?? candidates.Where(r => !Repeats(r) && Score(r) >= 0.5).OrderByDescending(Score).ThenByDescending(r => r.Number).FirstOrDefault();
        if (keyRow is null)
        {
            return (null, $"第 {head[first].Number} 行起是数据，但表头（第 {header[0].Number}–{header[^1].Number} 行）中没有一行像代码" + (kind == ImportKind.Fx ? "（如 USDCNY、USD/CNY）" : "（如 0700.HK、600519.SH、AAPL）"));
        }

        var nameRow = kind == ImportKind.Series ? null
            : candidates.FirstOrDefault(r => r != keyRow && Label(r) == HeaderNames.Name)
              ?? candidates.Where(r => r != keyRow && !Repeats(r) && Score(r) < 0.5).OrderBy(r => Math.Abs(r.Number - keyRow.Number)).FirstOrDefault();
        var list = new List<WideColumn>();
        foreach (var c in columns)
        {
            var key = Cell(keyRow, c);
            if (key.Length == 0)
            {
                continue;
            }

            var unit = unitRows.Select(u => Cell(u, c)).FirstOrDefault(t => t.Length > 0);
            list.Add(new WideColumn(c, key, nameRow is null ? null : Cell(nameRow, c) is { Length: > 0 } n ? n : null, unit));
        }

        return (new WideLayout(dateColumn, head[first].Number, keyRow.Number, nameRow?.Number, [.. unitRows.Select(u => u.Number)], list), null);
    }
}
