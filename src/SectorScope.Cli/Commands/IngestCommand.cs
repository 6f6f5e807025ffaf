using System.CommandLine;
using System.Globalization;
using SectorScope.Pipeline;
using SectorScope.Store;
using SectorScope.Store.Postgres;
using Spectre.Console;

namespace SectorScope.Cli.Commands;

public static class IngestCommand
{
    public static Command Create()
    {
        var workspace = CliOptions.Workspace("工作区目录；省略时使用当前目录（其中有 sectorscope.yaml 时），否则使用自带的示例工作区");
        var rebuild = new Option<bool>("--rebuild") { Description = "从文件完全重建数据仓库；新仓库完整写好后才替换旧的，输入有错时旧仓库保持不变" };
        var store = new Option<string?>("--store") { Description = "把 --market-data 的市场数据导入这台 PostgreSQL 服务器（postgresql://主机:端口/数据库），供多个工作区共用；密码只从 PGPASSWORD 或 ~/.pgpass 读取" };
        var marketData = new Option<string?>("--market-data") { Description = "市场数据目录：securities.csv、indices.csv、prices/*.csv、valuations.csv、fx.csv（与工作区相同的文件与校验）" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "列出每一步的用时（打开、哈希、解析、读取与校验行情、删除、写入、月末表、跨文件校验、提交、检查点）" };
        var grants = new Option<string?>("--grants") { Description = "只打印让该数据库角色只读共享市场数据的 GRANT 语句（由数据库管理员执行），不导入" };
        var command = new Command("ingest", "按文件内容哈希（重新）导入数据仓库 .sectorscope/store.duckdb，或用 --store 导入共享的 PostgreSQL 市场数据")
        {
            workspace, rebuild, store, marketData, grants, verbose,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(store) is { } storeText)
            {
                return Shared(CliOptions.ParseStore(storeText)!, parse.GetValue(marketData), parse.GetValue(grants));
            }

            if (parse.GetValue(marketData) is not null || parse.GetValue(grants) is not null)
            {
                throw new UsageException("--market-data 与 --grants 需要 --store（PostgreSQL 服务器地址）");
            }

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

            Summary(outcome.Value.Result);
            if (parse.GetValue(verbose))
            {
                AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                    $"[grey]各步用时 {string.Join("，", outcome.Value.Result.Steps.Select(s => $"{s.Step} {s.Elapsed.TotalSeconds:F2}s"))}[/]"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Loads the shared market data, or prints the grants a read-only analyst role needs.</summary>
    private static int Shared(SectorScope.Workspace.StoreAddress address, string? folder, string? role)
    {
        if (role is not null)
        {
            foreach (var statement in PostgresSchema.ReadOnlyGrants(address.Database, role))
            {
                Console.WriteLine(statement);
            }

            return ExitCodes.Ok;
        }

        if (folder is null)
        {
            throw new UsageException("--store 需要 --market-data 目录（或 --grants 角色）");
        }

        var outcome = MarketDataFolder.Open(Path.GetFullPath(folder)).Then(data => Terminal.WithProgress(progress => PostgresLoader.Load(data, address, progress)));
        if (outcome.Rejected is { } rejected)
        {
            return Terminal.Rejected(rejected);
        }

        AnsiConsole.MarkupLine($"[grey]{Markup.Escape(address.ToString())}[/]");
        Summary(outcome.Value);
        return ExitCodes.Ok;
    }

    private static void Summary(IngestResult result)
    {
        if (result.UpToDate)
        {
            AnsiConsole.MarkupLine("[green]数据仓库已是最新[/]");
        }
        else
        {
            AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"[green]已导入[/] {result.Refreshed.Count} 个文件、{result.RowsWritten} 行，移除 {result.Removed.Count} 个文件，用时 {result.Elapsed.TotalSeconds:F2}s"));
        }
    }
}
