using SectorScope.Workspace;
using Spectre.Console;

namespace SectorScope.Cli;

/// <summary>Console output: diagnostics to stderr, progress for steps that take a while.</summary>
public static class Terminal
{
    public static readonly IAnsiConsole Error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    public static int Rejected(InputRejectedException e)
    {
        foreach (var d in e.Diagnostics)
        {
            Console.Error.WriteLine(d.ToString());
        }

        Error.MarkupLine($"[red]{e.Diagnostics.Count} 个输入问题，未写出任何内容。[/]");
        return ExitCodes.InputErrors;
    }

    public static int Usage(string message)
    {
        Error.MarkupLine($"[red]用法错误：[/]{Markup.Escape(message)}");
        Console.Error.WriteLine("运行 sectorscope --help 查看用法。");
        return ExitCodes.Usage;
    }

    public static int SystemPartFailed(string message)
    {
        Error.MarkupLine($"[red]无法完成：[/]{Markup.Escape(message)}");
        Console.Error.WriteLine("未写出任何内容。");
        return ExitCodes.SystemPart;
    }

    /// <summary>Runs <paramref name="work"/> with a spinner naming the current step (shown only on a terminal).</summary>
    public static T WithProgress<T>(Func<Action<string>, T> work)
    {
        if (Console.IsErrorRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            return work(_ => { });
        }

        return AnsiConsole.Status().Start("准备", ctx => work(step => ctx.Status(Markup.Escape(step))));
    }
}
