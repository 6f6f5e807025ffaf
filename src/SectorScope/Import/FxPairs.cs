using System.Text.RegularExpressions;

namespace SectorScope.Import;

/// <summary>Currency pairs as vendors write them: USDCNY, USD/CNY, USD.CNY, USDCNY=X (a chart feed), 美元兑人民币.</summary>
public static partial class FxPairs
{
    private static readonly Dictionary<string, string> ChineseNames = new(StringComparer.Ordinal)
    {
        ["美元"] = "USD",
        ["港元"] = "HKD",
        ["港币"] = "HKD",
        ["人民币"] = "CNY",
        ["欧元"] = "EUR",
        ["日元"] = "JPY",
        ["英镑"] = "GBP",
        ["新加坡元"] = "SGD",
        ["澳元"] = "AUD",
        ["加元"] = "CAD",
        ["瑞士法郎"] = "CHF",
        ["韩元"] = "KRW",
        ["新台币"] = "TWD",
    };

    public static bool TryParse(string text, out string from, out string to)
    {
        from = to = "";
        var s = CellParsing.Normalize(text);
        if (Latin().Match(s.ToUpperInvariant()) is { Success: true } m)
        {
            (from, to) = (m.Groups[1].Value, m.Groups[2].Value);
        }
        else if (Chinese().Match(s) is { Success: true } c && ChineseNames.TryGetValue(c.Groups[1].Value, out var f) && ChineseNames.TryGetValue(c.Groups[2].Value, out var t))
        {
            (from, to) = (f, t);
        }

        return from.Length == 3 && from != to;
    }

    public static string Key(string from, string to) => $"{from}/{to}";

    [GeneratedRegex(@"^([A-Z]{3})\s*[/.\-:]?\s*([A-Z]{3})(?:=X)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Latin();

    [GeneratedRegex(@"^(\p{IsCJKUnifiedIdeographs}+?)(?:兑|/)(\p{IsCJKUnifiedIdeographs}+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Chinese();
}
