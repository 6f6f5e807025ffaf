using System.CommandLine;
using System.Globalization;
using SectorScope.Pipeline;
using SectorScope.Store;
using Spectre.Console;

namespace SectorScope.Cli.Commands;

public static class IngestCommand
{
    public static Command Create()
    {
        var workspace = CliOptions.Workspace("工作区目录；省略时使用自带的示例工作区");
        var rebuild = new Option<bool>("--rebuild") { Description = "删除数据仓库后从文件完全重建" };
        var command = new Command("ingest", "按文件内容哈希（重新）导入数据仓库 .sectorscope/store.duckdb") { workspace, rebuild };
        command.SetAction(parse =>
        {
            var root = CliOptions.ResolveWorkspace(parse.GetValue(workspace));
            if (parse.GetValue(rebuild))
            {
                // Validate before deleting, so a bad workspace never loses its working store.
                SectorScope.Workspace.WorkspaceReader.Open(root);
                File.Delete(WorkspaceStore.PathFor(root));
            }

            var (_, result) = Terminal.WithProgress(progress =>
            {
                progress("导入");
                return ReportPipeline.Ingest(root);
            });
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
