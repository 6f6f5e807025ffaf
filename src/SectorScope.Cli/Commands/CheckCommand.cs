using System.CommandLine;
using SectorScope.Pipeline;
using SectorScope.Reporting.FactCheck;
using SectorScope.Reporting.Lint;
using Spectre.Console;

namespace SectorScope.Cli.Commands;

public static class CheckCommand
{
    public static Command Create()
    {
        var workspace = CliOptions.Workspace("工作区目录；省略时使用当前目录（其中有 sectorscope.yaml 时），否则使用自带的示例工作区");
        var period = CliOptions.Period();
        var asOf = CliOptions.AsOf();
        var language = CliOptions.Language();
        var docx = new Option<string?>("--docx") { Description = "同时核对分析师修改过的 Word 报告（正文段落）中的数字" };
        var store = CliOptions.Store();
        var command = new Command("check", "校验输入文件、计算全部数字并核对分析师文字中的数字，不写出报告；有错误时返回非零") { workspace, period, asOf, language, docx, store };
        command.SetAction(parse =>
        {
            var root = CliOptions.ResolveWorkspace(parse.GetValue(workspace)).Root;
            var p = CliOptions.ParsePeriod(parse.GetValue(period));
            var a = CliOptions.ParseDate(parse.GetValue(asOf), "--as-of");
            var edition = CliOptions.ParseLanguage(parse.GetValue(language));
            var shared = CliOptions.ParseStore(parse.GetValue(store));
            var docxPath = parse.GetValue(docx) is { } d ? Path.GetFullPath(d) : null;
            if (docxPath is not null && !File.Exists(docxPath))
            {
                throw new UsageException($"--docx '{docxPath}' does not exist");
            }

            var outcome = Terminal.WithProgress(progress => docxPath is null
                ? ReportPipeline.BuildModel(root, p, a, progress, edition, shared).Select(built => (built.Model, Findings: (IReadOnlyList<FactFinding>)[]))
                : ReportPipeline.CheckDocx(root, p, a, docxPath, progress, edition, shared));
            if (outcome.Rejected is { } rejected)
            {
                return Terminal.Rejected(rejected);
            }

            var (model, docxFindings) = outcome.Value;
            foreach (var notice in model.Notices ?? [])
            {
                Console.WriteLine(notice);
            }

            foreach (var e in model.MarketReview.Excluded)
            {
                AnsiConsole.MarkupLine($"[yellow]未计入收益统计[/] {Markup.Escape(e.Code)} {Markup.Escape(e.Name)}：{Markup.Escape(e.Reason)}");
            }

            if (model.NewsDigest is { } news)
            {
                // One line each, unwrapped, so that they can be searched: where, date, title, source, why.
                foreach (var l in news.LeftOut)
                {
                    Console.WriteLine($"未收录新闻 {l.Origin} {l.Date} 《{l.Title}》（{l.Source}）：{l.Reason}");
                }

                foreach (var note in news.Notes)
                {
                    Console.WriteLine($"新闻 {note}");
                }

                AnsiConsole.MarkupLine(Markup.Escape($"新闻：读取 {news.Read} 条，报告期内 {news.InPeriod} 条，合并重复后 {news.Stories} 则，报告收录 {news.Shown} 则，未收录 {news.LeftOut.Count} 条"));
            }

            IReadOnlyList<FactFinding> facts = [.. model.FactCheck?.Findings ?? [], .. docxFindings];
            FactCheckPrinter.Print(facts, Console.Out, model.Language);
            if (docxPath is not null)
            {
                // CheckDocx has read the file: it is a Word document.
                FactCheckPrinter.Print(Path.GetFileName(docxPath), EditedDocx.Read(docxPath).Value.TrackedNumbers, Console.Out);
            }

            AnsiConsole.MarkupLine(Markup.Escape(FactCheckPrinter.Summary(facts)));
            var factErrors = facts.Count(f => f.IsError);

            var findings = ReportLint.Check(model);
            foreach (var f in findings)
            {
                Console.Error.WriteLine(f.ToString());
            }

            if (findings.Count > 0)
            {
                Terminal.Error.MarkupLine($"[red]{findings.Count} 处图表编号、来源、截止日或单位问题[/]");
                return ExitCodes.InputErrors;
            }

            if (factErrors > 0)
            {
                Terminal.Error.MarkupLine($"[red]数字核对：{Markup.Escape(FactCheckPrinter.Errors(facts))}[/]");
                return ExitCodes.InputErrors;
            }

            if (model.FactCheck is { Unchecked: > 0 } narrative)
            {
                // Not an error of the data, but report publishes such numbers only when told to.
                AnsiConsole.MarkupLine($"[yellow]分析师文字中有 {narrative.Unchecked} 处数字无法核对：report 需加 --allow-unchecked 才会发布[/]");
            }

            AnsiConsole.MarkupLine($"[green]检查通过[/] {Markup.Escape(root)}（{model.Header.Period}，{model.Tables.Count} 张表，{model.Figures.Count} 张图）");
            return ExitCodes.Ok;
        });
        return command;
    }
}
