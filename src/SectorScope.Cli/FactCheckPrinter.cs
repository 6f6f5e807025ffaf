using SectorScope.Reporting.FactCheck;
using SectorScope.Reporting.Wordings;
using SectorScope.Workspace;
using Spectre.Console;

namespace SectorScope.Cli;

/// <summary>
/// Prints fact-check findings one line each, unwrapped so that they can be searched: where, verdict, what, stated,
/// computed, in the words of the edition checked (an English report's findings in English). The summaries around
/// them are the command line's own messages.
/// </summary>
public static class FactCheckPrinter
{
    public static void Print(IReadOnlyList<FactFinding> findings, TextWriter writer, ReportLanguage edition = ReportLanguage.ZhCn)
    {
        var say = Wording.For(edition).Findings;
        foreach (var f in findings)
        {
            writer.WriteLine(Line(f, say));
        }
    }

    /// <summary>Every number inside a tracked change of an edited Word file: report.docx:¶12  修订 删除 9.1%（张三）  「…」.</summary>
    public static void Print(string file, IReadOnlyList<SectorScope.Pipeline.TrackedNumber> tracked, TextWriter writer)
    {
        foreach (var t in tracked)
        {
            var author = t.Author is null ? "" : $"（{t.Author}）";
            writer.WriteLine($"{file}:¶{t.Paragraph}  修订 {(t.Inserted ? "插入" : "删除")} {t.Number}{author}  「{(t.Context.Length <= 48 ? t.Context : t.Context[..48] + "…")}」");
        }
    }

    public static string Line(FactFinding f, FindingWords say)
    {
        var computed = f.Computed is null ? "" : $"  {say.Computed} {f.Computed}";
        var note = f.Note is null ? "" : "  " + say.Note(f.Note);
        return $"{f.Location}  {say.Verdict(f.Verdict)}  {f.Subject ?? "?"} {f.Metric ?? "?"}  {say.Stated} {f.Stated}{computed}  {say.Quote(f.Claim)}{note}";
    }

    /// <summary>Each verdict counted by its name: 数字核对：90 处，一致 53，不符 0，措辞错误 0，未能核对 37.</summary>
    public static string Summary(IReadOnlyList<FactFinding> findings) =>
        $"数字核对：{findings.Count} 处，" + string.Join("，", Enum.GetValues<FactVerdict>().Select(v => $"{Verdict(v)} {findings.Count(f => f.Verdict == v)}"));

    /// <summary>The errors by verdict, only those that occur: 1 处不符、2 处措辞错误.</summary>
    public static string Errors(IReadOnlyList<FactFinding> findings) =>
        string.Join("、", Enum.GetValues<FactVerdict>().Where(v => v is FactVerdict.Mismatch or FactVerdict.Wording)
            .Select(v => (v, n: findings.Count(f => f.Verdict == v))).Where(c => c.n > 0).Select(c => $"{c.n} 处{Verdict(c.v)}"));

    /// <summary>A report the fact-check gate refused: every finding, and the option that would publish it.</summary>
    public static int Refused(FactCheckReport check, ReportLanguage edition)
    {
        Print(check.Findings, Console.Error, edition);
        var why = check.Errors > 0
            ? $"分析师文字中的数字有 {Errors(check.Findings)}，未写出任何内容；核实后修改，或以 --force 发布并在 report.json 记录。"
            : $"分析师文字中有 {check.Unchecked} 处数字无法核对，未写出任何内容；改写为占位符或写明公司与指标，或以 --allow-unchecked 发布并在 report.json 记录。";
        Terminal.Error.MarkupLine($"[red]{Markup.Escape(Summary(check.Findings))}。{Markup.Escape(why)}[/]");
        return ExitCodes.InputErrors;
    }

    /// <summary>A verdict by the name check prints (and the workbench shows on its Chinese page): the command line's own messages are Chinese.</summary>
    public static string Verdict(FactVerdict verdict) => FindingWords.ZhCn.Verdict(verdict);
}
