using SectorScope.Cli;
using SectorScope.Workspace;

namespace SectorScope.Tests.Workspace;

/// <summary><c>language</c> in sectorscope.yaml and <c>--language</c>: zh-CN by default, en on request, anything else refused by name.</summary>
public sealed class LanguageSettingTests
{
    private const string Minimal = "title: T\nsector: S\nmarkets:\n  HK: { benchmark: HSTECH }\nheadline_index: HSTECH\n";

    [Theory]
    [InlineData("", ReportLanguage.ZhCn)]
    [InlineData("language: zh-CN\n", ReportLanguage.ZhCn)]
    [InlineData("language: en\n", ReportLanguage.En)]
    [InlineData("language: EN\n", ReportLanguage.En)]
    public void The_setting_picks_the_language(string line, ReportLanguage expected)
    {
        var diagnostics = new DiagnosticBag();
        var document = SettingsReader.Read(Minimal + line, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("; ", diagnostics.Items));
        Assert.Equal(expected, document!.Settings.Language);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("zh")]
    [InlineData("english")]
    public void Another_language_is_refused_with_its_line(string value)
    {
        var diagnostics = new DiagnosticBag();
        SettingsReader.Read(Minimal + $"language: {value}\n", diagnostics);
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal((6, "language"), (error.Line, error.Column));
        Assert.Contains("不是 zh-CN、en 之一", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_option_overrides_by_tag_and_refuses_an_unknown_one()
    {
        Assert.Null(CliOptions.ParseLanguage(null));
        Assert.Equal(ReportLanguage.En, CliOptions.ParseLanguage("en"));
        Assert.Equal(ReportLanguage.ZhCn, CliOptions.ParseLanguage("zh-cn"));
        Assert.Throws<UsageException>(() => CliOptions.ParseLanguage("de"));
        Assert.Equal("en", ReportLanguage.En.Tag());
    }
}
