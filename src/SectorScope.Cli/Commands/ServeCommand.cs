using System.CommandLine;
using System.Globalization;
using System.Net;
using SectorScope.Cli.Serve;

namespace SectorScope.Cli.Commands;

public static class ServeCommand
{
    public static Command Create()
    {
        var workspace = CliOptions.Workspace("工作区目录；省略时使用当前目录（其中有 sectorscope.yaml 时），否则以只读方式打开自带的示例工作区");
        var port = new Option<int>("--port") { Description = "端口；默认 5177（0 取一个空闲端口）", DefaultValueFactory = _ => WorkbenchOptions.DefaultPort };
        var bind = new Option<string>("--bind") { Description = "监听地址；默认 127.0.0.1（只有本机可访问）。其他地址需要启动时打印的访问令牌", DefaultValueFactory = _ => "127.0.0.1" };
        var command = new Command("serve", "在浏览器中打开分析师工作台：编辑观点并即时核对数字、预览与下载报告、数据检查、发布") { workspace, port, bind };
        command.SetAction(parse =>
        {
            var chosen = CliOptions.ResolveWorkspace(parse.GetValue(workspace));
            var root = chosen.Root;
            var address = IPAddress.TryParse(parse.GetValue(bind), out var a) ? a : throw new UsageException($"--bind '{parse.GetValue(bind)}' is not an IP address");
            var p = parse.GetValue(port);
            if (p is < 0 or > 65535)
            {
                throw new UsageException($"--port {p.ToString(CultureInfo.InvariantCulture)} is not a port (0–65535)");
            }

            var options = new WorkbenchOptions(root, address, p, ReadOnly: chosen.Demo);
            var workbench = Workbench.StartAsync(options).GetAwaiter().GetResult();
            Console.WriteLine($"工作台已启动：{workbench.Address}");
            if (options.Token is not null)
            {
                Console.WriteLine("监听地址不是本机回环地址：访问需要上面地址中的令牌，请勿外传。");
            }

            if (options.ReadOnly)
            {
                Console.WriteLine("示例工作区只读；用 sectorscope init DIR 建立自己的工作区后以 --workspace DIR 打开。");
            }

            Console.WriteLine("按 Ctrl+C 停止。");
            workbench.WaitForShutdownAsync().GetAwaiter().GetResult();
            workbench.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return ExitCodes.Ok;
        });
        return command;
    }
}
