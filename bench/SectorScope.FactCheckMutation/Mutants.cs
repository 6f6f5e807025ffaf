using System.Globalization;
using System.Text.RegularExpressions;
using static SectorScope.FactCheckMutation.TextSites;

namespace SectorScope.FactCheckMutation;

/// <summary>
/// Single changes that make one claim of a narrative wrong, generated from its text: every hand-written number
/// gets value changes (±1 in its last digit, its last two digits swapped), a sign, another unit and a full-width
/// wrong value; every 跑赢/跑输/上涨/下跌 before a number is flipped; every list of numbers or names has each
/// adjacent pair swapped; every name before a number becomes another company or index; every year of a
/// multiple or period becomes the next; every sentence with a claim gets another period.
/// </summary>
public static partial class Mutants
{
    /// <summary>Another subject of the same kind whose figures differ.</summary>
    private static readonly (string From, string To)[] Subjects =
    [
        ("金山软件", "快手-W"), ("金山", "快手"), ("网易", "哔哩哔哩"), ("金蝶国际", "商汤-W"), ("金蝶", "商汤"), ("腾讯", "百度集团"), ("美团", "京东集团"),
        ("阿里", "京东集团"), ("SEA", "亚马逊"), ("腾讯控股", "百度集团"), ("亚马逊", "SEA"), ("微博", "知乎"), ("快手", "金山软件"), ("哔哩哔哩", "网易"), ("京东", "唯品会"),
        ("恒生科技指数", "纳斯达克互联网指数"), ("纳斯达克互联网指数", "恒生科技指数"), ("纳斯达克综合指数", "纳斯达克互联网指数"),
    ];

    private static readonly (string From, string To)[] Flips =
    [
        ("跑赢", "跑输"), ("跑输", "跑赢"), ("上涨", "下跌"), ("下跌", "上涨"), ("涨幅", "跌幅"), ("跌幅", "涨幅"), ("回落", "上涨"), ("增长", "下降"), ("下降", "增长"),
    ];

    private static readonly (string From, string To)[] PeriodChanges =
    [
        ("本月", "10月"), ("年初至今", "近一年"), ("今年以来", "近一年"), ("近一年", "年初至今"), ("过去12个月", "年初至今"), ("前三季度", "三季度"), ("三季度", "二季度"),
        ("10-11月", "9-11月"), ("11月", "10月"), ("10月", "9月"), ("9月以来", "8月以来"),
    ];

    public static IEnumerable<Variant> Of(string text)
    {
        var numbers = Numbers(text).ToArray();
        foreach (var m in numbers)
        {
            foreach (var v in Values(text, m))
            {
                yield return v;
            }
        }

        foreach (var v in WordFlips(text, numbers).Concat(ListSwaps(text, numbers)).Concat(SubjectChanges(text, numbers)).Concat(YearChanges(text, numbers)).Concat(PeriodMutants(text, numbers)))
        {
            yield return v;
        }
    }

    private static IEnumerable<Variant> Values(string text, Match m)
    {
        var n = m.Groups["n"];
        var u = m.Groups["u"];
        var literal = m.Value;
        var up = Step(n.Value, +1);
        yield return new Variant("value", $"{literal} → {up}{u.Value}", Replace(text, n.Index, n.Length, up));
        if (Step(n.Value, -1) is { } down && down != n.Value && !down.StartsWith('-'))
        {
            yield return new Variant("value", $"{literal} → {down}{u.Value}", Replace(text, n.Index, n.Length, down));
        }

        var positions = Enumerable.Range(0, n.Value.Length).Where(i => char.IsAsciiDigit(n.Value[i])).ToArray();
        if (positions.Length >= 2 && n.Value[positions[^1]] != n.Value[positions[^2]])
        {
            var chars = n.Value.ToCharArray();
            (chars[positions[^1]], chars[positions[^2]]) = (chars[positions[^2]], chars[positions[^1]]);
            var swapped = new string(chars);
            yield return new Variant("value", $"{literal} → {swapped}{u.Value} (digits swapped)", Replace(text, n.Index, n.Length, swapped));
        }

        if (m.Index == 0 || text[m.Index - 1] is not ('-' or '+'))
        {
            yield return new Variant("sign", $"{literal} → -{literal}", Replace(text, m.Index, 0, "-"));
        }

        var unit = u.Value switch
        {
            "%" => "pct",
            "x" or "X" or "倍" => "%",
            _ => "%",
        };
        yield return new Variant("unit", $"{literal} → {n.Value}{unit}", Replace(text, u.Index, u.Length, unit));
        yield return new Variant("full-width", $"{literal} → {FullWidth(up + u.Value)}", Replace(text, m.Index, m.Length, FullWidth(up + u.Value)));
    }

    /// <summary>The word before a number (跑赢 → 跑输, 上涨 → 下跌) in the number's sentence; each word once.</summary>
    private static IEnumerable<Variant> WordFlips(string text, Match[] numbers)
    {
        var seen = new HashSet<int>();
        // A direction word is a claim about a return, an excess or a change, not about the level of a multiple.
        foreach (var m in numbers.Where(m => m.Groups["u"].Value is not ("x" or "X" or "倍") && !IsLevel(text, m)))
        {
            var start = ClauseStart(text, m.Index);
            var best = Flips.SelectMany(f => Occurrences(text, f.From).Where(at => at >= start && at + f.From.Length <= m.Index).Select(at => (At: at, f.From, f.To)))
                .OrderByDescending(x => x.At + x.From.Length).ThenByDescending(x => x.From.Length).FirstOrDefault();
            if (best.From is not null && seen.Add(best.At))
            {
                yield return new Variant("跑赢↔跑输 / 涨↔跌", $"「{best.From}」 → 「{best.To}」 before {m.Value}", Replace(text, best.At, best.From.Length, best.To));
            }
        }
    }

    /// <summary>Adjacent numbers of a list (16.7%、9.1%) and adjacent names of a list (金山软件、网易) swapped.</summary>
    private static IEnumerable<Variant> ListSwaps(string text, Match[] numbers)
    {
        for (int i = 0; i + 1 < numbers.Length; i++)
        {
            var (a, b) = (numbers[i], numbers[i + 1]);
            var between = text[(a.Index + a.Length)..b.Index];
            if (between is "、" or "和" or "，" && a.Value != b.Value)
            {
                var swapped = text[..a.Index] + b.Value + between + a.Value + text[(b.Index + b.Length)..];
                yield return new Variant("list order", $"{a.Value}{between}{b.Value} → {b.Value}{between}{a.Value}", swapped);
            }
        }

        var names = string.Join("|", Subjects.SelectMany(x => new[] { x.From, x.To }).Distinct().OrderByDescending(x => x.Length).Select(Regex.Escape));
        var nameList = new Regex($"(?:{names})(?:（[^）]*）)?(?:、(?:{names})(?:（[^）]*）)?)+");
        foreach (Match m in Outside(text, nameList.Matches(text)))
        {
            var listed = m.Value.Split('、');
            for (int i = 0; i + 1 < listed.Length; i++)
            {
                var order = listed.ToArray();
                (order[i], order[i + 1]) = (order[i + 1], order[i]);
                yield return new Variant("list order", $"{m.Value} → {string.Join("、", order)}", Replace(text, m.Index, m.Length, string.Join("、", order)));
            }
        }
    }

    /// <summary>A name that a number belongs to, replaced by another company or index; each name occurrence once.</summary>
    private static IEnumerable<Variant> SubjectChanges(string text, Match[] numbers)
    {
        var seen = new HashSet<int>();
        foreach (var m in numbers)
        {
            var (start, _) = Sentence(text, m.Index);
            foreach (var (from, to) in Subjects)
            {
                // A name whose figure a placeholder wrote is not the subject of the hand-written number after it.
                foreach (var at in Occurrences(text, from).Where(at => at >= start && at < m.Index && !text[at..m.Index].Contains("{{", StringComparison.Ordinal)))
                {
                    var covered = Subjects.Any(s => s.From.Length > from.Length && Occurrences(text, s.From).Any(o => o <= at && at < o + s.From.Length));
                    if (!covered && seen.Add(at))
                    {
                        yield return new Variant("wrong subject", $"「{from}」 → 「{to}」", Replace(text, at, from.Length, to));
                    }
                }
            }
        }
    }

    /// <summary>The year a number is stated for (24年 → 25年, 2024E → 2025E); each year occurrence once.</summary>
    private static IEnumerable<Variant> YearChanges(string text, Match[] numbers)
    {
        var seen = new HashSet<int>();
        foreach (var m in numbers)
        {
            var (start, _) = Sentence(text, m.Index);
            foreach (Match y in Outside(text, Year().Matches(text)).Where(y => y.Index >= start && y.Index < m.Index))
            {
                if (seen.Add(y.Index))
                {
                    var digits = y.Groups["y"].Value;
                    var next = (int.Parse(digits, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture).PadLeft(digits.Length, '0');
                    yield return new Variant("wrong year", $"{y.Value} → {next}{y.Value[digits.Length..]}", Replace(text, y.Groups["y"].Index, digits.Length, next));
                }
            }
        }
    }

    /// <summary>A sentence's period changed (年初至今 → 近一年, 11月 → 10月), or 10月 put before a sentence that names none.</summary>
    private static IEnumerable<Variant> PeriodMutants(string text, Match[] numbers)
    {
        var sentences = numbers.Select(m => Sentence(text, m.Index)).Distinct();
        foreach (var (start, end) in sentences)
        {
            var firstNumber = numbers.First(m => m.Index >= start).Index;
            var period = PeriodChanges.SelectMany(p => Occurrences(text, p.From).Where(at => at >= start && at < firstNumber).Select(at => (At: at, p.From, p.To)))
                .OrderBy(x => x.At).ThenByDescending(x => x.From.Length).FirstOrDefault();
            if (period.From is not null)
            {
                yield return new Variant("wrong period", $"「{period.From}」 → 「{period.To}」", Replace(text, period.At, period.From.Length, period.To));
            }
            else
            {
                var body = text[start..end].TrimStart();
                var at = start + (end - start - body.Length);
                yield return new Variant("wrong period", $"「10月，」 before 「{Short(body)}」", Replace(text, at, 0, "10月，"));
            }
        }
    }

    private static int ClauseStart(string text, int offset)
    {
        var (start, _) = Sentence(text, offset);
        var at = text.LastIndexOfAny(['，', '；', '：'], offset - 1, offset - start);
        return at < 0 ? start : at + 1;
    }

    /// <summary>A percentage that is a position (8.85%分位点), not a change.</summary>
    private static bool IsLevel(string text, Match m) => text[(m.Index + m.Length)..].StartsWith("分位", StringComparison.Ordinal);

    private static string Short(string s) => s.Length <= 16 ? s : s[..16] + "…";

    /// <summary>The number with its last digit moved by <paramref name="step"/> (16.7 → 16.8; 21 → 22).</summary>
    private static string Step(string number, int step)
    {
        var decimals = number.Contains('.', StringComparison.Ordinal) ? number.Length - number.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        var value = decimal.Parse(number, CultureInfo.InvariantCulture) + step * (decimal)Math.Pow(10, -decimals);
        return value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    // Not the year of a date (截至2024年12月2日): that is no claim's year.
    [GeneratedRegex(@"(?<![0-9])(?<y>20[0-9]{2}|2[0-9])(?:年(?![0-9]{1,2}月)|E)")]
    private static partial Regex Year();
}
