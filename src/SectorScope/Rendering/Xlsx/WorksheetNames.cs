using System.Globalization;

namespace SectorScope.Rendering.Xlsx;

/// <summary>Excel's sheet name rules: at most 31 characters, none of : \ / ? * [ ], unique ignoring case.</summary>
internal static class WorksheetNames
{
    public const int MaxLength = 31;

    public static IReadOnlyList<string> Assign(IEnumerable<string> wanted)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>();
        foreach (var name in wanted)
        {
            var clean = Clean(name);
            var candidate = clean;
            for (int n = 2; !used.Add(candidate); n++)
            {
                var suffix = "~" + n.ToString(CultureInfo.InvariantCulture);
                candidate = Truncate(clean, MaxLength - suffix.Length) + suffix;
            }

            result.Add(candidate);
        }

        return result;
    }

    private static string Clean(string name)
    {
        var chars = name.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' || char.IsControl(c) ? '_' : c).ToArray();
        var clean = Truncate(new string(chars).Trim('\''), MaxLength).Trim('\'');
        return clean.Length == 0 || clean.Equals("History", StringComparison.OrdinalIgnoreCase) ? "sheet" : clean;
    }

    /// <summary>Cuts to a length without splitting a surrogate pair.</summary>
    private static string Truncate(string s, int length)
    {
        if (s.Length <= length)
        {
            return s;
        }

        return char.IsHighSurrogate(s[length - 1]) ? s[..(length - 1)] : s[..length];
    }
}
