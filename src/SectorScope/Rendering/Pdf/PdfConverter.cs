using System.Diagnostics;
using System.Globalization;
using SectorScope.Workspace;

namespace SectorScope.Rendering.Pdf;

/// <summary>
/// Converts a .docx to PDF with LibreOffice (<c>soffice --headless --convert-to pdf</c>). Each call runs
/// its own LibreOffice profile under the temp folder (<c>sectorscope-soffice-PID-N</c>), so conversions may run side by side.
/// LibreOffice is stopped with the run: on a timeout, when this process exits, and — when this process was killed — by
/// the next run (<see cref="LibreOfficeLeftovers.Clean"/>), which finds it by the profile folder its command line names.
/// </summary>
public static partial class PdfConverter
{
    public const string DebianPackage = "libreoffice-writer";

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    private static readonly string[] KnownLocations = ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice"];

    /// <exception cref="PdfConversionException">LibreOffice is not installed, timed out, failed or wrote no PDF.</exception>
    public static void Convert(string docxPath, string pdfPath) => Convert(docxPath, pdfPath, FindSoffice(), DefaultTimeout);

    /// <summary>Converts a Word document held in memory: LibreOffice reads it from a scratch copy in its own work folder.</summary>
    public static void Convert(byte[] docx, string pdfPath)
    {
        var scratch = Path.Combine(Path.GetTempPath(), ScratchPrefix + RunFiles.UniqueSuffix());
        Directory.CreateDirectory(scratch);
        try
        {
            var docxPath = Path.Combine(scratch, "report.docx");
            File.WriteAllBytes(docxPath, docx);
            Convert(docxPath, pdfPath);
        }
        finally
        {
            LibreOfficeLeftovers.Delete(scratch);
        }
    }

    /// <param name="soffice">The soffice executable, or null when LibreOffice is not installed.</param>
    internal static void Convert(string docxPath, string pdfPath, string? soffice, TimeSpan timeout)
    {
        if (soffice is null)
        {
            throw new PdfConversionException($"LibreOffice (soffice) is not installed, so report.pdf cannot be written: install the Debian package {DebianPackage} (sudo apt-get install {DebianPackage})");
        }

        if (!File.Exists(docxPath))
        {
            throw new PdfConversionException($"{docxPath}: no such file to convert to PDF");
        }

        var work = Path.Combine(Path.GetTempPath(), WorkPrefix + RunFiles.UniqueSuffix());
        var outDir = Path.Combine(work, "out");
        Directory.CreateDirectory(outDir);
        try
        {
            var (exitCode, output) = Run(soffice, work, outDir, Path.GetFullPath(docxPath), timeout);
            var produced = Path.Combine(outDir, Path.GetFileNameWithoutExtension(docxPath) + ".pdf");
            if (exitCode != 0)
            {
                throw new PdfConversionException($"LibreOffice failed to convert {docxPath} to PDF (exit code {exitCode.ToString(CultureInfo.InvariantCulture)}): {output}");
            }

            if (!File.Exists(produced) || new FileInfo(produced).Length == 0)
            {
                throw new PdfConversionException($"LibreOffice wrote no PDF for {docxPath}: {output}");
            }

            var target = Path.GetFullPath(pdfPath);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(produced, target, overwrite: true);
        }
        finally
        {
            LibreOfficeLeftovers.Delete(work);
        }
    }

    /// <summary><c>soffice</c> on the PATH or in a usual install location; null when there is none.</summary>
    internal static string? FindSoffice()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "soffice"))
            .Concat(KnownLocations)
            .FirstOrDefault(File.Exists);
    }

    private static (int ExitCode, string Output) Run(string soffice, string work, string outDir, string docx, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "-env:UserInstallation=" + new Uri(Path.Combine(work, "profile") + "/").AbsoluteUri,
            "--headless", "--invisible", "--nologo", "--norestore", "--nolockcheck",
            "--convert-to", "pdf:writer_pdf_Export", "--outdir", outDir, docx,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Start(start, soffice);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Forget(process);
            throw new PdfConversionException($"LibreOffice did not convert {docx} to PDF within {timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s and was stopped");
        }

        process.WaitForExit();
        Forget(process);
        return (process.ExitCode, (stdout.Result + stderr.Result).Trim());
    }
}
