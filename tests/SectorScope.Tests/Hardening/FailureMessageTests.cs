using SectorScope.Cli;
using SectorScope.Tests.Support;

namespace SectorScope.Tests.Hardening;

/// <summary>
/// A failure the user cannot fix by editing inputs reaches the console as one line and exit 3, never as a stack trace;
/// the details go to a log file the line names. LibreOffice that cannot run or crashes (once exit 134) is such a failure.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class FailureMessageTests : IDisposable
{
    private readonly TestWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    [Fact]
    public void A_store_that_cannot_be_written_exits_3_with_one_line_and_a_log_holding_the_details()
    {
        // A folder where the store file belongs: the new store cannot be moved into place.
        Directory.CreateDirectory(_ws.StorePath);
        var run = CliProcess.Run("report", "--workspace", _ws.Root, "--out", _ws.OutputFolder, "--format", "json");
        Assert.Equal(ExitCodes.SystemPart, run.ExitCode);
        Assert.False(run.ShowsStackTrace);
        var log = Assert.Single(Directory.GetFiles(Path.Combine(_ws.Root, ".sectorscope", CrashLog.Folder)));
        Assert.Contains(log, run.Stderr.ReplaceLineEndings(""));
        Assert.Contains("\n   at ", File.ReadAllText(log));
        Assert.False(Directory.Exists(_ws.OutputFolder));
    }

    [Fact]
    public void Without_a_workspace_the_log_goes_to_the_temp_folder()
    {
        var log = CrashLog.Write(new InvalidOperationException("a defect"), ["pdf", "x.docx"], workspace: null);
        Assert.NotNull(log);
        try
        {
            Assert.Equal(Path.Combine(Path.GetTempPath(), "sectorscope-logs"), Path.GetDirectoryName(log));
            Assert.Contains("args: 'pdf' 'x.docx'", File.ReadAllText(log));
            Assert.Contains("System.InvalidOperationException: a defect", File.ReadAllText(log));
        }
        finally
        {
            File.Delete(log);
        }
    }

    [Trait("Category", "Slow")]
    [Theory]
    [InlineData(FakeSoffice.Crashing, true)]
    [InlineData("not a program\n", false)]
    public void A_broken_soffice_exits_3_with_a_message_and_writes_nothing(string script, bool executable)
    {
        using var soffice = new FakeSoffice(script, executable);
        var run = CliProcess.Run(soffice.Environment, "report", "--workspace", _ws.Root, "--out", _ws.OutputFolder, "--format", "pdf");
        Assert.Equal(ExitCodes.SystemPart, run.ExitCode);
        Assert.Contains("LibreOffice", run.Stderr);
        Assert.False(run.ShowsStackTrace);
        Assert.False(Directory.Exists(_ws.OutputFolder));
        Assert.False(File.Exists(_ws.Path("history/2024-02.json")));
    }
}
