using System.Text.Json;
using PuppeteerSharp;
using Xunit.Abstractions;

namespace SectorScope.Tests.Serve;

/// <summary>
/// The workbench in a real browser, as an analyst uses it: typing into the market review, saving, a second window,
/// publishing, the page at phone width. Screenshots go to the test output's <c>screenshots/</c> folder.
/// </summary>
[Trait("Category", "Slow")]
public sealed class WorkbenchBrowserTests(ITestOutputHelper output)
{
    private const string Wrong = "个股方面，金山软件11月单月涨幅为19.9%，居港股首位。";
    private const string Right = "个股方面，金山软件11月单月涨幅为16.7%，居港股首位。";

    private static readonly string Screenshots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    [BrowserFact]
    public async Task A_wrong_return_typed_into_the_market_review_is_flagged_fixed_saved_and_published_and_an_older_tab_cannot_overwrite_it()
    {
        await using var session = await WorkbenchSession.StartAsync();
        await using var browser = await BrowserFactAttribute.LaunchAsync();
        var path = session.NarrativePath("market-review");
        var original = await File.ReadAllTextAsync(path);

        var second = await OpenAsync(browser, session, 1366, 900);
        await OpenPlaceAsync(second, "market-review", original);
        var first = await OpenAsync(browser, session, 1366, 900);
        await OpenPlaceAsync(first, "market-review", original);

        // A wrong return: the mismatch, with the computed value, within 2 s of the last keystroke.
        await TypeAtEndAsync(first, "\n\n" + Wrong);
        await first.WaitForFunctionAsync(
            "() => [...document.querySelectorAll('#findings .finding[data-verdict=\"Mismatch\"]')].some(f => f.textContent.includes('不符') && f.textContent.includes('19.9%') && f.textContent.includes('16.7%'))",
            new WaitForFunctionOptions { Timeout = 2000, PollingInterval = 50 });
        Assert.Equal("金山软件11月单月涨幅为19.9%", await first.EvaluateExpressionAsync<string>("document.querySelector('#paragraphs mark.verdict-Mismatch').textContent"));
        await first.ScreenshotAsync(Path.Combine(Screenshots, "editor-desktop.png"), new ScreenshotOptions { FullPage = true });

        // Corrected: the mismatch goes, the number now agrees.
        await first.EvaluateFunctionAsync("() => { const t = document.querySelector('#text'); const i = t.value.indexOf('19.9'); t.focus(); t.setSelectionRange(i, i + 4); }");
        await first.Keyboard.TypeAsync("16.7");
        await first.WaitForFunctionAsync(
            "() => document.querySelectorAll('#findings .finding[data-verdict=\"Mismatch\"]').length === 0 && [...document.querySelectorAll('#findings .finding[data-verdict=\"Agrees\"]')].some(f => f.textContent.includes('金山软件11月单月涨幅为16.7%'))",
            new WaitForFunctionOptions { Timeout = 2000, PollingInterval = 50 });

        // Saved with the keyboard: the file on disk has the new paragraph.
        await PressCtrlAsync(first, "s");
        await WaitForTextAsync(first, "#save-status", "已保存", 10_000);
        var saved = await File.ReadAllTextAsync(path);
        Assert.NotEqual(original, saved);
        Assert.EndsWith(Right, saved.TrimEnd(), StringComparison.Ordinal);

        // The second window still edits the version it loaded: its save is a conflict, shown, and the first edit stays.
        await second.BringToFrontAsync();
        await TypeAtEndAsync(second, "\n\n第二个窗口的补充。");
        await second.ClickAsync("#save");
        await second.WaitForSelectorAsync("#conflict:not([hidden])", new WaitForSelectorOptions { Timeout = 10_000 });
        await second.ScreenshotAsync(Path.Combine(Screenshots, "editor-conflict.png"), new ScreenshotOptions { FullPage = true });
        Assert.Equal(saved, await second.EvaluateExpressionAsync<string>("document.querySelector('#conflict-text').textContent"));
        Assert.EndsWith("第二个窗口的补充。", await second.EvaluateExpressionAsync<string>("document.querySelector('#text').value"), StringComparison.Ordinal);
        Assert.Equal(saved, await File.ReadAllTextAsync(path));

        // Published through report's gate: the report folder exists and its report.json carries the new text.
        await first.BringToFrontAsync();
        await first.ClickAsync("#tab-publish");
        await first.ClickAsync("#publish");
        await first.WaitForSelectorAsync("#publish-out .ok, #publish-out .error", new WaitForSelectorOptions { Timeout = 180_000 });
        Assert.StartsWith("报告已生成：out/2024-11", await first.EvaluateExpressionAsync<string>("document.querySelector('#publish-out').textContent"), StringComparison.Ordinal);
        var report = Path.Combine(session.Root, "out", "2024-11", "report.json");
        Assert.True(File.Exists(report), "report.json of the published report");
        using (var json = JsonDocument.Parse(await File.ReadAllTextAsync(report)))
        {
            Assert.Contains(Strings(json.RootElement), t => t.Contains(Right, StringComparison.Ordinal));
            Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("fact_check").GetProperty("override").ValueKind);
        }

        // The preview shows the published inputs.
        await first.ClickAsync("#tab-preview");
        await WaitForTextAsync(first, "#preview-status", "预览已按最新输入更新", 120_000);
        await first.ScreenshotAsync(Path.Combine(Screenshots, "preview-desktop.png"));
        output.WriteLine($"screenshots: {Screenshots}");
    }

    [BrowserFact]
    public async Task At_phone_width_the_editor_and_preview_fit_the_screen()
    {
        await using var session = await WorkbenchSession.StartAsync();
        await using var browser = await BrowserFactAttribute.LaunchAsync();
        var page = await OpenAsync(browser, session, 390, 844, mobile: true);
        await OpenPlaceAsync(page, "market-review", await File.ReadAllTextAsync(session.NarrativePath("market-review")));
        await TypeAtEndAsync(page, "\n\n" + Wrong);
        await page.WaitForSelectorAsync("#findings .finding[data-verdict=\"Mismatch\"]", new WaitForSelectorOptions { Timeout = 2000 });

        Assert.True(await page.EvaluateExpressionAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the editor needs no sideways scrolling at 390 px");
        await page.ScreenshotAsync(Path.Combine(Screenshots, "editor-phone.png"), new ScreenshotOptions { FullPage = true });

        await page.ClickAsync("#tab-preview");
        await WaitForTextAsync(page, "#preview-status", "预览已按最新输入更新", 120_000);
        Assert.True(await page.EvaluateExpressionAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the preview page needs no sideways scrolling at 390 px");
        await page.ScreenshotAsync(Path.Combine(Screenshots, "preview-phone.png"));

        await page.ClickAsync("#tab-check");
        await page.WaitForSelectorAsync("#check-out h2", new WaitForSelectorOptions { Timeout = 120_000 });
        Assert.True(await page.EvaluateExpressionAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the data check needs no sideways scrolling at 390 px");
        await page.ScreenshotAsync(Path.Combine(Screenshots, "check-phone.png"), new ScreenshotOptions { FullPage = true });
    }

    [BrowserFact]
    public async Task Markup_in_a_security_name_is_shown_as_text_in_the_completion_and_runs_nothing()
    {
        await using var session = await WorkbenchSession.StartAsync(root => WorkbenchSecurityTests.RenameSecurity(root, "0700.HK", "腾讯控股<img src=x onerror=alert(1)>"));
        await using var browser = await BrowserFactAttribute.LaunchAsync();
        var page = await OpenAsync(browser, session, 1366, 900);
        var dialogs = 0;
        page.Dialog += (_, e) =>
        {
            dialogs++;
            _ = e.Dialog.Dismiss();
        };
        await OpenPlaceAsync(page, "market-review", await File.ReadAllTextAsync(session.NarrativePath("market-review")));

        await TypeAtEndAsync(page, "\n\n{{ ret 0700");
        await page.WaitForSelectorAsync("#completion:not([hidden]) li", new WaitForSelectorOptions { Timeout = 5000 });

        Assert.Equal("0700.HK腾讯控股<img src=x onerror=alert(1)>", await page.EvaluateExpressionAsync<string>("document.querySelector('#completion li').textContent"));
        Assert.Equal(0, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#completion img, img').length"));
        // Enter takes the code and closes the placeholder.
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("{{ ret 0700.HK }}", await page.EvaluateExpressionAsync<string>("document.querySelector('#text').value"), StringComparison.Ordinal);
        Assert.Equal(0, dialogs);
    }

    [BrowserFact]
    public async Task In_english_the_page_speaks_english_and_edits_the_english_narrative()
    {
        await using var session = await WorkbenchSession.StartAsync();
        await using var browser = await BrowserFactAttribute.LaunchAsync();
        var page = await OpenAsync(browser, session, 1366, 900, language: "en");
        var text = await File.ReadAllTextAsync(Path.Combine(session.Root, "narrative", "en", "market-review.md"));
        await OpenPlaceAsync(page, "market-review", text);

        Assert.Equal(("en", "Narrative", "Investment view"), (
            await page.EvaluateExpressionAsync<string>("document.documentElement.lang"),
            await page.EvaluateExpressionAsync<string>("document.querySelector('#tab-editor').textContent"),
            await page.EvaluateExpressionAsync<string>("document.querySelector('#place option[value=recommendation]').textContent")));
        await page.WaitForFunctionAsync("() => document.querySelector('#paragraphs').textContent.includes('Kingdee rose 16.7%')", new WaitForFunctionOptions { Timeout = 10_000, PollingInterval = 100 });
        await page.ScreenshotAsync(Path.Combine(Screenshots, "editor-en-desktop.png"), new ScreenshotOptions { FullPage = true });

        // The tabs are one stop of the Tab key; the arrow keys move between them, and the panel follows.
        await page.FocusAsync("#tab-editor");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal(("tab-check", false, true), (
            await page.EvaluateExpressionAsync<string>("document.activeElement.id"),
            await page.EvaluateExpressionAsync<bool>("document.querySelector('#view-check').hidden"),
            await page.EvaluateExpressionAsync<bool>("document.querySelector('#view-editor').hidden")));
    }

    private static async Task<IPage> OpenAsync(IBrowser browser, WorkbenchSession session, int width, int height, bool mobile = false, string? language = null)
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height, IsMobile = mobile, HasTouch = mobile, DeviceScaleFactor = 1 });
        await page.GoToAsync(session.Workbench.Address + (language is null ? "" : $"?lang={language}"));
        await page.WaitForSelectorAsync("body[data-ready='true']", new WaitForSelectorOptions { Timeout = 60_000 });
        return page;
    }

    /// <summary>Chooses a narrative place with the keyboard and waits until its file is in the editor.</summary>
    private static async Task OpenPlaceAsync(IPage page, string place, string text)
    {
        await page.SelectAsync("#place", place);
        await page.WaitForFunctionAsync("t => document.querySelector('#text').value === t", new WaitForFunctionOptions { Timeout = 10_000, PollingInterval = 100 }, text);
        // The first check computes the period's values; wait for it so the timed check below measures a keystroke.
        await page.WaitForSelectorAsync("#findings li", new WaitForSelectorOptions { Timeout = 60_000 });
    }

    /// <summary>Waits for an element's text; on timeout the failure says what the element showed instead.</summary>
    private static async Task WaitForTextAsync(IPage page, string selector, string text, int timeout)
    {
        try
        {
            await page.WaitForFunctionAsync("(s, t) => document.querySelector(s).textContent === t", new WaitForFunctionOptions { Timeout = timeout, PollingInterval = 100 }, selector, text);
        }
        catch (WaitTaskTimeoutException)
        {
            var shown = await page.EvaluateFunctionAsync<string>("s => document.querySelector(s).textContent", selector);
            Assert.Fail($"{selector} shows '{shown}', not '{text}', after {timeout} ms");
        }
    }

    private static async Task TypeAtEndAsync(IPage page, string text)
    {
        await page.FocusAsync("#text");
        await page.EvaluateExpressionAsync("(t => t.setSelectionRange(t.value.length, t.value.length))(document.querySelector('#text'))");
        await page.Keyboard.TypeAsync(text);
    }

    private static async Task PressCtrlAsync(IPage page, string key)
    {
        await page.Keyboard.DownAsync("Control");
        await page.Keyboard.PressAsync(key);
        await page.Keyboard.UpAsync("Control");
    }

    /// <summary>Every string value of a JSON document, however deep.</summary>
    private static IEnumerable<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };
}
