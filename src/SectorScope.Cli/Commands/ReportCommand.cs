using System.CommandLine;
using System.Globalization;
using SectorScope.Pipeline;
using SectorScope.Reporting.FactCheck;
using SectorScope.Rendering.Output;
using Spectre.Console;

namespace SectorScope.Cli.Commands;

public static class ReportCommand
{
    public static Command Create()
    {
        var workspace = CliOptions.Workspace("工作区目录；省略时使用当前目录（其中有 sectorscope.yaml 时），否则使用自带的示例工作区（互联网行业 2024-11）");
        var period = CliOptions.Period();
        var asOf = CliOptions.AsOf();
        var language = CliOptions.Language();
        var output = new Option<string?>("--out", "-o") { Description = "输出目录；默认 <工作区>/out/<period>/（英文版 <period>-en/；示例工作区写到当前目录的 out/ 下）" };
        var format = new Option<string>("--format", "-f")
        {
            Description = $"输出格式，逗号分隔：{string.Join(",", OutputFormats.Names.Keys)}；默认全部（CSV 表格与 manifest.json 总会写出，pdf 由 Word 文件经 LibreOffice 转换）",
            DefaultValueFactory = _ => string.Join(",", OutputFormats.Names.Keys),
        };
        var allowUnchecked = new Option<bool>("--allow-unchecked") { Description = "分析师文字中有无法核对的数字时仍然发布（与数据不符的数字仍会阻止发布），并在 report.json 的 fact_check 中记录" };
        var force = new Option<bool>("--force") { Description = "分析师文字中有与数据不符或无法核对的数字时仍然发布，并在 report.json 的 fact_check 中记录" };
        var noHistory = new Option<bool>("--no-history")
        {
            Description = "不把本期报告记入工作区的 history/（示例工作区从不记录）",
        };
        var store = CliOptions.Store();
        var command = new Command("report", "生成月度行业投资策略报告（先核对分析师文字中的数字）") { workspace, period, asOf, language, output, format, allowUnchecked, force, noHistory, store };
        command.SetAction(parse =>
        {
            var (formats, unknown) = OutputFormats.Parse(parse.GetValue(format)!);
            if (unknown.Count > 0 || formats == OutputFormat.None)
            {
                throw new UsageException($"--format: unknown format(s) {string.Join(", ", unknown)} (available: {string.Join(", ", OutputFormats.Names.Keys)})");
            }

            var chosen = CliOptions.ResolveWorkspace(parse.GetValue(workspace));
            var root = chosen.Root;
            var p = CliOptions.ParsePeriod(parse.GetValue(period));
            var a = CliOptions.ParseDate(parse.GetValue(asOf), "--as-of");
            var l = CliOptions.ParseLanguage(parse.GetValue(language));
            var s = CliOptions.ParseStore(parse.GetValue(store));
            // The bundled demo is read-only material (a checkout or the install folder): its history is generated, never appended to.
            var demo = chosen.Demo;
            var record = !demo && !parse.GetValue(noHistory);
            // The options map onto the core's gate here; the core records what was let through, never an option name.
            var (gate, option) = parse.GetValue(force) ? (FactCheckGate.Force, "--force")
                : parse.GetValue(allowUnchecked) ? (FactCheckGate.AllowUnchecked, "--allow-unchecked") : (FactCheckGate.Strict, null);
            var outcome = Terminal.WithProgress(progress => ReportPipeline.Publish(root, p, a, parse.GetValue(output), formats, progress, gate, record, l,
                reportsFolder: demo ? Path.GetFullPath(OutputTarget.ReportsFolder) : null, store: s));
            if (outcome.Rejected is { } rejected)
            {
                return Terminal.Rejected(rejected);
            }

            var result = outcome.Value;
            if (result.Refusal is { } refused)
            {
                return FactCheckPrinter.Refused(refused, result.Summary.Language);
            }

            if (result.FactCheck is { Overridden: true } check)
            {
                FactCheckPrinter.Print([.. check.Findings.Where(f => f.IsError || f.Verdict == FactVerdict.Unchecked)], Console.Error, result.Summary.Language);
                Terminal.Error.MarkupLine($"[yellow]{Markup.Escape($"已按 {option} 发布：{(check.Errors > 0 ? FactCheckPrinter.Errors(check.Findings) + "，" : "")}{check.Unchecked} 处未能核对，已记录在 report.json 的 fact_check 中")}[/]");
            }


            foreach (var notice in result.Summary.Notices)
            {
                Terminal.Note(notice);
            }

            AnsiConsole.MarkupLine($"[green]报告已生成[/] {Markup.Escape(result.Summary.Title)}（{result.Summary.Period}）→ {Markup.Escape(result.OutputFolder)}");
            foreach (var file in result.Files)
            {
                AnsiConsole.MarkupLine($"  {Markup.Escape(file)}");
            }

            if (result.HistoryFile is { } history)
            {
                AnsiConsole.MarkupLine($"[grey]已记入历史 {Markup.Escape(history)}[/]");
            }
            else if (result.HistoryProblem is { } problem)
            {
                AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(problem)}[/]");
            }
            else if (demo)
            {
                AnsiConsole.MarkupLine("[grey]示例工作区不记录历史；用 sectorscope init DIR 建立自己的工作区后，每次 report 会写入 DIR/history/[/]");
            }

            if (result.Leftover is { } leftover)
            {
                AnsiConsole.MarkupLine($"[yellow]上一期报告未能删除，留在 {Markup.Escape(leftover)}（下次运行会再试）[/]");
            }

            var ingest = result.Ingest.UpToDate ? "数据仓库已是最新" : $"数据仓库更新 {result.Ingest.Refreshed.Count} 个文件";
            AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"[grey]{ingest}；用时 {string.Join("，", result.Timings.Select(t => $"{t.Step} {t.Elapsed.TotalSeconds:F2}s"))}[/]"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
