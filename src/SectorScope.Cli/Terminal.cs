using SectorScope.Workspace;
using Spectre.Console;

namespace SectorScope.Cli;

/// <summary>Console output: diagnostics to stderr, progress for steps that take a while.</summary>
public static class Terminal
{
    public static readonly IAnsiConsole Error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    /// <summary>Every diagnostic of rejected input, each with the option that gives its value named; exits 1.</summary>
    public static int Rejected(Rejection rejected)
    {
        foreach (var line in DiagnosticSummary.Lines([.. rejected.Diagnostics.Select(CliOptions.Hint)]))
        {
            Console.Error.WriteLine(line);
        }

        Error.MarkupLine($"[red]{rejected.Diagnostics.Count} 个输入问题，未写出任何内容。[/]");
        return ExitCodes.InputErrors;
    }

    /// <summary>A line about what the run chose (which workspace, what was left out), on stderr so stdout stays the result.</summary>
    /// <remarks>Unwrapped, as a line to search for: Spectre would break it at the console's width.</remarks>
    public static void Note(string message) => Console.Error.WriteLine(message);

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

    /// <summary>A defect: one line naming the log that holds the details, never a stack trace on the console.</summary>
    public static int Crashed(Exception e, string? log)
    {
        var where = log is null ? "详情未能写入日志" : $"详情见 {log}";
        Error.MarkupLine($"[red]内部错误：[/]{Markup.Escape($"{e.GetType().Name}：{FirstLine(e.Message)}。未写出报告；{where}")}");
        return ExitCodes.SystemPart;
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    /// <summary>Runs <paramref name="work"/> with a spinner naming the current step (shown only on a terminal).</summary>
    public static T WithProgress<T>(Func<Action<string>, T> work)
    {
        if (Console.IsErrorRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            // Without a spinner only a wait for another run is worth a line: otherwise the run would seem to hang.
            return work(step =>
            {
                if (step.StartsWith(SectorScope.Pipeline.WorkspaceLock.WaitingNotice, StringComparison.Ordinal))
                {
                    Console.Error.WriteLine(step);
                }
            });
        }

        return AnsiConsole.Status().Start("准备", ctx => work(step => ctx.Status(Markup.Escape(step))));
    }
}
