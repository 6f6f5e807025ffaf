using System.CommandLine;
using SectorScope.Rendering.Pdf;
using Spectre.Console;

namespace SectorScope.Cli.Commands;

/// <summary>Converts a Word file (typically report.docx after the analyst's edits) to PDF the way <c>report</c> does.</summary>
public static class PdfCommand
{
    public static Command Create()
    {
        var docx = new Argument<string>("FILE") { Description = "要转换的 Word 文件（.docx），例如分析师修改后的 report.docx" };
        var output = new Option<string?>("--out", "-o") { Description = "PDF 文件路径；默认与 Word 文件同名同目录" };
        var command = new Command("pdf", "用 LibreOffice 把（修改过的）Word 报告转换为 PDF") { docx, output };
        command.SetAction(parse =>
        {
            var source = Path.GetFullPath(parse.GetValue(docx)!);
            if (!File.Exists(source))
            {
                throw new UsageException($"'{source}' does not exist");
            }

            if (!source.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
            {
                throw new UsageException($"'{source}' is not a .docx file");
            }

            var target = Path.GetFullPath(parse.GetValue(output) ?? Path.ChangeExtension(source, ".pdf"));
            Terminal.WithProgress(progress =>
            {
                progress("转换 PDF");
                PdfConverter.Convert(source, target);
                return 0;
            });
            AnsiConsole.MarkupLine($"[green]已写出[/] {Markup.Escape(target)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
