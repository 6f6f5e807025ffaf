namespace SectorScope.Reporting.FactCheck;

/// <summary>The Chinese words of claims, as sell-side analysts write them.</summary>
public static class ChineseClaimWords
{
    private const string Months = "(?<![0-9.])";

    // A month label of a title or a date is not a period: 12月投资策略, 11月20日.
    private const string NotADate = @"(?!\s*[0-9]{1,2}\s*[日号])(?!\s*(?:投资策略|策略|月报|报告|版号))";

    public static ClaimVocabulary Vocabulary { get; } = new()
    {
        Units =
        [
            ("个百分点", ClaimUnit.Points, 1), ("百分点", ClaimUnit.Points, 1), ("pct", ClaimUnit.Points, 1), ("PCT", ClaimUnit.Points, 1),
            ("ppt", ClaimUnit.Points, 1), ("pp", ClaimUnit.Points, 1), ("个基点", ClaimUnit.Points, 0.01), ("基点", ClaimUnit.Points, 0.01),
            ("bps", ClaimUnit.Points, 0.01), ("bp", ClaimUnit.Points, 0.01), ("BP", ClaimUnit.Points, 0.01), ("%", ClaimUnit.Percent, 1),
            ("x", ClaimUnit.Multiple, 1), ("X", ClaimUnit.Multiple, 1), ("倍", ClaimUnit.Multiple, 1),
        ],
        RankPattern = @"(?:涨幅|涨跌幅|收益率?)[^，,。；;：:、0-9]{0,8}?第(?<n>[0-9]{1,3}|[一二三四五六七八九十])(?![0-9])(?:名|位)?",
        MetricWords =
        [
            ("跑赢", MetricWord.Excess), ("跑输", MetricWord.Excess), ("超额", MetricWord.Excess), ("超额收益", MetricWord.Excess), ("落后", MetricWord.Excess),
            ("同比", MetricWord.Yoy), ("环比", MetricWord.Mom),
            ("涨跌幅", MetricWord.Return), ("涨幅", MetricWord.Return), ("跌幅", MetricWord.Return), ("上涨", MetricWord.Return),
            ("下跌", MetricWord.Return), ("上升", MetricWord.Return), ("下降", MetricWord.Return), ("回落", MetricWord.Return),
            ("反弹", MetricWord.Return), ("收益", MetricWord.Return), ("收益率", MetricWord.Return), ("回报", MetricWord.Return),
            ("涨", MetricWord.Return), ("跌", MetricWord.Return),
            ("下挫", MetricWord.Return), ("走高", MetricWord.Return), ("走低", MetricWord.Return),
            ("累涨", MetricWord.Return), ("累跌", MetricWord.Return), ("收涨", MetricWord.Return), ("收跌", MetricWord.Return),
        ],
        Falling = ["跌幅", "下跌", "下降", "回落", "跌", "下滑", "下挫", "走低", "累跌", "收跌", "减少"],
        Rising = ["上涨", "涨幅", "上升", "反弹", "涨", "走高", "收涨", "累涨", "增长"],
        Underperform = ["跑输", "落后"],
        Outperform = ["跑赢"],
        BenchmarkMarkers = ["跑赢", "跑输", "落后于", "落后", "相对于", "相对", "对标", "较", "领先于", "强于", "弱于", "超越", "战胜"],
        AdjustedMultiple = ["经调整"],
        TrailingMultiple = ["TTM", "ttm"],
        ForwardMultiple = ["PE", "市盈率"],
        Percentile = ["分位"],
        PeriodPattern =
            @"(?<cur>本月)|(?<prev>上月|上个月)"
            + @"|(?<ytd>年初至今|年初以来|今年以来|年内|YTD|ytd|(?<![0-9])(?<ytdy>20[0-9]{2}|[0-9]{2})\s*年(?:初至今|初以来|以来))"
            + @"|(?<t12>近一年|近1年|过去一年|过去1年|最近一年|近12个月|过去12个月|近十二个月|过去十二个月|近一年来)"
            + @"|(?<![0-9])(?:(?<qny>20[0-9]{2}|[0-9]{2})\s*年\s*)?前(?<qn>[一二三123])(?:个)?季度"
            + @"|(?<![0-9])(?:(?<qy>20[0-9]{2}|[0-9]{2})\s*年\s*)?(?:第)?(?<q>[一二三四1-4])季度(?!报)"
            + @"|(?<![0-9A-Za-z])(?:(?<qy>20[0-9]{2}|[0-9]{2})\s*)?Q(?<q>[1-4])(?![0-9])|(?<![0-9A-Za-z])(?<q>[1-4])Q(?<qy>[0-9]{2})(?![0-9])"
            + "|" + Months + @"(?:(?<sy>20[0-9]{2}|[0-9]{2})\s*年\s*)?(?<sm>1[0-2]|0?[1-9])\s*月份?(?:以来|至今)"
            + "|" + Months + @"(?:(?<ry>20[0-9]{2}|[0-9]{2})\s*年\s*)?(?<m1>1[0-2]|0?[1-9])\s*(?:月\s*)?[-~至到]\s*(?<m2>1[0-2]|0?[1-9])\s*月" + NotADate
            + "|" + Months + @"(?:(?<my>20[0-9]{2}|[0-9]{2})\s*年\s*)?(?<m>1[0-2]|0?[1-9])\s*月份?" + NotADate
            + @"|(?<![0-9])(?<y>20[0-9]{2}|[0-9]{2})\s*年(?:全年|度)?(?!\s*[0-9])(?![初以])",
        ForecastYearPattern = @"(?<![0-9])(?<y>20[0-9]{2}|[0-9]{2})\s*(?:财?年(?!\s*[0-9]{1,2}\s*月)|[Ee](?![A-Za-z]))|FY\s*(?<y>20[0-9]{2}|[0-9]{2})(?![0-9])",
        Numerals = new Dictionary<string, int> { ["一"] = 1, ["二"] = 2, ["两"] = 2, ["三"] = 3, ["四"] = 4, ["五"] = 5, ["六"] = 6, ["七"] = 7, ["八"] = 8, ["九"] = 9, ["十"] = 10 },
        ListSeparators = ["、", "和", "与", "及", "以及", "以及其", "、以及"],
        CollectivePattern = @"(?:这|以上|上述)?(?<n>[两二三四五六七八九十])(?:者|家公司|家|只个股|只股票|只)",
        UnknownNamePattern = @"[\u4e00-\u9fff]{1,12}?(?:指数|集团|控股|股份|公司)|[\u4e00-\u9fff]{2,12}-[A-Z]{1,2}(?![A-Za-z])|(?<![A-Za-z0-9])[0-9]{4,6}\.(?:HK|SH|SZ|US)(?![A-Za-z])|(?<![A-Za-z0-9])[A-Z][A-Za-z&]+(?:\.(?:US|O|N))?(?![A-Za-z])",
        UnknownNameSuffixesAlone = new HashSet<string>(StringComparer.Ordinal) { "指数", "集团", "控股", "股份", "公司", "该公司", "两家公司", "三家公司", "上述公司", "龙头公司" },
        LatinNonNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "PE", "TTM", "YTD", "FY", "EPS", "AI", "pct", "pp", "ppt", "bp", "bps", "Q", "E", "x", "vs", "ROE", "PB", "PS" },
        LeadingFillers = ["该", "这", "上述", "两家", "三家", "同期", "同时", "其中", "而", "则", "但", "另外", "此外", "本月", "单月", "期间", "以及", "及", "和", "与", "其", "的", "对比", "相比", "反观", "同样"],
        NumberClauseWords = ["分别约为", "分别为", "依次为", "分别", "依次", "约为", "约", "为", "达到", "达", "是", "录得", "则", "而", "也", "仅", "其", "各", "在", "至", "了"],
        SubjectlessWords = ["其", "该股", "该公司", "公司", "股价", "个股", "同期", "单月", "本月", "当月", "月内", "期间", "表现", "录得", "实现", "同样", "亦", "继续", "进一步", "随后", "此后", "最终"],
        ShortNameFollowers = "、，,。；;：:的和与及涨跌跑单本月年上下回（(为分均在同期股估全近今前第的则也此等合计以较相对 0123456789%",
        SentenceEnds = "。！？!?\n",
        MetricExamples = "涨幅, 跑赢, 分位, 同比 …",
        MultipleExamples = "PE-TTM, a year's PE, 经调整利润",
        SignedReturnWord = "涨跌幅",
        ClauseEnds = ['，', ',', '：', ':', '；', ';'],
    };
}
