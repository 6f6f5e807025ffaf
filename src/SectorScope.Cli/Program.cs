using System.CommandLine;
using SectorScope.Cli;
using SectorScope.Cli.Commands;
using SectorScope.Rendering.Charts;
using SectorScope.Rendering.Pdf;
using SectorScope.Workspace;

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
        };

        /// <summary>Parses and runs; maps failures to exit codes 1 (input), 2 (usage) and 3 (a missing system part).</summary>
        public static int Run(string[] args)
        {
            var parse = Build().Parse(args);
            if (parse.Errors.Count > 0)
            {
                return Terminal.Usage(string.Join("; ", parse.Errors.Select(e => e.Message)));
            }

            try
            {
                return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
            }
            catch (InputRejectedException e)
            {
                return Terminal.Rejected(e);
            }
            catch (UsageException e)
            {
                return Terminal.Usage(e.Message);
            }
            catch (SectorScope.Rendering.Output.OutputFolderRefusedException e)
            {
                return Terminal.Usage($"--out {e.Message}");
            }
            catch (Exception e) when (e is MissingFontException or PdfConversionException)
            {
                return Terminal.SystemPartFailed(e.Message);
            }
        }
    }
}
