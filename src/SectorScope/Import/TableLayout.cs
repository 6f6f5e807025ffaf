namespace SectorScope.Import;

/// <summary>How a table holds its values, as detected from its first rows.</summary>
public abstract record TableLayout(int DateColumn, int FirstDataRow)
{
    /// <summary>One line for the output, naming what was recognised ("宽表：日期在第 A 列……").</summary>
    public abstract string Describe();

    /// <summary>1-based row number to the spreadsheet's column letters (0 → A).</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (int n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}

/// <summary>A column of a wide table: the header that names its key, and the name and unit rows' cells above it.</summary>
public sealed record WideColumn(int Index, string Header, string? Name, string? Unit);

/// <summary>Dates in one column, one column per code (or pair or series); header rows above, vendor notes below.</summary>
public sealed record WideLayout(int DateColumn, int FirstDataRow, int KeyRow, int? NameRow, IReadOnlyList<int> UnitRows, IReadOnlyList<WideColumn> Columns)
    : TableLayout(DateColumn, FirstDataRow)
{
    public override string Describe()
    {
        var parts = new List<string> { $"宽表，日期在第 {ColumnName(DateColumn)} 列（每行一个日期），{Columns.Count} 列数据，代码在第 {KeyRow} 行" };
        if (NameRow is { } n)
        {
            parts.Add($"名称在第 {n} 行");
        }

        if (UnitRows.Count > 0)
        {
            parts.Add($"单位在第 {string.Join("、", UnitRows)} 行");
        }

        parts.Add($"数据自第 {FirstDataRow} 行起");
        return string.Join("，", parts);
    }
}

/// <summary>One row per value; the columns of each field found by name or given with <c>--map</c>.</summary>
public sealed record LongLayout(int HeaderRow, IReadOnlyDictionary<string, int> Fields, IReadOnlyList<string> HeaderCells, string ValueField)
    : TableLayout(Fields[HeaderNames.Date], HeaderRow + 1)
{
    public int? Column(string field) => Fields.TryGetValue(field, out var c) ? c : null;

    public override string Describe() =>
        $"长表，表头在第 {HeaderRow} 行：" + string.Join("，", Fields.OrderBy(f => f.Value).Select(f => $"{HeaderCells[f.Value]}→{f.Key}"));
}
