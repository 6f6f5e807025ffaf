using System.Globalization;

namespace SectorScope.Workspace;

/// <summary>
/// Every reason the readers of the workspace give for refusing an input, in the user's language (Chinese), in one
/// place. A reason quotes the file's own words in 「」 and names columns, keys, codes and files as they are written;
/// the location (<c>file:line: column:</c>) is the diagnostic's, never repeated here.
/// </summary>
public static class ReaderMessages
{
    private static string Q(object? value) => $"「{Convert.ToString(value, CultureInfo.InvariantCulture)}」";

    private static string List(IEnumerable<string> items) => string.Join("、", items);

    // ── Files ───────────────────────────────────────────────────────────────────────────
    public const string FileMissing = "文件不存在";
    public const string NotRegularFile = "不是普通文件（是文件夹、管道、套接字或设备），不读取";
    public const string FolderMissing = "文件夹不存在";
    public const string SettingsMissing = "缺少文件：每个工作区都要有 sectorscope.yaml";
    public const string CodesFileMissing = "缺少文件：工作区在 securities.csv 与 indices.csv 中定义代码";
    public const string MarketCodesFileMissing = "缺少文件：市场数据在 securities.csv 与 indices.csv 中定义代码";
    public const string OutsideWorkspace = "指向工作区之外（路径或符号链接指向别处的文件），不读取";
    public const string SymlinkLoop = "是符号链接的循环，不读取";
    public const string HistoryFileName = "历史文件应以其报告期命名：YYYY-MM.json";

    public static string TooLarge(long length, string limit) =>
        string.Create(CultureInfo.InvariantCulture, $"{length:N0} 字节，超过此类文件 {limit} 的上限，不读取");

    public static string NewsFileTooLarge(string limit) => $"超过新闻文件 {limit} 的上限，请拆分";

    public static string SettingsFileMissing(string name) => $"工作区中没有文件 {Q(name)}";

    public static string DefinedAsBoth(string code) => $"{Q(code)} 既定义为证券又定义为指数";

    /// <summary>The Word reader's own message is English and about its internals: the file is named, the reason said once.</summary>
    public const string NotWordFile = "不是 Word 文件（.docx 无法打开：文件损坏，或不是 Word 保存的文件）";

    public static string UnknownNarrativeFile(IEnumerable<string> known) => $"不认识的分析师文字文件（可用：{List(known)}）";

    // ── Text and encoding ───────────────────────────────────────────────────────────────
    public const string NotUtf8 = "不是 UTF-8 编码（请另存为 UTF-8；GB18030/GBK 文件须先转换）";
    public const string NotUtf8NorGb = "不是 UTF-8，也不是 GB18030/GBK 编码的中文文本（请另存为 UTF-8）";
    public const string HistoryNotUtf8 = "不是 UTF-8 编码（历史文件以 UTF-8 写入）";
    public const string BrokenSurrogate = "含有缺另一半的 UTF-16 代理字符，报告文档无法容纳";

    public static string BrokenSurrogateAt(string code) => $"含有 U+{code}，是缺另一半的 UTF-16 代理字符，报告文档无法容纳";

    public static string ControlCharacter(string code) => $"含有控制字符 U+{code}，Word、Excel、HTML 报告都无法容纳";

    // ── CSV ─────────────────────────────────────────────────────────────────────────────
    public static string EmptyCsv(string header) => $"文件为空；第一行应为列名 {header}";

    public static string UnknownColumn(string expected) => $"不认识的列（应为 {expected}）";

    public const string DuplicateColumn = "列名重复";

    public static string MissingColumn(string expected) => $"缺少此列（应为 {expected}）";

    public static string FieldCount(int fields, int header) =>
        string.Create(CultureInfo.InvariantCulture, $"本行有 {fields} 个字段，列名行有 {header} 个");

    public const string ValueMissing = "缺少值";
    public const string DateMissing = "缺少日期";
    public const string NumberMissing = "缺少数值";

    public static string NotANumber(string value) => $"{Q(value)} 不是数（小数点用「.」）";

    public static string NotPositive(string value) => $"应为正数，实为 {Q(value)}";

    public const string Negative = "不能为负数";

    public static string NotAnInteger(string value) => $"{Q(value)} 不是整数";

    public static string NotADate(string value) => $"{Q(value)} 不是日期（应为 YYYY-MM-DD）";

    public static string DateOutOfRange(string value, string first, string last) => $"{Q(value)} 超出可接受的日期 {first} 至 {last}";

    public static string OutOfRange(double value) =>
        string.Create(CultureInfo.InvariantCulture, $"「{value:R}」超出可接受的范围（0，或绝对值在 1e-6 至 1e15 之间）");

    // ── Codes and reference files ───────────────────────────────────────────────────────
    public static string NoBenchmark(string market) => $"市场 {Q(market)} 在 sectorscope.yaml 的 markets 中没有基准指数";

    public static string DefinedTwice(string code, int firstLine) => $"{Q(code)} 重复定义（首次在第 {firstLine.ToString(CultureInfo.InvariantCulture)} 行）";

    public static string NotACode(string code) => $"{Q(code)} 不是代码（应形如 0700.HK、BABA.US、HSTECH）";

    public static string NotACurrency(string currency) => $"{Q(currency)} 不是 ISO 货币代码（应形如 HKD、USD、CNY）";

    public static string UnknownCode(string code, string where) => $"未知代码 {Q(code)}（不在 {where} 中）";

    public const string SecuritiesOrIndices = "securities.csv 或 indices.csv";

    public static string NotIn(string value, string file) => $"{Q(value)} 不在 {file} 中";

    // ── Market data, research ───────────────────────────────────────────────────────────
    public static string DuplicateRow(string key, int firstLine) =>
        $"（{key}）重复出现且数值与第 {firstLine.ToString(CultureInfo.InvariantCulture)} 行不同";

    public static string DuplicateRowIn(string key, string other) => $"（{key}）重复出现且数值与 {other} 不同";

    public static string RateToItself(string currency) => $"{Q(currency)} 兑自身的汇率不需要给出";

    public static string NotInRatingScale(string rating, IEnumerable<string> scale) => $"{Q(rating)} 不在 rating_scale（{List(scale)}）中";

    public static string CoveredTwice(string code, int firstLine) => $"{Q(code)} 重复覆盖（首次在第 {firstLine.ToString(CultureInfo.InvariantCulture)} 行）";

    public static string NotAFiscalYear(string year) => $"{Q(year)} 不是财年";

    public static string SecondForecast(string code, int year, int firstLine) =>
        string.Create(CultureInfo.InvariantCulture, $"（{code}，{year}）的第二条预测（首次在第 {firstLine} 行）");

    public static string SecondSeriesValue(string series, string month, int firstLine) =>
        string.Create(CultureInfo.InvariantCulture, $"（{series}，{month}）的第二个值与第 {firstLine} 行不同");

    public static string PastTheData(string asOf, string index, string last, int days, int allowed) =>
        string.Create(CultureInfo.InvariantCulture, $"截止日 {asOf} 晚于数据：{index} 的最后收盘价在 {last}，早 {days} 天（最多允许 {allowed} 天）");

    // ── YAML settings, taxonomy, headlines, glossary ───────────────────────────────────
    public const string NotYaml = "不是有效的 YAML（请检查引号、冒号与缩进）";

    public static string NestedTooDeep(int levels) => $"嵌套超过 {levels.ToString(CultureInfo.InvariantCulture)} 层";

    public const string SettingsNotMapping = "应为设置项的映射（key: value）";

    public static string UnknownKey(IEnumerable<string> known) => $"不认识的键（可用：{List(known)}）";

    public const string RequiredKeyMissing = "缺少必填的键";
    public const string ExpectedSingleValue = "应为单个值";
    public const string ExpectedList = "应为列表，如 [a, b]";
    public const string ExpectedNonEmptyText = "应为非空文字";

    public static string NotAnIntegerIn(string text, int min, int max) =>
        string.Create(CultureInfo.InvariantCulture, $"{Q(text)} 不是 {min} 至 {max} 之间的整数");

    public static string NotOneOf(string text, IEnumerable<string> allowed) => $"{Q(text)} 不是 {List(allowed)} 之一";

    public static string NotAMonth(string text) => $"{Q(text)} 不是月份（应为 YYYY-MM）";

    public static string NotAColour(string text) => $"{Q(text)} 不是颜色（应形如 #D7263D）";

    public static string NotTrueOrFalse(string text) => $"{Q(text)} 不是 true 或 false";

    public static string NotANumberAtLeastZero(string text) => $"{Q(text)} 不是 ≥ 0 的数";

    public const string MarketsRequired = "必填：各市场及其基准指数，如 HK: { benchmark: HSTECH }";
    public const string ExpectedBenchmark = "应为 { benchmark: 指数代码 }";
    public const string ExpectedCurrencyName = "应为 货币代码: 名称，如 CHF: 瑞士法郎";
    public const string ExpectedCurrencies = "应为货币代码到名称的映射，如 { CHF: 瑞士法郎 }";
    public const string ExpectedAnalyst = "应为 { name: 姓名, licence: 执业证书编号 }";
    public const string ExpectedRelatedReport = "应为 { title: 标题, date: YYYY-MM-DD }";

    public static string UnknownPlaceholder(IEnumerable<string> unknown, IEnumerable<string> known) => $"不认识的占位符 {List(unknown)}（可用：{List(known)}）";

    public static string BenchmarkNotIndex(string benchmark, string market) => $"市场 {market} 的基准 {Q(benchmark)} 不在 indices.csv 中";

    public static string BenchmarkOfOtherMarket(string benchmark, string market, string other) => $"市场 {market} 的基准 {Q(benchmark)} 属于市场 {other}";

    public static string ValuationIndexNotIndex(string index) => $"估值指数 {Q(index)} 不在 indices.csv 中";

    public const string TaxonomyNotMapping = "应为含 sections、companies、sub_sectors、source_tiers 的映射";
    public const string ExpectedSections = "应为栏目的映射（ai、policy、industry、company）";
    public const string UnknownSection = "不认识的栏目（可用：ai、policy、industry、company）";
    public const string ExpectedSectionSettings = "应为栏目设置的映射";
    public const string NoGroupsWithoutGrouping = "group_by: none 的栏目没有分组";

    public static string NotACompany(string group) => $"{Q(group)} 不是 companies 中的公司";

    public static string NotASubSector(string group) => $"{Q(group)} 不是 sub_sectors 中的子行业";

    public static string ListedTwice(string value) => $"{Q(value)} 列出了两次";

    public static string NotAnotherSection(string name) => $"{Q(name)} 不是本分类表列出的另一个栏目（ai、policy、industry、company）";

    public const string ExpectedCompany = "应为 { name: 名称, aliases: [别名], codes: [代码] }";

    public static string AlreadyNames(string term, string owner) => $"{Q(term)} 已是 {owner} 的名称";

    public static string AlreadyBelongs(string code, string owner) => $"{Q(code)} 已属于 {owner}";

    public const string ExpectedSubSector = "应为 { name: 名称, keywords: [关键词] }";
    public const string ExpectedTiers = "应为来源等级到来源名称的映射，如 1: [国家新闻出版署]";
    public const string ExpectedSourceList = "应为来源名称的列表";
    public const string ExpectedSourceName = "应为来源名称";

    public static string AlreadyInTier(string source, int tier) => $"{Q(source)} 已在等级 {tier.ToString(CultureInfo.InvariantCulture)} 中";

    public const string ExpectedScoring = "应为 { tier: [3, 2, 1], key_company: 2, recency: 1, extra_source: 1, max_extra_sources: 3 }";
    public const string ExpectedTierPoints = "应为非空的分值列表，等级 1 在前";
    public const string ExpectedDedup = "应为 { days: 3, similarity: 0.6 }";
    public const string SimilarityRange = "应在 (0, 1] 之间";

    public const string HeadlinesNotMapping = "应为栏目键（ai、policy、industry、company）的映射";
    public const string ExpectedHeadlines = "应为 { title: 标题, groups: { 分组: 标题 } }";
    public const string ExpectedGroupHeadlines = "应为分组名到标题的映射";
    public const string ExpectedOneLineHeadline = "应为一行标题";
    public const string HeadlineOneLine = "标题只能有一行";

    public const string GlossaryNotMapping = "应为中文到英文的映射";
    public const string ExpectedGlossaryEntry = "应为一段中文及其英文";
    public const string GivenTwice = "给出了两次";

    // ── News ────────────────────────────────────────────────────────────────────────────
    public const string NotJson = "不是有效的 JSON（请检查引号、逗号与括号）";
    public const string NotJsonObject = "不是 JSON 对象";
    public const string ExpectedStrings = "应为文字列表";

    public static string TooLong(int length, int limit) =>
        string.Create(CultureInfo.InvariantCulture, $"{length:N0} 个字符，超过 {limit:N0} 的上限");

    public static string NotAFeed(string root) => $"根元素 <{root}> 既不是 RSS 2.0 的 <rss> 也不是 Atom 的 <feed>";

    public const string DoctypeInFeed = "新闻源中不允许 DOCTYPE/DTD（其实体不会展开，外部实体从不获取）；请删除 <!DOCTYPE …> 声明";

    public static string FeedTooLarge(int limit) => $"新闻源超过 {limit.ToString(CultureInfo.InvariantCulture)} 个字符的上限";

    public const string NotXml = "XML 格式不正确（请检查标签是否成对、& 与 < 是否转义）";
    public const string RssWithoutChannel = "RSS 2.0 文件没有 <channel> 元素";
    public const string SourceMissing = "缺少值（请给条目加 <source>，或给新闻源加 <title>）";

    public static string NotAFeedDate(string text) => $"{Q(text)} 不是日期（应为 RFC 822 如 Tue, 05 Nov 2024 08:00:00 +0800、RFC 3339 或 YYYY-MM-DD）";

    // ── History ─────────────────────────────────────────────────────────────────────────
    public const string HistoryNotObject = "历史文件应为一个 JSON 对象";
    public const string Missing = "缺少";
    public const string MustNotBeEmpty = "不能为空";

    public static string NotSchema(string schema, string expected) => $"{Q(schema)} 不是 {expected}";

    public static string PeriodNotFileName(string period, string expected) => $"{Q(period)} 与文件名不符（应为 {expected}）";

    public const string ExpectedCompanies = "应为公司的数组";
    public const string ExpectedCompanyObject = "每家公司应为一个对象";

    public static string NotAPositivePrice(string value) => $"{Q(value)} 不是正的价格";

    public const string ExpectedEpsArray = "应为 {year, eps, currency} 的数组";
    public const string ExpectedEpsObject = "应为对象 {year, eps, currency}";

    // ── Narrative placeholders ({{ function argument … }}) ─────────────────────────────
    public const string UnopenedPlaceholder = "「}}」前没有对应的「{{」";
    public const string UnclosedPlaceholder = "「{{」在同一行没有对应的「}}」";
    public const string EmptyPlaceholder = "占位符为空（应为 {{ 函数 参数 … }}）";

    public static string UnknownFunction(string name, IEnumerable<string> known) => $"不认识的函数 {Q(name)}（可用：{List(known)}）";

    public static string ArgumentCount(string name, string expected, string got, string usage) => $"{Q(name)} 需要 {expected} 个参数，实有 {got} 个（用法：{{{{ {usage} }}}}）";

    public static string NoReturn(string code, string period) => $"{Q(code)} 在 {period} 没有收益率";

    public static string ExcessOfIndex(string code) => $"{Q(code)} 是指数；超额收益是证券相对指数的收益";

    public static string UnknownIndex(string index) => $"未知指数 {Q(index)}（不在 indices.csv 中）";

    public static string NoExcess(string code, string period) => $"{Q(code)} 在 {period} 没有超额收益（没有收益率或基准收益率）";

    public static string RankOfIndex(string code) => $"{Q(code)} 是指数；只有证券有排名";

    public static string NotRanked(string code, string period) => $"{Q(code)} 在 {period} 没有排名";

    public static string ValuationOfSecurity(string code) => $"{Q(code)} 是证券；PE-TTM 及其分位属于估值指数";

    public static string NoValuation(string code, string asOf) => $"截至 {asOf} 没有 {Q(code)} 的估值（估值指数与 valuations.csv）";

    public static string ForecastOfIndex(string code) => $"{Q(code)} 是指数；盈利预测属于证券";

    public static string NotAYear(string text) => $"{Q(text)} 不是年份（应形如 2024 或 2024E）";

    public static string NoForecast(string code, int year, IReadOnlyList<string> years) =>
        string.Create(CultureInfo.InvariantCulture, $"盈利预测表中没有 {code} 的 {year} 年预测（表中年份：{(years.Count == 0 ? "无" : List(years))}）");

    public static string NotMeaningful(string code, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"{code} {year}：无意义（EPS 或利润缺失或不为正，或没有汇率）");

    public static string UnknownSeries(string name, string period, IEnumerable<string> known) => $"未知序列 {Q(name)}（series.csv 截至 {period} 有：{List(known)}）";

    public static string NoComparisonMonth(string name, string date) => $"{Q(name)} 在 {date} 没有可比较的月份";
}
