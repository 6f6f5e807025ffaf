using PuppeteerSharp;

namespace SectorScope.Tests.Serve;

/// <summary>
/// A test in Debian's chromium. Without the browser it is skipped, saying why, unless the environment requires it
/// (<c>./run.sh test</c>, and so CI, sets SECTORSCOPE_REQUIRE_BROWSER=1): then it runs and fails at the launch.
/// No browser is ever downloaded.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";
    public const string RequireVariable = "SECTORSCOPE_REQUIRE_BROWSER";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium) && Environment.GetEnvironmentVariable(RequireVariable) != "1")
        {
            Skip = $"no browser at {Chromium} (Debian: apt-get install chromium; tools/install-deps.sh installs it); with {RequireVariable}=1 this test fails instead";
        }
    }

    public static Task<IBrowser> LaunchAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{RequireVariable}=1 but there is no browser at {Chromium}: install Debian's chromium (tools/install-deps.sh)");
        }

        // As root chromium needs --no-sandbox; the page under test is the workbench's own.
        return Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--font-render-hinting=none"],
        });
    }
}
