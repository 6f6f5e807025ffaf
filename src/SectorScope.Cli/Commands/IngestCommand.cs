using System.CommandLine;
using System.Globalization;
using SectorScope.Pipeline;
using Spectre.Console;

namespace SectorScope.Cli.Commands;

public static class IngestCommand
{
    public static Command Create()
    {
        var workspace = CliOptions.Workspace("工作区目录；省略时使用当前目录（其中有 sectorscope.yaml 时），否则使用自带的示例工作区");
        var rebuild = new Option<bool>("--rebuild") { Description = "从文件完全重建数据仓库；新仓库完整写好后才替换旧的，输入有错时旧仓库保持不变" };
        var command = new Command("ingest", "按文件内容哈希（重新）导入数据仓库 .sectorscope/store.duckdb") { workspace, rebuild };
        command.SetAction(parse =>
        {
            var root = CliOptions.ResolveWorkspace(parse.GetValue(workspace)).Root;
            var outcome = Terminal.WithProgress(progress =>
            {
                progress("导入");
                // A rebuild writes a new store beside the old one, which stays until every file has been read without error.
                return ReportPipeline.Ingest(root, parse.GetValue(rebuild), progress);
            });
            if (outcome.Rejected is { } rejected)
            {
                return Terminal.Rejected(rejected);
            }

            var result = outcome.Value.Result;
            if (result.UpToDate)
            {
                AnsiConsole.MarkupLine("[green]数据仓库已是最新[/]");
            }
            else
            {
                AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                    $"[green]已导入[/] {result.Refreshed.Count} 个文件、{result.RowsWritten} 行，移除 {result.Removed.Count} 个文件，用时 {result.Elapsed.TotalSeconds:F2}s"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
