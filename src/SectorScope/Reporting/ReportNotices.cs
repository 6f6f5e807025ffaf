namespace SectorScope.Reporting;

/// <summary>
/// The words of <see cref="Model.ReportModel.Notices"/>: one line for each part a report leaves out, saying what is
/// missing or unused and which file or setting would fill it. <c>check</c> prints them, <c>report</c> too (on stderr).
/// They speak to the analyst, so they are Chinese in either edition. A part with nothing in it is never printed as a
/// blank or a placeholder: it is left out of every format and named here.
/// </summary>
public static class ReportNotices
{
    /// <summary>Something the workspace holds that this report does not use.</summary>
    public static string Unused(string file, string why) => $"未用于报告 {file}：{why}";

    /// <summary>A part the report leaves out because nothing fills it.</summary>
    public static string Missing(string part, string fill) => $"报告未含{part}：{fill}";

    public static string NoTaxonomySection(string key) => $"新闻分类表没有 {key} 栏目";

    /// <summary>PE-TTM rows of the valuation index dated before its inception: index name, code, inception, how many, first and last date.</summary>
    public static string BeforeInception(string index, string code, DateOnly inception, int count, DateOnly first, DateOnly last) =>
        $"{index}（{code}）有 {DisplayFormat.Integer(count)} 个 PE-TTM 观测早于 indices.csv 中的基日 {DisplayFormat.Date(inception)}（{DisplayFormat.Date(first)} 至 {DisplayFormat.Date(last)}），估值分位自基日起计算";

    public const string SeriesNeedIndustry = "行业数据显示在行业动态栏目（industry）中，新闻分类表没有该栏目";

    /// <param name="folder">The edition's narrative folder: narrative/ or narrative/en/.</param>
    public static string NoRecommendation(string folder) => Missing("投资建议", $"{folder}recommendation.md 没有内容，写入后显示（首页的投资策略要点同此）");

    public static string NoValuationIndex => Missing("估值情况", "sectorscope.yaml 未设 valuation（估值指数与分位方法）");

    public static string NoValuations(string code, string from, string to) =>
        Missing("估值情况", $"valuations.csv 中没有 {code} 在 {from} 至 {to} 之间的 PE-TTM");

    public static string NoNews(string heading) => Missing($"「{heading}」栏目", "news/ 中没有归入该栏目的本期新闻");

    public static string NoCoveredCompanies => Missing("重点公司盈利预测表", "coverage.csv 与 sectorscope.yaml 的 key_companies 中都没有公司");

    public static string NoKeyCompanies => "sectorscope.yaml 的 key_companies 中没有本月有收益率的公司";

    public const string NoDecliners = "本月没有下跌的股票";

    public const string NoRisers = "本月没有上涨的股票";

    public const string NoRankedStocks = "securities.csv 中没有本月有收益率的股票";

    public static string NoIndexHistory(string indices) => $"prices/ 中没有{indices}近12个月的收盘价";

    public static string EmptyFigure(string caption, string why) => Missing($"图「{caption}」", why);

    public static string EmptyTable(string caption, string why) => Missing($"表「{caption}」", why);

    public static string NoSectorRating => Missing("行业投资评级", "sectorscope.yaml 未设 sector_rating");

    public static string NoAnalysts => Missing("分析师", "sectorscope.yaml 未设 analysts");

    public static string NoLicence(string name) => Missing($"分析师{name}的执业证书编号", "sectorscope.yaml 的 analysts 中该分析师没有 licence");
}
