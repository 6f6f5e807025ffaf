using SectorScope.Analytics;
using SectorScope.Workspace;

namespace SectorScope.Reporting.Wordings;

/// <summary>The Chinese (zh-CN) wording: a sell-side report as Chinese brokers write it.</summary>
public sealed partial record Wording
{
    public static readonly Wording ZhCn = new()
    {
        Language = ReportLanguage.ZhCn,
        Tag = "zh-CN",
        BodyFont = "宋体",
        HeadingFont = "黑体",
        ChartFontProbe = "恒生科技指数涨跌幅均值同比亿元款",

        PointsUnit = "pct",
        Findings = FindingWords.ZhCn,
        List = items => string.Join("、", items),
        SentenceGap = "",
        Market = market => market switch
        {
            "HK" => "港股",
            "US" => "美股",
            "CN" => "A股",
            "JP" => "日股",
            "KR" => "韩股",
            "TW" => "台股",
            "SG" => "新加坡股市",
            "UK" => "英股",
            "DE" => "德股",
            "FR" => "法股",
            "CH" => "瑞士股市",
            "IN" => "印度股市",
            _ => market,
        },
        Currency = currency => currency switch
        {
            "HKD" => "港元",
            "USD" => "美元",
            "CNY" => "人民币元",
            "JPY" => "日元",
            "KRW" => "韩元",
            "TWD" => "新台币",
            "SGD" => "新加坡元",
            "GBP" => "英镑",
            "EUR" => "欧元",
            "CHF" => "瑞士法郎",
            "INR" => "印度卢比",
            _ => currency,
        },
        Date = ZhDate,
        Month = period => $"{Int(period.Month)}月",
        YearMonth = period => $"{Int(period.Year)}年{Int(period.Month)}月",
        Move = ZhMove,
        Change = pct => ZhDirection(pct, "增长", "下降"),
        Excess = (outperformed, benchmark, points) => (outperformed ? "跑赢" : "跑输") + benchmark + points,
        ExcessCell = (outperformed, points) => (outperformed ? "跑赢" : "跑输") + points,
        NoValue = "—",
        NotMeaningful = "NM",

        FigureLabel = n => $"图{Int(n)}",
        TableLabel = n => $"表{Int(n)}",
        LabelSeparator = "：",
        NotePrefix = "注：",
        SourcePrefix = "资料来源",
        ReportTitle = title => $"《{title}》",
        FieldGap = "　",
        RelatedDash = "——",
        NewsMeta = (date, sources) => $"（{date}，{string.Join("、", sources)}）",
        KeyPointsHeading = "核心观点",
        SectorRatingHeading = "行业投资评级",
        SectorName = sector => $"{sector}行业",
        SectorLabel = "行业",
        PeriodLabel = "报告期",
        AsOfLabel = "数据截至",
        AnalystsHeading = "证券分析师",
        LicenceLabel = "执业证书编号",
        RelatedHeading = "相关研究报告",
        RiskWarningLabel = "风险提示",
        MethodsHeading = "计算方法说明",
        ChartMissing = "本图未生成图片",
        ChartNoData = "暂无数据",
        DateColumn = "日期",
        CategoryColumn = "类别",

        RecommendationHeading = "投资建议",
        RisksHeading = "风险提示",
        DefaultRisks = "宏观经济波动导致需求不及预期的风险；行业监管政策变化的风险；市场竞争加剧、新业务投入超预期的风险；海外市场与汇率波动的风险。",
        DisclaimerHeading = "免责声明",
        DefaultDisclaimer = "本报告仅供参考，不构成任何投资建议。报告中的信息均来源于公开资料及工作区输入数据，作者对其准确性和完整性不作任何保证。投资者应独立判断并自行承担投资风险。",
        ReviewKeyPoint = period => $"{Int(period.Month)}月行情回顾",
        StrategyKeyPoint = period => $"{Int(period.Month)}月投资策略",
        NarrativeMethod = "分析师文字（narrative/*.md）中的占位符由本报告的计算结果填入（与表格相同的显示精度）；其余手写数字逐一核对（fact_check）：按所述公司或指数、指标与年份重新计算，在所写小数位上相等为一致。",

        ReviewHeading = (period, name, move) => $"行情回顾：{Int(period.Month)}月{name}{move ?? "无数据"}",
        IndexSentence = (period, headline, comparison) =>
        {
            var month = $"{Int(period.Month)}月";
            if (headline.Return.Value is not { } h)
            {
                return $"{month}{headline.Name}缺少期初或期末收盘价，无法计算单月涨跌幅。";
            }

            var text = $"{month}{headline.Name}单月{ZhMove(h)}。";
            return comparison?.Return.Value is { } c ? text + $"同期，{comparison.Name}单月{ZhMove(c)}。" : text;
        },
        TopSentence = m =>
        {
            if (m.Top.Count == 0)
            {
                return $"{m.MarketLabel}方面，本月没有可统计的股票。";
            }

            static string Side(bool outperformed) => outperformed ? "跑赢" : "跑输";
            static string Size(Model.Performer p) => DisplayFormat.Number(Math.Abs(p.Excess.Value!.Value), DisplayFormat.PctDecimals) + "pct";
            var allSame = m.Top.All(p => p.Outperformed) || m.Top.All(p => !p.Outperformed);
            var excess = allSame
                ? Side(m.Top[0].Outperformed) + string.Join("、", m.Top.Select(Size))
                : string.Join("、", m.Top.Select(p => Side(p.Outperformed) + Size(p)));
            return $"{m.MarketLabel}方面，{string.Join("、", m.Top.Select(p => p.Name))}为本月表现前{Int(m.Top.Count)}的股票，"
                + $"单月涨跌幅分别为{string.Join("、", m.Top.Select(p => p.Return.Display))}，相对{m.Benchmark.Name}分别{excess}。";
        },
        StaleReason = (last, asOf, allowed) => last is { } d
            ? $"最后收盘价为{ZhDate(d)}，早于截止日{ZhDate(asOf)}逾{Int(allowed)}天"
            : $"截至{ZhDate(asOf)}无收盘价",
        NoTradingDayReason = (market, period) => $"{market}在{Int(period.Year)}年{Int(period.Month)}月无交易日",
        NoCloseReason = day => $"{ZhDate(day)}无收盘价",
        NoBenchmarkReturnReason = (benchmark, period) => $"基准{benchmark}在{Int(period.Year)}年{Int(period.Month)}月无收益率",
        ExcludedSentence = (named, total) =>
            $"另有{Int(total)}只股票未计入本月统计：{string.Join("、", named.Select(e => $"{e.Name}（{e.Reason}）"))}"
            + $"{(total > named.Count ? "等，全部见 tables/excluded.csv" : "")}。",
        ReturnsMethod = markets => markets.All(m => m.Frequency == Frequency.Daily)
            ? "区间收益率：期末（该市场本月最后一个交易日）收盘价 ÷ 期初（该市场上月最后一个交易日）收盘价 − 1，按各市场自身交易日计算，复利而非累加；期初或期末缺少收盘价的股票不计入并单独列示。"
            : "区间收益率：期末收盘价 ÷ 期初收盘价 − 1，复利而非累加；"
                + string.Join("；", markets.GroupBy(m => m.Frequency).Select(g => $"{string.Join("、", g.Select(m => m.Market))}{ZhPriceDays(g.Key)}"))
                + "；期初或期末缺少收盘价的股票不计入并单独列示。",
        ExcessMethod = "超额收益：个股未经四舍五入的区间收益率减去所在市场基准指数的区间收益率，单位为百分点（pct），仅在展示时四舍五入一次；展示值 ≥ 0 记为“跑赢”，否则记为“跑输”并取绝对值。",
        BenchmarksMethod = pairs => $"市场基准：{string.Join("；", pairs.Select(p => $"{p.Market}对标{p.Benchmark}"))}。排名为市场内按收益率从高到低的名次，并列取较优名次。",
        ComputedIndexMethod = c =>
            $"自编指数：{c.Name}（{c.Code}）以{string.Join("、", c.Members)}（共{Int(c.Securities)}只证券）的每日收盘价链式计算，基日{ZhDate(c.BaseDate)}，基点{DisplayFormat.Number(c.Base, c.Base == Math.Round(c.Base) ? 0 : 2)}。"
            + $"每个交易日的涨跌幅为成员当日收益率的{(c.Weights == IndexWeighting.Equal ? "等权平均" : "市值加权平均，权重为前一交易日市值（securities.csv 的股本 shares_mn × 前一交易日收盘价，股本不随时间变化）")}；"
            + "成员自首个收盘价起纳入（次一交易日起计收益），最后一个收盘价后退出；其间缺少收盘价的交易日沿用前一收盘价（当日收益为零）。",
        IndexPairSeparator = " VS ",
        MonthlyIndexCaption = pair => $"{pair}月度涨跌幅",
        RebasedIndexCaption = pair => $"{pair}月度走势",
        RebasedAxis = "指数（期初=100）",
        ReturnSeries = "涨跌幅",
        ReturnAxis = "涨跌幅（%）",
        KeyCompaniesCaption = (period, sector) => $"{Int(period.Month)}月{sector}板块重点公司表现（%）",
        TopGainersCaption = (period, sector, n) => $"{Int(period.Year)}年{Int(period.Month)}月{sector}板块涨幅TOP {Int(n)}的股票（%）",
        DeclinersCaption = (period, sector) => $"{Int(period.Year)}年{Int(period.Month)}月{sector}板块股价下跌的股票（%）",
        DeclinersCappedCaption = (period, sector, shown) => $"{Int(period.Year)}年{Int(period.Month)}月{sector}板块跌幅居前的{Int(shown)}只股票（%）",
        LateStartNote = (name, first, level) => $"{name}的收盘价始于{ZhDate(first)}，图中自该日起绘制，起点取{level}当日的点位。",
        MissingMonthNote = (name, period, day) => $"{name}{Int(period.Year)}年{Int(period.Month)}月无涨跌幅：{ZhDate(day)}无收盘价。",
        FewerGainersNote = (rose, bars) => $"本月仅{Int(rose)}只股票上涨，图中为全部上涨股票（不足{Int(bars)}只）。",
        DeclinersCappedNote = (total, shown) => $"本月共{Int(total)}只股票下跌，图中为跌幅最大的{Int(shown)}只；全部股票的涨跌幅见 tables/stock_returns.csv。",
        MarketTopCaption = period => $"{Int(period.Year)}年{Int(period.Month)}月各市场涨幅居前的股票",
        MarketTopColumns = ["市场", "代码", "名称", "子行业", "涨跌幅", "基准", "基准涨跌幅", "超额收益", "市场内排名"],

        ValuationHeading = "估值情况",
        FrequencyName = ZhCnFrequency,
        ValuationMethod = (index, inception, method, frequency) =>
            $"估值分位：{index}自{ZhDate(inception)}成立以来至估值日的{ZhCnFrequency(frequency)} PE-TTM 中严格低于当前值的观测占比；方法 {method}（inc = 低于个数 ÷ (n − 1)，同 Excel PERCENTRANK.INC；rank = pandas 平均排名百分位；strict = 低于个数 ÷ n）。均值与标准差（样本标准差）取自同一窗口。",
        ValuationSentence = v =>
            $"截至{ZhDate(v.ObservedOn)}，{v.IndexName} PE-TTM 为{v.PeTtm.Display}，处于{v.IndexName}成立以来{v.Percentile.Display}分位点"
            + $"（{DisplayFormat.Date(v.Inception)}至今共{Int(v.Observations)}个观测，方法 {v.Method}），"
            + $"期间均值为{DisplayFormat.Multiple(v.Mean, DisplayFormat.PeTtmDecimals)}。",
        ValuationCaption = index => $"{index} PE-TTM 情况",
        PeAxis = "PE-TTM（倍）",
        MeanLine = "均值",

        ForecastsCaption = "重点公司盈利预测及投资评级",
        NotRated = "未评级",
        ForecastColumns = ["公司代码", "公司名称", "投资评级"],
        CloseColumn = currencies => $"昨收盘（{currencies}）",
        MarketCapColumn = currencies => $"总市值（百万{currencies}）",
        CurrencySeparator = "/",
        ForecastsMethod = asOf => $"预测市盈率 = 截至{ZhDate(asOf)}的最新收盘价 × 收盘日汇率（报价货币 → EPS 货币）÷ EPS；EPS 缺失或 ≤ 0 记为 NM。总市值以报价货币百万计。经调整利润倍数 = 总市值换算为利润货币 ÷ 当年经调整净利润。",
        ForecastsNote = (asOf, days) => (days switch
        {
            null => $"截至{ZhDate(asOf)}无可用收盘价",
            var (first, last) when first == last => $"收盘价为{ZhDate(last)}收盘价",
            var (first, last) => $"收盘价为截至{ZhDate(asOf)}的最新收盘价（{ZhDate(first)}至{ZhDate(last)}）",
        }) + "；EPS 为预测值，PE 按收盘日汇率折算。",

        ForecastYearColumn = (year, fiscal) => fiscal ? $"FY{Int(year)}E" : $"{Int(year)}E",
        ForecastOrdinalColumn = k => $"FY{Int(k)}",
        FiscalYearNote = (groups, ordinal, asOf) =>
        {
            static string Span(int year, int end) => $"FY{Int(year)}为{Int(year - 1)}年{Int(end + 1)}月至{Int(year)}年{Int(end)}月";
            string Years(FiscalYearGroup g) => string.Join("、", g.Years.Select(y => g.FyEnd == 12 ? $"{Int(y)}年" : $"FY{Int(y)}"));
            var clauses = groups.Select(g => (g.FyEnd, ordinal) switch
            {
                (12, true) => $"其余公司为{Years(g)}",
                (12, false) => "其余公司为自然年度",
                (var m, true) => $"{string.Join("、", g.Names)}财年截至{Int(m)}月，为{Years(g)}（{Span(g.Years[0], m)}）",
                (var m, false) => $"{string.Join("、", g.Names)}财年截至{Int(m)}月，{Span(g.Years[0], m)}",
            });
            var columns = string.Join("、", groups[0].Years.Select((_, k) => $"FY{Int(k + 1)}"));
            return (ordinal ? $"{columns}依次为各公司在{ZhDate(asOf)}之后结束的财年：" : "") + string.Join("；", clauses) + "。";
        },

        ChangesHeading = "评级与盈利预测变动",
        FirstIssue = "本报告为首次发布，工作区历史中没有更早的报告，暂无评级与盈利预测变动可比较。",
        ChangesParagraph = (title, date, summary) => $"与上期报告《{title}》（{date}）相比，{summary}",
        ChangesMethod = (file, period, scale) =>
            $"评级与盈利预测变动：与工作区历史中报告期早于本期的最近一份报告（{file}，报告期 {period}）比较。评级按 rating_scale 自高到低的顺序（{string.Join("、", scale)}）判断上调、下调或维持；上期未评级记为首次覆盖，本期不再评级记为停止覆盖。EPS 调整幅度 = 本期预测 ÷ 上期预测 − 1（同一财年、同一货币），上期 EPS 缺失、≤ 0 或货币不同记为 NM。",
        ChangesColumns = ["公司代码", "公司名称", "上期评级", "本期评级", "评级变动"],
        EpsGroup = header => $"{header} EPS",
        EpsColumns = ["上期", "本期", "调整幅度"],
        TargetGroup = "目标价",
        TargetColumns = ["上期", "本期", "变动"],
        ChangesNote = (title, period, date) => $"上期为《{title}》（报告期 {period}，{date}）；EPS 调整幅度 = 本期 ÷ 上期 − 1。",
        ActionLabel = action => action switch
        {
            RatingAction.Maintained => "维持",
            RatingAction.Upgraded => "上调",
            RatingAction.Downgraded => "下调",
            RatingAction.Initiated => "首次覆盖",
            RatingAction.Dropped => "停止覆盖",
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        },
        SectorRatingMoved = (upgraded, sector, rating) => $"{(upgraded ? "上调" : "下调")}{sector}行业评级至「{rating}」；",
        ChangesSummary = s =>
        {
            static string Names(IEnumerable<string> names) => string.Join("、", names);
            // 24年EPS for a calendar year; FY25 EPS (as the forecast table heads it) for a year ending in another month.
            static string Revised(IEnumerable<(string Name, int Year, decimal Pct, int FyEnd)> items) =>
                Names(items.Select(r => $"{r.Name} {(r.FyEnd == 12 ? "" : "FY")}{(r.Year % 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture)}{(r.FyEnd == 12 ? "年EPS" : " EPS")} {DisplayFormat.PercentAbs((double)r.Pct)}"));
            var parts = new List<string>();
            parts.AddRange(s.Maintained.Select(g => $"维持{Names(g.Names)}「{g.Rating}」评级"));
            parts.AddRange(s.Upgraded.Select(c => $"上调{c.Name}评级至「{c.Rating}」"));
            parts.AddRange(s.Downgraded.Select(c => $"下调{c.Name}评级至「{c.Rating}」"));
            parts.AddRange(s.Initiated.Select(g => $"首次覆盖{Names(g.Names)}，给予「{g.Rating}」评级"));
            if (s.Dropped.Count > 0)
            {
                parts.Add($"停止覆盖{Names(s.Dropped)}");
            }

            if (s.RevisedUp.Count > 0)
            {
                parts.Add("上调" + Revised(s.RevisedUp));
            }

            if (s.RevisedDown.Count > 0)
            {
                parts.Add("下调" + Revised(s.RevisedDown));
            }

            if (s.Unchanged)
            {
                parts.Add("盈利预测不变");
            }

            parts.AddRange(s.TargetChanges.Select(t => $"{t.Name}目标价调整{t.Change}"));
            return parts.Count == 0 ? "本期无评级与盈利预测变动。" : string.Join("；", parts) + "。";
        },

        KeyCompanyTier = "重点公司新闻",
        OtherCompanyTier = "其他公司新闻",
        GroupHeading = (name, headline) => $"{name}：{headline}",
        NewsKeyPoint = groups => string.Join("；", groups.Select((g, i) => $"{Int(i + 1)}）{g.Name}：{g.Headline}")) + "。",
        DecodedNote = (file, encoding) => $"{file} 不是 UTF-8 编码，已按 {encoding} 读取",
        NewsFilterMethod = (start, end, days, similarity) =>
            $"新闻筛选：仅收录发布日期在报告期（{DisplayFormat.Date(start)}至{DisplayFormat.Date(end)}）内的新闻，期外新闻单独列示（tables/news_excluded.csv）。"
            + $"同一链接或同一标题（{Int(days)}日内）视为重复；{Int(days)}日内、按词频加权的共同词占较短一篇{similarity}%以上的两篇视为同一事件，合并为一条并保留全部来源。",
        NewsClassifyMethod = "新闻归类：先按新闻自带的公司代码与标签，再按新闻分类表（news_taxonomy）中的公司别名与关键词，以分词结果整词匹配；每条新闻只归入一个栏目和分组（分类表另有规定的除外）。",
        NewsRankMethod = (tiers, key, recency, extra, maxExtra) =>
            $"新闻排序：组内按得分从高到低，得分 = 来源等级分（{tiers}）+ 涉及重点公司 {key} + 时效 {recency} ×（发布日距月初天数 ÷ 当月天数减一）+ 每多一个来源 {extra}（至多 {maxExtra} 个）；"
            + "每组标题由排名靠前的新闻标题组成（去掉开头的公司名），分析师可在 narrative/headlines.yaml 中改写。",
        SeriesMethod = "行业数据同比 = 当月值 ÷ 上年同月值 − 1，环比 = 当月值 ÷ 上月值 − 1；比较月份缺失时留空，不记为 0。",
        SeriesCaption = (series, unit) => $"{series}{(unit is null ? "" : $"（{unit}、%）")}",
        YoySeries = "同比（%）",
        SeriesTableCaption = "行业数据最新值及同比、环比",
        SeriesColumns = ["指标", "月份", "数值", "单位", "同比", "环比"],
        SeriesFrequencyMethod = (monthly, quarterly) =>
            "行业数据的频率按日期间隔判断。"
            + (monthly.Count == 0 ? "" : $"{string.Join("、", monthly)}为月度数据：同比 = 当月值 ÷ 上年同月值 − 1，环比 = 当月值 ÷ 上月值 − 1。")
            + $"{string.Join("、", quarterly)}为季度数据：同比 = 当季值 ÷ 上年同季值 − 1，环比 = 当季值 ÷ 上一季度值 − 1。比较期缺失时留空，不记为 0。",
        QuarterlySeriesColumns = ["指标", "期间", "数值", "单位", "同比", "环比"],
        QuarterLabel = (year, quarter) => $"{Int(year)}Q{Int(quarter)}",
        QuarterlySeriesNote = "季度数据，环比为较上一季度的变动。",
    };

    private static string ZhDate(DateOnly date) => $"{Int(date.Year)}年{Int(date.Month)}月{Int(date.Day)}日";

    private static string ZhMove(double pct) => ZhDirection(pct, "上涨", "下跌");

    /// <summary>The direction word and size by the displayed value: 0.0% is 持平, never 增长0.0% (−0.013%).</summary>
    private static string ZhDirection(double pct, string up, string down) => DisplayFormat.ShownSign(pct) switch
    {
        > 0 => up + DisplayFormat.PercentAbs(pct),
        < 0 => down + DisplayFormat.PercentAbs(pct),
        _ => "持平",
    };

    /// <summary>Which closes a market's period return takes, by how often its prices are given (frequency from the dates).</summary>
    private static string ZhPriceDays(Frequency frequency) => frequency switch
    {
        Frequency.Daily => "为每日收盘价，期末、期初为该市场本月、上月最后一个交易日的收盘价",
        Frequency.Weekly => "为每周收盘价，期末、期初为本月、上月最后一周的收盘价",
        Frequency.Monthly => "为月度收盘价，期末、期初为数据所给的本月、上月月度收盘价",
        _ => $"为{(frequency == Frequency.Quarterly ? "季度" : "年度")}收盘价，期末为数据所给的本月收盘价，期初为此前最近一期的收盘价，其他月份无涨跌幅",
    };

    private static string ZhCnFrequency(Frequency frequency) => frequency switch
    {
        Frequency.Daily => "每日",
        Frequency.Weekly => "每周",
        Frequency.Monthly => "每月",
        Frequency.Quarterly => "每季",
        _ => "每年",
    };
}
