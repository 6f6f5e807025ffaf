namespace SectorScope.Import;

/// <summary>
/// Turns the rows of a detected table into values. Rows without a date are skipped when blank; a run of
/// rows whose first cell is text and that no dated row follows is the vendor's note ("数据来源：Wind")
/// and is ignored (and said); any other undated row is a bad date, reported with its row.
/// </summary>
public sealed class TableReader(string file, ImportKind kind, TableLayout layout, CodeTally codes, ImportProblems problems, Action<ImportedValue> emit)
{
    private readonly List<(SheetRow Row, string Text, bool HasNumbers)> _pending = [];
    private readonly List<string> _notes = [];
    private readonly Dictionary<int, ColumnKey> _wideKeys = [];
    private readonly Dictionary<string, ColumnKey> _longKeys = new(StringComparer.Ordinal);

    /// <summary>The key a column (wide) or a key cell (long) resolved to; null when its values are not kept.</summary>
    private sealed record ColumnKey(string? Key, CodeTally.Entry? Entry);

    public int Values { get; private set; }

    /// <summary>Vendor notes below the data that were ignored, for the output.</summary>
    public IReadOnlyList<string> Notes => _notes;

    public void Read(IEnumerable<SheetRow> rows)
    {
        foreach (var row in rows)
        {
            if (row.Number >= layout.FirstDataRow)
            {
                Row(row);
            }
        }

        foreach (var (row, text, hasNumbers) in _pending)
        {
            if (hasNumbers)
            {
                BadDate(row, text);
            }
            else
            {
                _notes.Add(text);
            }
        }
    }

    private void Row(SheetRow row)
    {
        var cells = row.Cells;
        var dateCell = layout.DateColumn < cells.Length ? cells[layout.DateColumn] : null;
        bool hasNumbers = ValueCells(row).Any(v => CellParsing.Number(v).Kind == CellKind.Number);
        if (CellParsing.IsBlank(dateCell))
        {
            if (hasNumbers)
            {
                problems.Add(file, row.Number, Column(layout.DateColumn), "缺少日期", "有数值但没有日期");
            }

            return;
        }

        if (!CellParsing.TryDate(dateCell, allowSerial: true, out var date))
        {
            _pending.Add((row, CellParsing.Text(dateCell).Trim(), hasNumbers));
            return;
        }

        foreach (var (pending, text, _) in _pending)
        {
            BadDate(pending, text);
        }

        _pending.Clear();
        if (layout is WideLayout wide)
        {
            foreach (var column in wide.Columns)
            {
                Value(row, date, column.Index, WideKey(column, wide.KeyRow), column.Unit);
            }
        }
        else if (layout is LongLayout lng)
        {
            var key = LongKey(lng, row);
            var unit = lng.Column(HeaderNames.Unit) is { } u && u < cells.Length ? CellParsing.Normalize(CellParsing.Text(cells[u])) : null;
            if (key is not null)
            {
                Value(row, date, lng.Fields[lng.ValueField], key, unit is { Length: > 0 } ? unit : null);
            }
        }
    }

    private IEnumerable<object?> ValueCells(SheetRow row) => layout switch
    {
        WideLayout wide => wide.Columns.Where(c => c.Index < row.Cells.Length).Select(c => row.Cells[c.Index]),
        LongLayout lng => lng.Fields[lng.ValueField] < row.Cells.Length ? [row.Cells[lng.Fields[lng.ValueField]]] : [],
        _ => [],
    };

    private void Value(SheetRow row, DateOnly date, int column, ColumnKey key, string? unit)
    {
        var cell = CellParsing.Number(column < row.Cells.Length ? row.Cells[column] : null);
        if (cell.Kind == CellKind.Missing)
        {
            return;
        }

        if (key.Entry is { } entry && key.Key is null)
        {
            entry.Rows++;
            return;
        }

        if (key.Key is null)
        {
            return;
        }

        var where = Column(column);
        if (cell.Kind == CellKind.Invalid || (cell.Percent && kind != ImportKind.Series))
        {
            var text = CellParsing.Text(row.Cells[column]).Trim();
            problems.Add(file, row.Number, where, "数值无法识别", $"{key.Key}：「{Clip(text)}」不是数值");
            return;
        }

        if (kind is ImportKind.Prices or ImportKind.Fx && cell.Value <= 0)
        {
            problems.Add(file, row.Number, where, "数值须为正", $"{key.Key}：{ImportKinds.ValueField(kind)} 须为正数，文件为 {CellParsing.Text(cell.Value)}");
            return;
        }

        if (key.Entry is { } kept)
        {
            kept.Rows++;
        }

        Values++;
        emit(new ImportedValue(date, key.Key, cell.Value, unit ?? (cell.Percent ? "%" : null), row.Number));
    }

    /// <summary>A wide column's key, resolved once; problems with it are reported at the header row that names it.</summary>
    private ColumnKey WideKey(WideColumn column, int keyRow)
    {
        if (!_wideKeys.TryGetValue(column.Index, out var key))
        {
            key = Key(column.Header, column.Name, keyRow, column.Index);
            _wideKeys.Add(column.Index, key);
        }

        return key;
    }

    private ColumnKey? LongKey(LongLayout layout, SheetRow row)
    {
        string Cell(string field) => layout.Column(field) is { } c && c < row.Cells.Length ? CellParsing.Normalize(CellParsing.Text(row.Cells[c])) : "";
        if (kind == ImportKind.Fx && layout.Column(HeaderNames.Pair) is null)
        {
            var (from, to) = (Cell(HeaderNames.From).ToUpperInvariant(), Cell(HeaderNames.To).ToUpperInvariant());
            return FxPairs.TryParse(from + "/" + to, out var f, out var t) ? new ColumnKey(FxPairs.Key(f, t), null) : Unreadable(row, layout.Fields[HeaderNames.From], $"{from}/{to}");
        }

        var keyField = kind switch { ImportKind.Fx => HeaderNames.Pair, ImportKind.Series => HeaderNames.Series, _ => HeaderNames.Code };
        var text = Cell(keyField);
        if (text.Length == 0)
        {
            if (ValueCells(row).Any(v => CellParsing.Number(v).Kind == CellKind.Number))
            {
                problems.Add(file, row.Number, Column(layout.Fields[keyField]), "缺少代码", $"有数值但没有{(kind == ImportKind.Series ? "指标名称" : "代码")}");
            }

            return null;
        }

        if (!_longKeys.TryGetValue(text, out var key))
        {
            key = Key(text, Cell(HeaderNames.Name), row.Number, layout.Fields[keyField]);
            _longKeys.Add(text, key);
        }

        return key;
    }

    /// <summary>Resolves a header or key cell once: a code through the tally, a pair, or a series name.</summary>
    private ColumnKey Key(string text, string? name, int row, int column)
    {
        switch (kind)
        {
            case ImportKind.Fx:
                return FxPairs.TryParse(text, out var from, out var to) ? new ColumnKey(FxPairs.Key(from, to), null) : Unreadable(new SheetRow(row, []), column, text);
            case ImportKind.Series:
                return new ColumnKey(text, null);
            default:
                var entry = codes.Resolve(file, text, row, Column(column));
                if (entry.Resolved.Outcome is CodeOutcome.Known or CodeOutcome.New && entry.Resolved.Code is { } code)
                {
                    codes.Name(code, name);
                    return new ColumnKey(code, entry);
                }

                return new ColumnKey(null, entry);
        }
    }

    private ColumnKey Unreadable(SheetRow row, int column, string text)
    {
        problems.Add(file, row.Number, Column(column), "货币对无法识别", $"「{Clip(text)}」不是货币对（如 USDCNY、USD/CNY、美元兑人民币）");
        return new ColumnKey(null, null);
    }

    private void BadDate(SheetRow row, string text) =>
        problems.Add(file, row.Number, Column(layout.DateColumn), "日期无法识别", $"「{Clip(text)}」不是日期（可用 2024-11-29、2024/11/29、20241129、2024年11月29日、Nov 29 2024 或 Excel 日期）");

    private static string Column(int index) => $"{TableLayout.ColumnName(index)} 列";

    private static string Clip(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
