using SectorScope.Workspace;
using System.CommandLine;
using Spectre.Console;

namespace SectorScope.Cli.Commands;

public static class InitCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("DIR") { Description = "新工作区目录（不存在或为空）" };
        var command = new Command("init", "以自带的示例工作区为模板新建工作区") { dir };
        command.SetAction(parse =>
        {
            var target = Path.GetFullPath(parse.GetValue(dir)!);
            if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
            {
                throw new UsageException($"'{target}' exists and is not empty");
            }

            var source = DemoWorkspace.Locate();
            WorkspaceCopy.Copy(source, target);

            AnsiConsole.MarkupLine($"[green]已新建工作区[/] {Markup.Escape(target)}");
            AnsiConsole.MarkupLine($"下一步：sectorscope report --workspace {Markup.Escape(target)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
