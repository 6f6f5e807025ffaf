using SectorScope.Rendering.Output;
using SectorScope.Workspace;
using System.CommandLine;
using Spectre.Console;

namespace SectorScope.Cli.Commands;

public static class InitCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("DIR") { Description = "新工作区目录（不存在或为空）" };
        var example = new Option<bool>("--example") { Description = "复制自带的示例工作区（互联网行业 2024-11）而不是空白模板；不复制其历史记录" };
        var command = new Command("init", "新建工作区：带注释的 sectorscope.yaml、只有表头的输入文件、分析师文字模板和空的历史记录") { dir, example };
        command.SetAction(parse =>
        {
            var target = Path.GetFullPath(parse.GetValue(dir)!);
            if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            {
                throw new UsageException($"目录 '{target}' 已存在且不是空目录");
            }

            if (parse.GetValue(example))
            {
                // The demo's history is its own: a copy starts without one, so its first report compares against nothing borrowed.
                WorkspaceCopy.Copy(DemoWorkspace.Locate(), target, ReportHistory.Folder, OutputTarget.ReportsFolder);
                Directory.CreateDirectory(Path.Combine(target, ReportHistory.Folder));
                AnsiConsole.MarkupLine($"[green]已按示例新建工作区[/] {Markup.Escape(target)}（不含示例的历史记录）");
                AnsiConsole.MarkupLine($"下一步：sectorscope report --workspace {Markup.Escape(target)}");
                return ExitCodes.Ok;
            }

            WorkspaceTemplate.Write(target);
            AnsiConsole.MarkupLine($"[green]已新建空白工作区[/] {Markup.Escape(target)}");
            AnsiConsole.MarkupLine(Markup.Escape("下一步：编辑 sectorscope.yaml，把行情、指数、覆盖与预测填入各 CSV 文件（列见 README），再运行 sectorscope check"));
            return ExitCodes.Ok;
        });
        return command;
    }
}
