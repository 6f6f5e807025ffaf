using System.Globalization;
using System.Text.RegularExpressions;

namespace SectorScope.Workspace;

/// <summary>
/// Diagnostics as a person reads them: each kind of problem (same file, column and reason but for the values it
/// quotes) listed <see cref="Listed"/> times, then one line counting the rest, so a price file with thousands of rows
/// of one unknown code is three lines and a count, not thousands of lines.
/// </summary>
public static partial class DiagnosticSummary
{
    public const int Listed = 3;

    public static IReadOnlyList<string> Lines(IReadOnlyList<Diagnostic> diagnostics)
    {
        var counts = diagnostics.GroupBy(Kind).ToDictionary(g => g.Key, g => g.Count());
        var shown = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var d in diagnostics)
        {
            var kind = Kind(d);
            var n = shown[kind] = shown.GetValueOrDefault(kind) + 1;
            if (n <= Listed)
            {
                lines.Add(d.ToString());
            }

            if (n == Listed && counts[kind] > Listed)
            {
                var where = d.Column.Length > 0 ? $"{d.File}，{d.Column} 列" : d.File;
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"… 及其余 {counts[kind] - Listed:N0} 行同类问题（{where}）"));
            }
        }

        return lines;
    }

    /// <summary>The problem without the values it quotes or counts: 'ABC.US' and 'XYZ.US' unknown are one kind.</summary>
    private static string Kind(Diagnostic d) => $"{d.File}\u0000{d.Column}\u0000{Values().Replace(d.Reason, "…")}";

    [GeneratedRegex(@"'[^']*'|「[^」]*」|‘[^’]*’|\d[\d,.]*")]
    private static partial Regex Values();
}
