using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SectorScope.Pipeline;
using SectorScope.Reporting.FactCheck;
using SectorScope.Reporting.Narrative;
using SectorScope.Workspace;

namespace SectorScope.Cli.Serve;

/// <summary>A narrative text sent to be checked or saved.</summary>
public sealed record TextRequest(string? Place, string? Lang, string? Text, string? Version, string? Period);

/// <summary>A publication request: period, edition and the gate (strict, allow-unchecked, force).</summary>
public sealed record PublishRequest(string? Period, string? Lang, string? Gate);

/// <summary>A finding as the page shows it: the verdict by name in the page's language, the line in the file.</summary>
public sealed record FindingView(string Location, int? Line, string Verdict, string VerdictLabel, string? Subject, string? Metric, string Stated, string? Computed, string Claim, string? Note)
{
    public static FindingView Of(FactFinding f, ReportLanguage language)
    {
        var colon = f.Location.LastIndexOf(':');
        int? line = colon > 0 && int.TryParse(f.Location.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        return new(f.Location, line, f.Verdict.ToString(), UiWords.Verdict(f.Verdict, language), f.Subject, f.Metric, f.Stated, f.Computed, f.Claim, f.Note);
    }
}

/// <summary>The workbench's endpoints: the page, its words and the calls into the pipeline. Every name a request gives is looked up, never used as a path.</summary>
public static class WorkbenchApi
{
    /// <returns>The computation of the first check, begun as the server starts; the server waits for it before it stops.</returns>
    public static Func<Task> Map(WebApplication app, WorkbenchOptions options, WorkbenchGuard guard)
    {
        var root = options.Workspace;
        IResult Guarded(Func<IResult> handle) => Answer(handle, root);
        var files = new NarrativeFileStore(root);
        var live = new LiveCheck(root);
        var drafts = new DraftReports(root);
        app.Lifetime.ApplicationStopped.Register(drafts.Dispose);
        // The first check of the period is computed while the page loads, so the first keystroke is answered at once.
        var warm = Task.CompletedTask;
        app.Lifetime.ApplicationStarted.Register(() => warm = Task.Run(() =>
        {
            var choice = WorkspacePeriods.Of(root);
            var (period, language) = PeriodAndLanguage(choice.Default, choice.Language);
            live.For(period, language);
        }));

        app.MapGet("/", (HttpRequest r) => WorkbenchPage.Index(guard.Csrf, Language(r.Query["lang"]) ?? ReportLanguage.ZhCn));
        app.MapGet("/assets/{name}", (string name) => WorkbenchPage.Asset(name));
        app.MapGet("/api/session", () => Guarded(() =>
        {
            var choice = WorkspacePeriods.Of(root);
            return Results.Json(new { Choice = new { choice.Periods, choice.Default, choice.Language, Problems = choice.Problems.Select(d => d.ToString()) }, options.ReadOnly });
        }));
        app.MapGet("/api/words", (HttpRequest r) => Results.Json(UiWords.For(Language(r.Query["lang"]) ?? ReportLanguage.ZhCn)));
        app.MapGet("/api/state", () => Results.Json(WorkspaceState.Of(root)));

        app.MapGet("/api/vocabulary", (HttpRequest r) => Guarded(() =>
        {
            var (period, language) = PeriodAndLanguage(r.Query["period"], r.Query["lang"]);
            var bound = live.For(period, language);
            var facts = bound.Checker?.Facts;
            return Results.Json(new
            {
                Functions = PlaceholderFunctions.All.Select(f => new { f.Name, f.Usage, f.Description }),
                Codes = facts is null ? [] : facts.Universe.Securities.Select(s => new { s.Code, s.Name }).Concat(facts.Universe.Indices.Select(i => new { i.Code, i.Name })).ToArray(),
                Series = facts?.SeriesNames.Order(StringComparer.Ordinal).ToArray() ?? [],
            });
        }));

        app.MapGet("/api/narrative", (HttpRequest r) => Guarded(() =>
        {
            var (place, language) = Place(r.Query["place"], r.Query["lang"]);
            return Results.Json(files.Read(place, language));
        }));

        app.MapPut("/api/narrative", (TextRequest body) => Guarded(() =>
        {
            if (options.ReadOnly)
            {
                return Results.Json(new { Error = "read-only" }, statusCode: StatusCodes.Status403Forbidden);
            }

            var (place, language) = Place(body.Place, body.Lang);
            var outcome = files.Save(place, language, body.Text ?? "", body.Version ?? "");
            return outcome switch
            {
                { Saved: { } saved } => Results.Json(saved),
                { Conflict: { } newer } => Results.Json(newer, statusCode: StatusCodes.Status409Conflict),
                _ => Results.Json(new { Problems = outcome.Refused!.Diagnostics.Select(d => d.ToString()) }, statusCode: StatusCodes.Status422UnprocessableEntity),
            };
        }));

        app.MapPost("/api/check-text", (TextRequest body) => Guarded(() =>
        {
            var (place, language) = Place(body.Place, body.Lang);
            var (period, _) = PeriodAndLanguage(body.Period, body.Lang);
            var check = live.Check(place, language, body.Text ?? "", period);
            return Results.Json(new
            {
                check.Paragraphs,
                Findings = check.Findings.Select(f => FindingView.Of(f, language)),
                Problems = check.Problems.Select(d => new { d.Line, Text = d.ToString() }),
            });
        }));

        app.MapGet("/api/preview", (HttpRequest r) => Guarded(() =>
        {
            var (period, language) = PeriodAndLanguage(r.Query["period"], r.Query["lang"]);
            var draft = drafts.Preview(Required(period), language ?? ReportLanguage.ZhCn);
            return WorkbenchPage.Preview(draft);
        }));

        app.MapGet("/api/download", (HttpRequest r) => Guarded(() =>
        {
            var (period, language) = PeriodAndLanguage(r.Query["period"], r.Query["lang"]);
            var format = r.Query["format"].ToString();
            if (!DraftReports.Downloads.ContainsKey(format))
            {
                return Results.NotFound();
            }

            var draft = drafts.Make(format, Required(period), language ?? ReportLanguage.ZhCn);
            return draft.Bytes is { } bytes
                ? Results.File(bytes, WorkbenchPage.ContentType(draft.Name), draft.Name)
                : Results.Json(new { Problems = draft.Problems.Select(d => d.ToString()) }, statusCode: StatusCodes.Status422UnprocessableEntity);
        }));

        app.MapGet("/api/check", (HttpRequest r) => Guarded(() =>
        {
            var (period, language) = PeriodAndLanguage(r.Query["period"], r.Query["lang"]);
            var view = DataCheckView.Of(root, period, language);
            var edition = language ?? ReportLanguage.ZhCn;
            return Results.Json(new
            {
                Problems = view.Problems.Select(d => d.ToString()),
                Findings = view.Findings.Select(f => FindingView.Of(f, edition)),
                view.Summary,
                Lint = view.Lint.Select(l => l.ToString()),
                view.Excluded,
                view.NewsLeftOut,
                view.Changes,
            });
        }));

        app.MapPost("/api/publish", (PublishRequest body) => Guarded(() =>
        {
            if (options.ReadOnly)
            {
                return Results.Json(new { Error = "read-only" }, statusCode: StatusCodes.Status403Forbidden);
            }

            var (period, language) = PeriodAndLanguage(body.Period, body.Lang);
            if (!Publisher.Gates.TryGetValue(body.Gate ?? "strict", out var gate))
            {
                return Results.BadRequest();
            }

            var edition = language ?? ReportLanguage.ZhCn;
            var outcome = Publisher.Publish(root, Required(period), edition, gate);
            return Results.Json(new
            {
                outcome.Folder,
                outcome.Files,
                Override = outcome.Override?.ToString(),
                Findings = outcome.Findings.Where(f => f.Verdict != FactVerdict.Agrees).Select(f => FindingView.Of(f, edition)),
                Problems = outcome.Problems.Select(d => d.ToString()),
                outcome.History,
                outcome.HistoryProblem,
            });
        }));
        return () => warm;
    }

    /// <summary>Maps what a request can get wrong to its status; anything else is a defect, logged like the command line's.</summary>
    /// <param name="workspace">Whose log takes a defect's details.</param>
    private static IResult Answer(Func<IResult> handle, string workspace)
    {
        try
        {
            return handle();
        }
        catch (BadRequestException e)
        {
            return Results.Text(e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
        catch (OutsideWorkspaceException)
        {
            return Results.NotFound();
        }
        catch (NarrativeTooLargeException)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        catch (WorkspaceBusyException e)
        {
            return Results.Text(e.Message, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A defect, or the system failing (a full disk): one line to the page, the details in the workspace's log.
            var log = CrashLog.Write(e, ["serve"], workspace);
            return Results.Text($"内部错误：{e.GetType().Name}{(log is null ? "" : $"（详情见 {log}）")}", statusCode: StatusCodes.Status500InternalServerError);
        }
    }



    private static (string Place, ReportLanguage Language) Place(string? place, string? lang)
    {
        var language = Language(lang) ?? ReportLanguage.ZhCn;
        return place is not null && NarrativeFileStore.IsPlace(place, language) ? (place, language) : throw new OutsideWorkspaceException();
    }

    private static (ReportPeriod? Period, ReportLanguage? Language) PeriodAndLanguage(string? period, string? lang)
    {
        ReportPeriod? p = null;
        if (!string.IsNullOrEmpty(period))
        {
            p = ReportPeriod.TryParse(period, out var parsed) ? parsed : throw new BadRequestException($"'{period}' is not a period (YYYY-MM)");
        }

        return (p, string.IsNullOrEmpty(lang) ? null : Language(lang) ?? throw new BadRequestException($"'{lang}' is not a report language"));
    }

    private static ReportPeriod Required(ReportPeriod? period) => period ?? throw new BadRequestException("no period");

    private static ReportLanguage? Language(string? lang) => ReportLanguages.TryParse(lang, out var l) ? l : null;

    private sealed class BadRequestException(string message) : Exception(message);
}
