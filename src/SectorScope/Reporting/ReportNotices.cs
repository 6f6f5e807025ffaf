namespace SectorScope.Reporting;

/// <summary>
/// The words of <see cref="Model.ReportModel.Notices"/>: one line for each part a report leaves out, saying what is
/// missing or unused and which file or setting would fill it. <c>check</c> prints them, <c>report</c> too (on stderr).
/// They speak to the analyst, so they are Chinese in either edition.
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
}
