using System.Globalization;
using System.Text.RegularExpressions;

namespace SectorScope.Import;

/// <summary>The market a code's suffix names, and that market's currency (for codes <c>--universe all</c> adds).</summary>
public sealed record CodeMarket(string Market, string Currency);

/// <summary>
/// The workspace's form of the codes data vendors write: Hong Kong as <c>0700.HK</c> (from 00700.HK,
/// 700 HK Equity, HK0700), mainland shares as <c>600519.SH</c> (from SH600519, 600519.SS, 600519 CH Equity),
/// US listings as <c>AAPL.US</c> (from AAPL, AAPL.O, AAPL.OQ, AAPL.N, AAPL UW Equity). Pure; an index's
/// vendor code has no such rule and is mapped through the workspace's <c>code_map.csv</c>.
/// </summary>
public static partial class VendorCodes
{
    private static readonly Dictionary<string, string> MainlandSuffix = new(StringComparer.Ordinal)
    {
        ["SH"] = "SH",
        ["SS"] = "SH",
        ["XSHG"] = "SH",
        ["SZ"] = "SZ",
        ["XSHE"] = "SZ",
        ["BJ"] = "BJ",
    };

    private static readonly HashSet<string> UsSuffix = new(StringComparer.Ordinal) { "US", "O", "OQ", "N", "A", "K", "P", "PK", "OB", "NYSE", "NASDAQ" };

    private static readonly HashSet<string> BloombergUs = new(StringComparer.Ordinal) { "US", "UW", "UN", "UQ", "UA", "UR", "UP" };

    private static readonly HashSet<string> BloombergMainland = new(StringComparer.Ordinal) { "CH", "C1", "C2", "CG", "CS" };

    /// <summary>The canonical code for a vendor's code, or null when no rule applies (an index, a name, noise).</summary>
    public static string? Canonical(string vendorCode)
    {
        var s = CellParsing.Normalize(vendorCode).ToUpperInvariant();
        if (s.Length is 0 or > 40)
        {
            return null;
        }

        if (Bloomberg().Match(s) is { Success: true } bb)
        {
            var ticker = bb.Groups[1].Value;
            var exchange = bb.Groups[2].Value;
            if (exchange == "HK")
            {
                return HongKong(ticker);
            }

            if (BloombergMainland.Contains(exchange))
            {
                return Mainland(ticker, null);
            }

            return BloombergUs.Contains(exchange) && UsTicker().IsMatch(ticker) ? ticker + ".US" : null;
        }

        if (Suffixed().Match(s) is { Success: true } m)
        {
            var (body, suffix) = (m.Groups[1].Value, m.Groups[2].Value);
            if (suffix == "HK")
            {
                return HongKong(body);
            }

            if (MainlandSuffix.TryGetValue(suffix, out var exchange))
            {
                return Mainland(body, exchange);
            }

            return UsSuffix.Contains(suffix) && UsTicker().IsMatch(body) ? body + ".US" : null;
        }

        if (Prefixed().Match(s) is { Success: true } p)
        {
            return p.Groups[1].Value == "HK" ? HongKong(p.Groups[2].Value) : Mainland(p.Groups[2].Value, MainlandSuffix[p.Groups[1].Value]);
        }

        if (s.All(char.IsAsciiDigit))
        {
            return s.Length == 6 ? Mainland(s, null) : HongKong(s);
        }

        return UsTicker().IsMatch(s) ? s + ".US" : null;
    }

    /// <summary>Market and currency of a canonical code's suffix; null for a code without one (an index).</summary>
    public static CodeMarket? MarketOf(string code)
    {
        var dot = code.LastIndexOf('.');
        return dot < 0 ? null : code[(dot + 1)..] switch
        {
            "HK" => new CodeMarket("HK", "HKD"),
            "US" => new CodeMarket("US", "USD"),
            "SH" or "SZ" or "BJ" => new CodeMarket("CN", "CNY"),
            _ => null,
        };
    }

    /// <summary>Whether a header cell looks like a security code of some vendor (used to find the code row of a sheet).</summary>
    public static bool LooksLikeCode(string text)
    {
        var s = CellParsing.Normalize(text);
        return s.Length is > 0 and <= 40 && !s.Any(c => c > '\u2E7F') && Canonical(s) is not null && (s.Any(char.IsAsciiDigit) || s.Contains('.') || s.Contains(' ') || s.All(char.IsAsciiLetterUpper));
    }

    private static string? HongKong(string digits)
    {
        if (digits.Length is 0 or > 5 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        var n = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        return n == 0 ? null : n.ToString("D4", CultureInfo.InvariantCulture) + ".HK";
    }

    private static string? Mainland(string digits, string? exchange)
    {
        if (digits.Length != 6 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        exchange ??= digits[0] switch
        {
            '6' or '9' or '5' => "SH",
            '0' or '2' or '3' or '1' => "SZ",
            '4' or '8' => "BJ",
            _ => null,
        };
        return exchange is null ? null : $"{digits}.{exchange}";
    }

    [GeneratedRegex(@"^(\S+)\s+([A-Z0-9]{2})\s+(?:EQUITY|INDEX)$", RegexOptions.CultureInvariant)]
    private static partial Regex Bloomberg();

    [GeneratedRegex(@"^([A-Z0-9\-]+)\.([A-Z]{1,6})$", RegexOptions.CultureInvariant)]
    private static partial Regex Suffixed();

    [GeneratedRegex(@"^(HK|SH|SZ|BJ)(\d{4,6})$", RegexOptions.CultureInvariant)]
    private static partial Regex Prefixed();

    [GeneratedRegex(@"^[A-Z][A-Z0-9]{0,5}(?:-[A-Z])?$", RegexOptions.CultureInvariant)]
    private static partial Regex UsTicker();
}
