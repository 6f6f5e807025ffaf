using System.Globalization;
using SectorScope.Reporting.Model;
using SectorScope.Workspace;

namespace SectorScope.Tests.Support;

/// <summary>Reads expected-value CSVs and compares them with a report's data tables, numbers to a relative 1e-9.</summary>
public static class ExpectedCsv
{
    public static IReadOnlyList<Dictionary<string, string>> Read(string path)
    {
        var (header, records) = CsvTable.Parse(File.ReadAllText(path));
        return [.. records.Select(r => header.Select((h, i) => (h, r.Fields[i])).ToDictionary(t => t.h, t => t.Item2))];
    }

    public static IReadOnlyList<Dictionary<string, string>> Rows(DataTable table) =>
        [.. table.Rows.Select(r => table.Columns.Select((c, i) => (c, Text(r[i]))).ToDictionary(t => t.c, t => t.Item2))];

    private static string Text(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Asserts that each expected row has a matching actual row (by <paramref name="key"/>) with equal cells.</summary>
    public static void AssertMatches(IReadOnlyList<Dictionary<string, string>> expected, IReadOnlyList<Dictionary<string, string>> actual, string[] key, string context)
    {
        Assert.True(expected.Count == actual.Count, $"{context}: expected {expected.Count} rows, got {actual.Count}");
        foreach (var e in expected)
        {
            var a = actual.SingleOrDefault(r => key.All(k => r[k] == e[k]));
            Assert.True(a is not null, $"{context}: no row for {string.Join(",", key.Select(k => e[k]))}");
            foreach (var (column, value) in e)
            {
                Assert.True(a.ContainsKey(column), $"{context}: column {column} missing");
                Assert.True(SameCell(value, a[column]), $"{context} {string.Join(",", key.Select(k => e[k]))} {column}: expected {value}, got {a[column]}");
            }
        }
    }

    private static bool SameCell(string expected, string actual)
    {
        if (double.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
            && double.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var y))
        {
            return Math.Abs(x - y) <= 1e-9 * Math.Max(1.0, Math.Abs(x));
        }

        return expected == actual;
    }
}
