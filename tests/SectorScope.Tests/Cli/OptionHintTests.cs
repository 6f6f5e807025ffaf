using SectorScope.Cli;
using SectorScope.Pipeline;
using SectorScope.Tests.Support;
using SectorScope.Workspace;

namespace SectorScope.Tests.Cli;

/// <summary>
/// The core rejects a request value without naming an option (a server has none); the command line names its
/// own option in the line the user reads, which stays what it always was.
/// </summary>
public sealed class OptionHintTests : IDisposable
{
    private readonly TestWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    [Fact]
    public void An_as_of_date_given_with_the_request_is_rejected_without_a_file_and_the_command_line_names_its_option()
    {
        var rejected = ReportPipeline.BuildModel(_ws.Root, null, new DateOnly(2099, 12, 31)).Refused();
        var d = Assert.Single(rejected.Diagnostics);
        Assert.Equal(("", "as_of", RequestValue.AsOf), (d.File, d.Column, d.Concerns));
        Assert.Equal("as_of: 截止日 2099-12-31 晚于数据：HKI 的最后收盘价在 2024-02-29，早 27699 天（最多允许 7 天）", d.ToString());
        Assert.Equal("--as-of: as_of: 截止日 2099-12-31 晚于数据：HKI 的最后收盘价在 2024-02-29，早 27699 天（最多允许 7 天）",
            CliOptions.Hint(d).ToString());
        Assert.Equal(ExitCodes.InputErrors, SectorScopeCli.Run(["check", "--workspace", _ws.Root, "--as-of", "2099-12-31"]));
    }

    [Fact]
    public void The_settings_as_of_past_the_data_keeps_its_file_and_line_on_the_command_line()
    {
        _ws.Write("sectorscope.yaml", File.ReadAllText(_ws.Path("sectorscope.yaml")).Replace("as_of: 2024-03-01", "as_of: 2099-12-31"));
        var d = Assert.Single(ReportPipeline.BuildModel(_ws.Root, null, null).Refused().Diagnostics);
        Assert.Equal(d, CliOptions.Hint(d));
        Assert.StartsWith("sectorscope.yaml:4: as_of: 截止日 2099-12-31 晚于数据", d.ToString());
    }

    [Fact]
    public void A_missing_period_is_rejected_with_the_settings_key_and_the_command_line_adds_its_option()
    {
        _ws.Write("sectorscope.yaml", File.ReadAllText(_ws.Path("sectorscope.yaml")).Replace("period: 2024-02\n", "").Replace("as_of: 2024-03-01\n", ""));
        var d = Assert.Single(ReportPipeline.BuildModel(_ws.Root, null, null).Refused().Diagnostics);
        Assert.Equal(RequestValue.Period, d.Concerns);
        Assert.Equal("sectorscope.yaml: period: no period: set 'period' in sectorscope.yaml", d.ToString());
        Assert.Equal("sectorscope.yaml: period: no period: set 'period' in sectorscope.yaml, or give --period YYYY-MM", CliOptions.Hint(d).ToString());
        Assert.Equal(ExitCodes.InputErrors, SectorScopeCli.Run(["check", "--workspace", _ws.Root]));
    }
}
