using static SectorScope.FactCheckMutation.TextSites;

namespace SectorScope.FactCheckMutation;

/// <summary>
/// Correct rewrites of one spot of a narrative, generated from its text: a number in full-width digits, a unit
/// in another spelling (pct → 个百分点/pp, x → 倍), a name with its code in brackets or by its short name, a
/// period or year in another spelling (年初至今 → 今年以来, 24年 → 2024年), a verb for the same direction.
/// </summary>
public static class Paraphrases
{
    private static readonly (string From, string To)[] Words =
    [
        ("金山软件", "金山软件（3888.HK）"), ("金山软件", "金山"), ("金蝶国际", "金蝶国际（0268.HK）"), ("金蝶国际", "金蝶"), ("网易", "网易（9999.HK）"), ("网易", "网易-S"),
        ("腾讯", "腾讯控股"), ("腾讯", "腾讯（0700.HK）"), ("美团", "美团-W"), ("美团", "美团（3690.HK）"), ("快手", "快手-W"), ("SEA", "SEA（SE.US）"), ("亚马逊", "亚马逊（AMZN.US）"),
        ("微博", "微博（WB.US）"), ("恒生科技指数", "恒生科技"), ("纳斯达克综合指数", "纳斯达克指数"), ("纳斯达克互联网指数", "纳斯达克互联网"),
        ("年初至今", "今年以来"), ("年初至今", "YTD"), ("今年以来", "年初至今"), ("近一年", "过去12个月"), ("过去12个月", "近一年"), ("三季度", "第三季度"), ("三季度", "Q3"),
        ("24年", "2024年"), ("25年", "2025年"), ("2024年", "24年"), ("下跌", "回落"), ("回落", "下跌"), ("涨幅为", "上涨"), ("单月涨幅", "11月涨幅"), ("、", "和"),
    ];

    public static IEnumerable<Variant> Of(string text)
    {
        foreach (var m in Numbers(text))
        {
            var n = m.Groups["n"];
            var u = m.Groups["u"];
            yield return new Variant("full-width", $"{m.Value} → {FullWidth(m.Value)}", Replace(text, m.Index, m.Length, FullWidth(m.Value)));
            foreach (var unit in Synonyms(u.Value))
            {
                yield return new Variant("unit", $"{m.Value} → {n.Value}{unit}", Replace(text, u.Index, u.Length, unit));
            }
        }

        foreach (var (from, to) in Words)
        {
            foreach (var at in Occurrences(text, from))
            {
                // 金山软件 → 金山 only where it stands alone, not inside 金山软件（3888.HK）.
                var next = at + from.Length < text.Length ? text[at + from.Length] : '\n';
                var part = from != "、" && next is '-' or '（' or '(';
                if (!text[at..].StartsWith(to, StringComparison.Ordinal) && !part && !(from == "、" && !NextToNumberOrName(text, at)))
                {
                    // Latin words keep a space from Latin before them (SEA YTD), as people type them.
                    var spaced = at > 0 && char.IsAsciiLetter(text[at - 1]) && char.IsAsciiLetter(to[0]) ? " " + to : to;
                    yield return new Variant("paraphrase", $"「{from}」 → 「{spaced}」 at {at}", Replace(text, at, from.Length, spaced));
                }
            }
        }
    }

    private static string[] Synonyms(string unit) => unit switch
    {
        "pct" => ["个百分点", "pp", "百分点", "ppt"],
        "x" => ["倍", "X"],
        "X" => ["倍", "x"],
        "倍" => ["x"],
        _ => [],
    };

    /// <summary>、 between two names (金山软件、网易) or numbers may become 和; elsewhere it is left.</summary>
    private static bool NextToNumberOrName(string text, int at) => at > 0 && at + 1 < text.Length && text[at + 1] != '\n';
}
