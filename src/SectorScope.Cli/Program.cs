using System.CommandLine;
using SectorScope.Cli;
using SectorScope.Cli.Commands;
using SectorScope.Rendering.Charts;
using SectorScope.Rendering.Output;
using SectorScope.Rendering.Pdf;
using SectorScope.Pipeline;
using System.Globalization;

return SectorScopeCli.Run(args);

namespace SectorScope.Cli
{
    public static class SectorScopeCli
    {
        public static RootCommand Build() => new("SectorScope：由行情、盈利预测与新闻生成券商风格的月度行业投资策略报告")
        {
            ReportCommand.Create(),
            CheckCommand.Create(),
            IngestCommand.Create(),
            InitCommand.Create(),
            ImportCommand.Create(),
            PdfCommand.Create(),
            ServeCommand.Create(),
        };

        /// <summary>
        /// Parses and runs; maps failures to exit codes 1 (input), 2 (usage, an output folder that may not be written) and
        /// 3 (a missing or failing system part, another run holding the workspace, a defect: one line, details in a log).
        /// </summary>
        public static int Run(string[] args)
        {
            var parse = Build().Parse(args);
            if (parse.Errors.Count > 0)
            {
                return Terminal.Usage(string.Join("; ", parse.Errors.Select(e => e.Message)));
            }

            try
            {
                if (Environment.GetEnvironmentVariable(LockTimeoutVariable) is { } timeout)
                {
                    WorkspaceLock.Timeout = double.TryParse(timeout, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds <= 86_400
                        ? TimeSpan.FromSeconds(seconds)
                        : throw new UsageException($"{LockTimeoutVariable}='{timeout}' is not a number of seconds (0–86400)");
                }

                return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
            }
            catch (UsageException e)
            {
                return Terminal.Usage(e.Message);
            }
            catch (OutputFolderRefusedException e)
            {
                return Terminal.Usage($"--out {e.Message}");
            }
            catch (Exception e) when (e is MissingFontException or PdfConversionException or WorkspaceBusyException or SectorScope.Store.Postgres.StoreUnavailableException)
            {
                return Terminal.SystemPartFailed(e.Message);
            }
            catch (Exception e) when (Unwrap(e) is IOException or UnauthorizedAccessException or DuckDB.NET.Data.DuckDBException)
            {
                // A full disk, a folder that became read-only, a store another program holds: the system's failure, not the input's.
                var log = CrashLog.Write(e, args, CrashLog.WorkspaceOf(parse));
                return Terminal.SystemPartFailed($"{Unwrap(e).Message}{(log is null ? "" : $"（详情见 {log}）")}");
            }
            catch (Exception e)
            {
                return Terminal.Crashed(e, CrashLog.Write(e, args, CrashLog.WorkspaceOf(parse)));
            }
        }

        public const string LockTimeoutVariable = "SECTORSCOPE_LOCK_TIMEOUT";

        /// <summary>The one failure inside a parallel step's AggregateException.</summary>
        private static Exception Unwrap(Exception e) => e is AggregateException { InnerExceptions.Count: 1 } a ? Unwrap(a.InnerExceptions[0]) : e;
    }
}
