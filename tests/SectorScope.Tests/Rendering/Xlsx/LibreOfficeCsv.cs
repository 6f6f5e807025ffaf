using System.Diagnostics;

namespace SectorScope.Tests.Rendering.Xlsx;

/// <summary>
/// LibreOffice Calc as an independent reader: converts every sheet of a workbook to its own CSV
/// (UTF-8, comma, double quotes; raw values, not as shown). Needs the Debian package libreoffice-calc.
/// </summary>
public static class LibreOfficeCsv
{
    /// <summary>The filter: 44 comma, 34 quote, 76 UTF-8, line 1, …, "save as shown" off, -1 every sheet (LibreOffice 7.2+).</summary>
    public const string Filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    /// <summary>Converts <paramref name="xlsx"/> into <paramref name="outputDir"/>; returns sheet name → CSV path.</summary>
    public static IReadOnlyDictionary<string, string> ConvertSheets(string xlsx, string outputDir)
    {
        var soffice = Find("soffice") ?? Find("libreoffice");
        Assert.True(soffice is not null, "soffice was not found on PATH: install LibreOffice Calc (Debian package libreoffice-calc) to run the workbook tests");
        var profile = Path.Combine(Path.GetTempPath(), "sectorscope-lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { $"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", Filter, "--outdir", outputDir, xlsx })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("soffice did not finish converting the workbook within 3 minutes");
            }

            Assert.True(process.ExitCode == 0, $"soffice exited with {process.ExitCode}: {stdout.Result} {stderr.Result}");
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }

        var stem = Path.GetFileNameWithoutExtension(xlsx) + "-";
        var sheets = Directory.EnumerateFiles(outputDir, stem + "*.csv")
            .ToDictionary(p => Path.GetFileNameWithoutExtension(p)[stem.Length..], p => p, StringComparer.Ordinal);
        Assert.True(sheets.Count > 0, $"soffice wrote no per-sheet CSV into {outputDir} (LibreOffice 7.2 or later is needed)");
        return sheets;
    }

    private static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
