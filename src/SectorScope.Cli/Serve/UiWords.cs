using SectorScope.Reporting.FactCheck;
using SectorScope.Reporting.Narrative;
using SectorScope.Reporting.Wordings;
using SectorScope.Workspace;

namespace SectorScope.Cli.Serve;

/// <summary>
/// Every word the workbench itself shows, one table per language. Words the report already has (section headings,
/// the key-points heading) come from the report's wording table; the verdicts of the Chinese page are the ones
/// <c>check</c> prints. The page fills its labels from <see cref="For"/> by key, so no visible word lives in the script.
/// </summary>
public static class UiWords
{
    public static IReadOnlyDictionary<string, string> For(ReportLanguage language)
    {
        var report = Wording.For(language);
        var words = new Dictionary<string, string>(language == ReportLanguage.En ? En : ZhCn, StringComparer.Ordinal);
        foreach (var (name, label) in Places(language))
        {
            words["place." + name] = label;
        }

        foreach (var verdict in Enum.GetValues<FactVerdict>())
        {
            words["verdict." + verdict] = Verdict(verdict, language);
        }

        words["keyPoints"] = report.KeyPointsHeading;
        return words;
    }

    /// <summary>A verdict as the page shows it: on the Chinese page the words of <c>check</c>.</summary>
    public static string Verdict(FactVerdict verdict, ReportLanguage language) => language == ReportLanguage.En
        ? verdict switch
        {
            FactVerdict.Agrees => "agrees",
            FactVerdict.Mismatch => "mismatch",
            FactVerdict.Wording => "wording error",
            _ => "unchecked",
        }
        : FactCheckPrinter.Verdict(verdict);

    /// <summary>The narrative places the editor offers, in the order of the report, with the report's own heading where it has one.</summary>
    public static IReadOnlyList<(string Name, string Label)> Places(ReportLanguage language)
    {
        var w = Wording.For(language);
        var zh = language == ReportLanguage.ZhCn;
        var key = w.KeyPointsHeading + (zh ? "：" : ": ");
        return
        [
            (NarrativeFiles.Thesis, zh ? "标题下的观点" : "Thesis under the title"),
            (NarrativeFiles.MarketReview, zh ? "行情回顾" : "Market review"),
            (NarrativeFiles.Valuation, w.ValuationHeading),
            (NarrativeFiles.Recommendation, w.RecommendationHeading),
            (NarrativeFiles.Risks, w.RisksHeading),
            (NarrativeFiles.Ai, zh ? "人工智能动态导语" : "AI news lead-in"),
            (NarrativeFiles.Policy, zh ? "行业政策导语" : "Policy news lead-in"),
            (NarrativeFiles.Industry, zh ? "行业动态导语" : "Industry news lead-in"),
            (NarrativeFiles.Company, zh ? "公司公告与新闻导语" : "Company news lead-in"),
            (NarrativeFiles.KeyReview, key + (zh ? "行情回顾" : "market review")),
            (NarrativeFiles.KeyStrategy, key + (zh ? "投资策略" : "strategy")),
            (NarrativeFiles.KeyAi, key + (zh ? "人工智能" : "AI")),
            (NarrativeFiles.KeyPolicy, key + (zh ? "行业政策" : "policy")),
            (NarrativeFiles.KeyIndustry, key + (zh ? "行业动态" : "industry")),
            (NarrativeFiles.KeyCompany, key + (zh ? "公司动态" : "companies")),
        ];
    }

    private static readonly Dictionary<string, string> ZhCn = new(StringComparer.Ordinal)
    {
        ["app"] = "SectorScope 分析师工作台",
        ["skip"] = "跳到正文",
        ["tab.editor"] = "观点编辑",
        ["tab.preview"] = "报告预览",
        ["tab.check"] = "数据检查",
        ["tab.publish"] = "发布",
        ["period"] = "报告期",
        ["language"] = "报告语言",
        ["place"] = "段落位置",
        ["editor"] = "正文（Markdown；空行分段；{{ 插入计算值）",
        ["save"] = "保存",
        ["saveKey"] = "Ctrl+S 保存",
        ["saved"] = "已保存",
        ["saving"] = "正在保存…",
        ["unsaved"] = "有未保存的修改",
        ["conflict"] = "保存被拒绝：另一个窗口已保存了这个文件的新版本。你的文字仍在编辑框中；下方是磁盘上的版本。",
        ["conflictDisk"] = "磁盘上的版本",
        ["takeDisk"] = "改用磁盘上的版本",
        ["readOnly"] = "示例工作区只读：用 sectorscope init DIR 建立自己的工作区再编辑与发布。",
        ["checking"] = "正在核对…",
        ["checkReady"] = "数字核对已就绪",
        ["findings"] = "数字核对",
        ["findingsNone"] = "这段文字中没有需要核对的数字。",
        ["stated"] = "所写",
        ["computed"] = "计算",
        ["line"] = "第{0}行",
        ["paragraphPreview"] = "段落预览（占位符已替换）",
        ["placeholderProblems"] = "占位符问题",
        ["completion"] = "可插入的函数与代码",
        ["inputProblems"] = "输入问题：这些问题解决之前无法核对与生成报告",
        ["previewUpdating"] = "预览更新中…",
        ["previewUpdated"] = "预览已按最新输入更新",
        ["previewFrame"] = "报告预览",
        ["download"] = "下载（按当前输入生成的草稿）",
        ["draftNote"] = "草稿不经发布闸门：report.json 的 fact_check.override 会记录未核实的数字。",
        ["runCheck"] = "重新检查",
        ["checkPassed"] = "检查通过",
        ["problems"] = "输入问题",
        ["lint"] = "图表编号、来源、截止日或单位问题",
        ["excluded"] = "未计入收益统计",
        ["newsLeftOut"] = "未收录新闻",
        ["changes"] = "自上期报告以来的变动",
        ["summary"] = "汇总",
        ["publishIntro"] = "发布与 report 命令相同：数字不符或无法核对时拒绝，除非选择放行，放行会记录在 report.json 中。",
        ["gate"] = "发布闸门",
        ["gate.strict"] = "严格：全部数字须与数据一致",
        ["gate.allow-unchecked"] = "放行无法核对的数字（--allow-unchecked）",
        ["gate.force"] = "全部放行（--force）",
        ["publish"] = "发布报告",
        ["publishing"] = "正在生成报告…",
        ["published"] = "报告已生成",
        ["refused"] = "未发布：分析师文字中的数字未通过核对，未写出任何内容。",
        ["override"] = "已放行并记录",
        ["files"] = "文件",
        ["history"] = "已记入历史",
        ["failed"] = "无法完成",
        ["tooLarge"] = "文字超过 1 MiB，未保存。",
    };

    private static readonly Dictionary<string, string> En = new(StringComparer.Ordinal)
    {
        ["app"] = "SectorScope analyst workbench",
        ["skip"] = "Skip to content",
        ["tab.editor"] = "Narrative",
        ["tab.preview"] = "Report preview",
        ["tab.check"] = "Data check",
        ["tab.publish"] = "Publish",
        ["period"] = "Period",
        ["language"] = "Report language",
        ["place"] = "Place in the report",
        ["editor"] = "Text (Markdown; blank line between paragraphs; {{ inserts a computed value)",
        ["save"] = "Save",
        ["saveKey"] = "Ctrl+S saves",
        ["saved"] = "Saved",
        ["saving"] = "Saving…",
        ["unsaved"] = "Unsaved changes",
        ["conflict"] = "Not saved: another window saved a newer version of this file. Your text is still in the editor; the version on disk is below.",
        ["conflictDisk"] = "Version on disk",
        ["takeDisk"] = "Use the version on disk",
        ["readOnly"] = "The demo workspace is read-only: make your own with sectorscope init DIR to edit and publish.",
        ["checking"] = "Checking…",
        ["checkReady"] = "Fact-check ready",
        ["findings"] = "Fact-check",
        ["findingsNone"] = "No numbers to check in this text.",
        ["stated"] = "written",
        ["computed"] = "computed",
        ["line"] = "line {0}",
        ["paragraphPreview"] = "Paragraph preview (placeholders filled in)",
        ["placeholderProblems"] = "Placeholder problems",
        ["completion"] = "Functions and codes to insert",
        ["inputProblems"] = "Input problems: nothing can be checked or reported until they are fixed",
        ["previewUpdating"] = "Updating the preview…",
        ["previewUpdated"] = "Preview up to date with the inputs",
        ["previewFrame"] = "Report preview",
        ["download"] = "Download (a draft from the current inputs)",
        ["draftNote"] = "Drafts skip the publishing gate: report.json's fact_check.override records unverified numbers.",
        ["runCheck"] = "Check again",
        ["checkPassed"] = "Check passed",
        ["problems"] = "Input problems",
        ["lint"] = "Numbering, source, date or unit problems",
        ["excluded"] = "Left out of the return statistics",
        ["newsLeftOut"] = "News left out",
        ["changes"] = "Changes since the last report",
        ["summary"] = "Summary",
        ["publishIntro"] = "Publishing is the report command: a mismatched or unchecked number refuses it unless you let it through, which report.json records.",
        ["gate"] = "Publishing gate",
        ["gate.strict"] = "Strict: every number must agree with the data",
        ["gate.allow-unchecked"] = "Let unchecked numbers through (--allow-unchecked)",
        ["gate.force"] = "Let everything through (--force)",
        ["publish"] = "Publish the report",
        ["publishing"] = "Writing the report…",
        ["published"] = "Report written",
        ["refused"] = "Not published: numbers in the narrative did not pass the fact-check; nothing was written.",
        ["override"] = "Let through and recorded",
        ["files"] = "Files",
        ["history"] = "Recorded in history",
        ["failed"] = "Could not finish",
        ["tooLarge"] = "The text is over 1 MiB and was not saved.",
    };
}
