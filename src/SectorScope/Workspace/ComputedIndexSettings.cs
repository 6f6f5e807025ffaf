using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace SectorScope.Workspace;

/// <summary>How the members of a computed index are weighted on each day.</summary>
public enum IndexWeighting
{
    /// <summary>Every member with a return that day counts the same.</summary>
    Equal,

    /// <summary>By market capitalisation at the previous close: shares (securities.csv <c>shares_mn</c>) × that close.</summary>
    MarketCap,
}

/// <summary>A member as written in the settings (a security code or a sub_sector name) and its line.</summary>
public sealed record IndexMemberEntry(string Text, int Line);

/// <summary>
/// <c>headline_index: { computed: { members: [...], weights: equal | market_cap, base: 1000, code: …, name: … } }</c>:
/// a sector index the workspace computes from its members' closes instead of a vendor's.
/// </summary>
public sealed record ComputedIndexSettings(string Code, string Name, IReadOnlyList<IndexMemberEntry> Members, IndexWeighting Weights, double Base, int Line)
{
    public const string DefaultCode = "SECTOR_INDEX";
    public const double DefaultBase = 1000;
    private const string Key = "headline_index.computed";

    /// <summary>The default name: <c>{sector}指数（自编）</c>.</summary>
    public static string DefaultName(string sector) => $"{(sector.Length > 0 ? sector : "行业")}指数（自编）";

    /// <summary>The securities the members name, each once, in the order first named: a code is that security, a sub_sector name all of its securities.</summary>
    public IReadOnlyList<Security> Resolve(Universe universe) =>
        [.. Members.SelectMany(m => universe.Security(m.Text) is { } s ? [s] : universe.Securities.Where(x => x.SubSector == m.Text)).DistinctBy(s => s.Code)];

    internal static ComputedIndexSettings? Read(SettingsReader.YamlAccess y, YamlMappingNode headline, string sector)
    {
        y.RejectUnknown(headline, ["computed"], "headline_index");
        if (y.Child(headline, "computed") is not YamlMappingNode node)
        {
            y.Error(headline, Key, "应为 { members: [成员], weights: equal | market_cap, base: 1000 }，或一个指数代码");
            return null;
        }

        y.RejectUnknown(node, ["members", "weights", "base", "code", "name"], Key);
        bool ok = true;
        var members = new List<IndexMemberEntry>();
        switch (y.Child(node, "members"))
        {
            case null:
                y.Error(node, $"{Key}.members", "缺少成员列表：members 列出子行业名称（sub_sector）或证券代码");
                ok = false;
                break;
            case YamlSequenceNode list:
                foreach (var item in list.Children)
                {
                    if (y.Scalar(item) is { Length: > 0 } text)
                    {
                        members.Add(new IndexMemberEntry(text.Trim(), (int)item.Start.Line));
                    }
                    else
                    {
                        y.Error(item, $"{Key}.members", "成员应为子行业名称或证券代码");
                        ok = false;
                    }
                }

                if (list.Children.Count == 0)
                {
                    y.Error(list, $"{Key}.members", "成员列表为空：至少列出一个子行业名称或证券代码");
                    ok = false;
                }

                break;
            case var other:
                y.Error(other, $"{Key}.members", "应为列表，例如 [游戏, 0700.HK]");
                ok = false;
                break;
        }

        var weightsText = y.String(node, "weights") ?? "equal";
        IndexWeighting? weights = weightsText switch
        {
            "equal" => IndexWeighting.Equal,
            "market_cap" => IndexWeighting.MarketCap,
            _ => null,
        };
        if (weights is null)
        {
            y.Error(y.Child(node, "weights")!, $"{Key}.weights", $"「{weightsText}」不是 equal（等权）或 market_cap（市值加权）");
            ok = false;
        }

        double level = DefaultBase;
        if (y.Child(node, "base") is { } baseNode)
        {
            var text = y.Scalar(baseNode);
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out level) || !double.IsFinite(level) || level <= 0)
            {
                y.Error(baseNode, $"{Key}.base", $"「{text}」不是正数：基点应大于 0，例如 1000");
                ok = false;
            }
        }

        var code = y.String(node, "code") ?? DefaultCode;
        var name = y.String(node, "name") ?? DefaultName(sector);
        return ok ? new ComputedIndexSettings(code, name, members, weights!.Value, level, (int)node.Start.Line) : null;
    }

    /// <summary>
    /// Checks the members against the universe and returns the index's row (market and currency of its members), or
    /// null with the reasons: an unknown member, a code that is already defined, members of several markets or
    /// currencies (a basket in one currency has one meaning; converting would need a choice of currency and FX dates),
    /// market-cap weights without shares.
    /// </summary>
    public IndexInfo? Check(Universe universe, DiagnosticBag diagnostics)
    {
        void Error(int line, string column, string reason) => diagnostics.Add(SettingsReader.FileName, line, column, reason);
        int before = diagnostics.Items.Count;
        foreach (var m in Members.Where(m => universe.Security(m.Text) is null && !universe.Securities.Any(s => s.SubSector == m.Text)))
        {
            Error(m.Line, $"{Key}.members", universe.IsIndex(m.Text)
                ? $"「{m.Text}」是指数，成员应为 securities.csv 的证券代码或子行业名称"
                : $"未知成员「{m.Text}」：既不是 securities.csv 的证券代码，也不是其中的子行业名称（sub_sector）");
        }

        if (universe.Contains(Code))
        {
            Error(Line, $"{Key}.code", $"代码「{Code}」已在 {(universe.IsIndex(Code) ? "indices.csv" : "securities.csv")} 中定义，请另取一个代码");
        }

        var securities = Resolve(universe);
        foreach (var (column, values) in new[] { ("market", securities.Select(s => s.Market)), ("currency", securities.Select(s => s.Currency)) })
        {
            var distinct = values.Distinct(StringComparer.Ordinal).ToArray();
            if (distinct.Length > 1)
            {
                Error(Line, $"{Key}.members", $"成员分属多个{(column == "market" ? "市场" : "币种")}（{string.Join("、", distinct)}）：自编指数的成员须属同一市场、同一币种");
            }
        }

        if (Weights == IndexWeighting.MarketCap && securities.Where(s => s.SharesMn is null).Select(s => s.Code).ToArray() is { Length: > 0 } noShares)
        {
            Error(Line, $"{Key}.weights", $"按市值加权需要每个成员的股本（securities.csv 的 shares_mn 列），以下成员没有：{string.Join("、", noShares)}");
        }

        return diagnostics.Items.Count > before || securities.Count == 0 ? null
            : new IndexInfo(Code, Name, securities[0].Market, securities[0].Currency, DateOnly.MinValue);
    }
}
