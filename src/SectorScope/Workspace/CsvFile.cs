using System.Globalization;

namespace SectorScope.Workspace;

/// <summary>
/// Typed access to one CSV file of the workspace. Every failed conversion is recorded as a
/// diagnostic and yields null, so a reader can go on and report all of a file's problems at once.
/// </summary>
public sealed class CsvFile
{
    private readonly Dictionary<string, int> _columns;

    private CsvFile(string path, IReadOnlyList<CsvRecord> records, Dictionary<string, int> columns, DiagnosticBag diagnostics)
    {
        Path = path;
        Records = records;
        _columns = columns;
        Diagnostics = diagnostics;
    }

    public string Path { get; }

    public IReadOnlyList<CsvRecord> Records { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>Parses <paramref name="text"/> and checks its header against the contract.</summary>
    public static CsvFile Open(string path, string text, IReadOnlyList<string> required, IReadOnlyList<string> optional, DiagnosticBag diagnostics)
    {
        var (header, records) = CsvTable.Parse(text);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var expected = string.Join(',', required) + (optional.Count > 0 ? "[," + string.Join(',', optional) + "]" : "");
        if (header.Count == 0)
        {
            diagnostics.Add(path, 1, "header", ReaderMessages.EmptyCsv(expected));
            return new CsvFile(path, [], columns, diagnostics);
        }

        for (int i = 0; i < header.Count; i++)
        {
            var name = header[i];
            if (!required.Contains(name) && !optional.Contains(name))
            {
                diagnostics.Add(path, 1, name, ReaderMessages.UnknownColumn(expected));
            }
            else if (!columns.TryAdd(name, i))
            {
                diagnostics.Add(path, 1, name, ReaderMessages.DuplicateColumn);
            }
        }

        foreach (var name in required.Where(r => !columns.ContainsKey(r)))
        {
            diagnostics.Add(path, 1, name, ReaderMessages.MissingColumn(expected));
        }

        foreach (var record in records.Where(r => r.Fields.Count != header.Count))
        {
            diagnostics.Add(path, record.Line, "row", ReaderMessages.FieldCount(record.Fields.Count, header.Count));
        }

        bool headerOk = required.All(columns.ContainsKey);
        return new CsvFile(path, headerOk ? [.. records.Where(r => r.Fields.Count == header.Count)] : [], columns, diagnostics);
    }

    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>The trimmed text of a field; empty when the column is absent.</summary>
    public string Text(CsvRecord record, string column) =>
        _columns.TryGetValue(column, out var i) ? record.Fields[i].Trim() : "";

    public string? RequiredText(CsvRecord record, string column)
    {
        var value = Text(record, column);
        if (value.Length == 0)
        {
            Error(record, column, ReaderMessages.ValueMissing);
            return null;
        }

        return value;
    }

    public DateOnly? Date(CsvRecord record, string column, bool required = true)
    {
        var value = Text(record, column);
        if (value.Length == 0)
        {
            if (required)
            {
                Error(record, column, ReaderMessages.DateMissing);
            }

            return null;
        }

        if (InputDates.TryParse(value, out var date))
        {
            return date;
        }

        Error(record, column, InputDates.NotADate(value));
        return null;
    }

    /// <summary>A finite number; <paramref name="positive"/> rejects zero and negatives.</summary>
    public double? Number(CsvRecord record, string column, bool required = true, bool positive = false)
    {
        var value = Text(record, column);
        if (value.Length == 0)
        {
            if (required)
            {
                Error(record, column, ReaderMessages.NumberMissing);
            }

            return null;
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            Error(record, column, ReaderMessages.NotANumber(value));
            return null;
        }

        if (positive && number <= 0)
        {
            Error(record, column, ReaderMessages.NotPositive(value));
            return null;
        }

        if (InputLimits.OutOfRange(number) is { } range)
        {
            Error(record, column, range);
            return null;
        }

        return number;
    }

    public int? Integer(CsvRecord record, string column, bool required = true)
    {
        var value = Text(record, column);
        if (value.Length == 0)
        {
            if (required)
            {
                Error(record, column, ReaderMessages.ValueMissing);
            }

            return null;
        }

        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        Error(record, column, ReaderMessages.NotAnInteger(value));
        return null;
    }

    public void Error(CsvRecord record, string column, string reason) => Diagnostics.Add(Path, record.Line, column, reason);
}

/// <summary>The one date format of the inputs, YYYY-MM-DD, in the years 1900–2100 (a report cannot compute or print beyond).</summary>
public static class InputDates
{
    public static bool TryParse(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date) && InputLimits.InRange(date);

    /// <summary>Why <paramref name="value"/> is refused: not a date, or a date outside 1900–2100.</summary>
    public static string NotADate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? ReaderMessages.DateOutOfRange(value, Format(InputLimits.FirstDate), Format(InputLimits.LastDate))
            : ReaderMessages.NotADate(value);

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
