using System.Text.RegularExpressions;

namespace SectorScope.Import;

/// <summary>
/// The column names data providers use for each field, so that a long table maps itself: 日期/交易日期/
/// trade_date/Date, 代码/证券代码/ts_code/symbol/ticker, 收盘价/收盘/close/adjclose, 市盈率(TTM)/pe_ttm…
/// Names are compared after <see cref="Key"/>: full-width folded, lower case, no spaces, a unit in
/// brackets ("收盘价(元)") dropped and other brackets removed ("市盈率(TTM)" is "市盈率ttm").
/// </summary>
public static partial class HeaderNames
{
    public const string Date = "date", Code = "code", Name = "name", Close = "close", AdjClose = "adjclose", PeTtm = "pe_ttm",
        From = "from", To = "to", Pair = "pair", Rate = "rate", Series = "series", Value = "value", Unit = "unit";

    private static readonly Dictionary<string, string[]> Aliases = new(StringComparer.Ordinal)
    {
        [Date] = ["date", "日期", "交易日期", "交易日", "时间", "trade_date", "tradedate", "datetime", "time", "截止日期", "trddt", "日期时间", "tdate", "月份", "period"],
        [Code] = ["code", "代码", "证券代码", "股票代码", "指数代码", "ts_code", "tscode", "symbol", "ticker", "wind代码", "secid", "stkcd", "seccode", "windcode"],
        [Name] = ["name", "名称", "证券名称", "证券简称", "股票简称", "股票名称", "简称", "sec_name", "secname", "指数名称", "指数简称"],
        [Close] = ["close", "收盘价", "收盘", "closeprice", "close_price", "最新价", "px_last", "price", "今收盘"],
        [AdjClose] = ["adjclose", "adj_close", "adjustedclose", "复权收盘价", "后复权收盘价", "前复权收盘价", "收盘价后复权", "收盘价前复权"],
        [PeTtm] = ["pe_ttm", "pettm", "市盈率ttm", "市盈率", "pe", "滚动市盈率", "pettm倍"],
        [From] = ["from", "基准货币", "源货币", "base"],
        [To] = ["to", "目标货币", "报价货币", "quote"],
        [Pair] = ["pair", "货币对", "币种", "currency_pair", "currencypair"],
        [Rate] = ["rate", "汇率", "中间价", "即期汇率"],
        [Series] = ["series", "指标", "指标名称", "indicator"],
        [Value] = ["value", "数值", "值"],
        [Unit] = ["unit", "单位"],
    };

    private static readonly Dictionary<string, string> FieldOf = Aliases
        .SelectMany(a => a.Value.Select(n => (Name: n, Field: a.Key)))
        .GroupBy(x => x.Name, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Field, StringComparer.Ordinal);

    private static readonly HashSet<string> UnitWords = new(StringComparer.Ordinal)
    {
        "元", "港元", "港币", "美元", "人民币", "人民币元", "%", "倍", "亿元", "万元", "千元", "百万", "亿", "万", "点", "hkd", "usd", "cny", "rmb", "元/股", "x", "次", "bp", "bps", "亿美元", "亿港元",
    };

    /// <summary>The comparison key of a header cell.</summary>
    public static string Key(string header)
    {
        var s = CellParsing.Normalize(header).ToLowerInvariant();
        s = UnitInBrackets().Replace(s, "");
        return Brackets().Replace(s, "");
    }

    /// <summary>The field a header names (<see cref="Date"/>, <see cref="Code"/>…), or null.</summary>
    public static string? Field(string header) => FieldOf.GetValueOrDefault(Key(header));

    public static bool IsUnit(string text) => UnitWords.Contains(Key(text)) || UnitWords.Contains(CellParsing.Normalize(text).ToLowerInvariant());

    /// <summary>The fields <c>--map</c> may name; <c>value</c> stands for the kind's value field.</summary>
    public static IReadOnlyCollection<string> Fields => Aliases.Keys;

    [GeneratedRegex(@"[\(\[（【](?:元|港元|美元|人民币|人民币元|%|倍|亿元|万元|hkd|usd|cny|rmb)[\)\]）】]", RegexOptions.CultureInvariant)]
    private static partial Regex UnitInBrackets();

    [GeneratedRegex(@"[\s\(\)\[\]（）【】]", RegexOptions.CultureInvariant)]
    private static partial Regex Brackets();
}
