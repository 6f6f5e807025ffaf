using System.CommandLine;
using System.Globalization;
using SectorScope.Import;
using Spectre.Console;

namespace SectorScope.Cli.Commands;

public static class ImportCommand
{
    /// <summary>The options by which the import's messages suggest a choice (加 --replace 以文件为准).</summary>
    public static string OptionName(ImportOption option) => option switch
    {
        ImportOption.Map => "--map",
        ImportOption.UniverseAll => "--universe all",
        ImportOption.MonthEnd => "--month-end",
        ImportOption.Replace => "--replace",
        _ => "--dry-run",
    };

    public static Command Create()
    {
        var workspace = CliOptions.Workspace("工作区目录；省略时使用当前目录");
        var kind = new Option<string>("--kind") { Description = "导入的数据种类：prices、valuations、fx 或 series", Required = true };
        var files = new Argument<string[]>("FILE") { Description = "数据文件：.xlsx、.xls、CSV/TSV（UTF-8 或 GBK）、行情图表 JSON", Arity = ArgumentArity.OneOrMore };
        var sheet = new Option<string?>("--sheet") { Description = "Excel 工作表名称；默认第一个" };
        var map = new Option<string?>("--map") { Description = "长表列名映射 COLUMN=FIELD,...（FIELD：date、code、name、close、pe_ttm、rate、pair、from、to、series、value、unit）" };
        var universe = new Option<string>("--universe") { Description = "known（默认）：只导入工作区已有的代码；all：把新代码加入 securities.csv", DefaultValueFactory = _ => "known" };
        var monthEnd = new Option<bool>("--month-end") { Description = "月度文件的日期（每月 1 日）移到该市场当月最后一个交易日" };
        var replace = new Option<bool>("--replace") { Description = "与工作区不同的值以文件为准" };
        var dryRun = new Option<bool>("--dry-run") { Description = "只显示将要进行的改动，不写入" };
        var command = new Command("import", "读取行情终端导出的 Excel/CSV、长表或行情图表 JSON，识别版式后合并进工作区的输入文件")
        {
            workspace, kind, files, sheet, map, universe, monthEnd, replace, dryRun,
        };
        command.SetAction(parse =>
        {
            var root = Path.GetFullPath(parse.GetValue(workspace) ?? ".");
            if (!ImportKinds.TryParse(parse.GetValue(kind)!, out var k))
            {
                throw new UsageException($"--kind '{parse.GetValue(kind)}' is not one of prices, valuations, fx, series");
            }

            var u = parse.GetValue(universe);
            if (u is not ("known" or "all"))
            {
                throw new UsageException($"--universe '{u}' is not known or all");
            }

            var request = new ImportRequest(root, k, parse.GetValue(files)!, parse.GetValue(sheet), ParseMap(parse.GetValue(map)),
                UniverseAll: u == "all", MonthEnd: parse.GetValue(monthEnd), Replace: parse.GetValue(replace), DryRun: parse.GetValue(dryRun), OptionNames: OptionName);
            var result = Run(request);
            foreach (var line in result.Info)
            {
                Console.WriteLine(line);
            }

            foreach (var line in result.Problems)
            {
                Console.Error.WriteLine(line);
            }

            if (request.DryRun || !result.Failed)
            {
                foreach (var line in result.Changes)
                {
                    Console.WriteLine((request.DryRun ? "（将）" : "") + line);
                }
            }

            foreach (var line in result.Summary)
            {
                Console.WriteLine(line);
            }

            if (result.Failed)
            {
                Terminal.Error.MarkupLine($"[red]{result.Problems.Count} 条问题，工作区未作任何改动。[/]");
                return ExitCodes.InputErrors;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// Runs the import with a progress bar for large files on a terminal, or percentage lines otherwise; after
    /// a large file the time and peak memory of reading and of validating are printed (to stderr).
    /// </summary>
    private static ImportResult Run(ImportRequest request)
    {
        if (Console.IsErrorRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            var shown = new Dictionary<string, int>(StringComparer.Ordinal);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var result = Importer.Run(request, (file, fraction) =>
            {
                if (file == Importer.ValidateStep)
                {
                    if (shown.Count > 0)
                    {
                        Console.Error.WriteLine(Phase("读取完成", clock));
                    }

                    return;
                }

                var step = (int)(fraction * 10);
                if (!shown.TryGetValue(file, out var last) || step > last)
                {
                    shown[file] = step;
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"读取 {file}：{step * 10}%"));
                }
            });
            if (shown.Count > 0)
            {
                Console.Error.WriteLine(Phase("校验与写入完成", clock));
            }

            return result;
        }

        return AnsiConsole.Progress().Start(ctx =>
        {
            var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
            return Importer.Run(request, (file, fraction) =>
            {
                if (!tasks.TryGetValue(file, out var task))
                {
                    tasks[file] = task = ctx.AddTask(Markup.Escape(Path.GetFileName(file)), maxValue: 1);
                }

                task.Value = fraction;
            });
        });
    }

    private static string Phase(string name, System.Diagnostics.Stopwatch clock)
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var line = string.Create(CultureInfo.InvariantCulture, $"{name}：{clock.Elapsed.TotalSeconds:F1}s，内存峰值 {process.PeakWorkingSet64 / (1 << 20)} MB");
        clock.Restart();
        return line;
    }

    private static Dictionary<string, string> ParseMap(string? text)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return map;
        }

        foreach (var pair in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = pair.LastIndexOf('=');
            var field = eq > 0 ? pair[(eq + 1)..].Trim() : "";
            if (eq <= 0 || !HeaderNames.Fields.Contains(field) && field != HeaderNames.Value)
            {
                throw new UsageException($"--map '{pair}' is not COLUMN=FIELD with FIELD one of {string.Join(", ", HeaderNames.Fields)}");
            }

            map[pair[..eq].Trim()] = field;
        }

        return map;
    }
}
