using SectorScope.Workspace;

namespace SectorScope.Import;

/// <summary>How a vendor code resolved: to a workspace code, deliberately dropped, or unknown.</summary>
public enum CodeOutcome
{
    Known,
    New,
    Dropped,
    Unknown,
}

public readonly record struct ResolvedCode(CodeOutcome Outcome, string? Code);

/// <summary>
/// Resolves vendor codes in this order: the workspace's <c>code_map.csv</c> (a code of <c>-</c> drops the
/// vendor code on purpose), a code the workspace already defines, then the vendor rules of
/// <see cref="VendorCodes"/>. With <paramref name="addUnknown"/> (<c>--universe all</c>) a code the rules
/// give but the workspace lacks is <see cref="CodeOutcome.New"/>; otherwise it is unknown.
/// </summary>
public sealed class CodeResolver(IReadOnlyDictionary<string, string> codeMap, Func<string, bool> known, bool addUnknown)
{
    public const string DropMark = "-";

    public ResolvedCode Resolve(string vendorCode)
    {
        var raw = CellParsing.Normalize(vendorCode);
        if (codeMap.TryGetValue(raw, out var mapped) || codeMap.TryGetValue(raw.ToUpperInvariant(), out mapped))
        {
            return mapped == DropMark ? new ResolvedCode(CodeOutcome.Dropped, null)
                : new ResolvedCode(known(mapped) ? CodeOutcome.Known : addUnknown ? CodeOutcome.New : CodeOutcome.Unknown, mapped);
        }

        if (known(raw))
        {
            return new ResolvedCode(CodeOutcome.Known, raw);
        }

        var canonical = VendorCodes.Canonical(raw);
        if (canonical is not null && known(canonical))
        {
            return new ResolvedCode(CodeOutcome.Known, canonical);
        }

        return addUnknown && canonical is not null ? new ResolvedCode(CodeOutcome.New, canonical) : new ResolvedCode(CodeOutcome.Unknown, canonical);
    }

    /// <summary>Reads <c>code_map.csv</c> (<c>vendor_code,code</c>); problems go to <paramref name="diagnostics"/>.</summary>
    public static Dictionary<string, string> ReadMap(string path, string text, DiagnosticBag diagnostics)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var csv = CsvFile.Open(path, text, ["vendor_code", "code"], [], diagnostics);
        foreach (var r in csv.Records)
        {
            var vendor = csv.RequiredText(r, "vendor_code");
            var code = csv.RequiredText(r, "code");
            if (vendor is null || code is null)
            {
                continue;
            }

            if (!map.TryAdd(CellParsing.Normalize(vendor), code))
            {
                csv.Error(r, "vendor_code", $"'{vendor}' 重复出现");
            }
        }

        return map;
    }
}
