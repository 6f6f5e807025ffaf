using SectorScope.Pipeline;
using SectorScope.Store;
using SectorScope.Workspace;

namespace SectorScope.Cli.Serve;

/// <summary>The periods the picker offers, newest first, and the one it starts on (the settings' period, else the newest).</summary>
public sealed record PeriodChoice(IReadOnlyList<string> Periods, string? Default, string Language, IReadOnlyList<Diagnostic> Problems);

/// <summary>
/// Periods from the workspace's data and history: every month in which the headline index has a close (the newest
/// <see cref="MaxMonths"/>), the settings' period and every period of <c>history/</c>.
/// </summary>
public static class WorkspacePeriods
{
    public const int MaxMonths = 36;

    public static PeriodChoice Of(string workspace)
    {
        using var held = WorkspaceLock.Acquire(workspace);
        var opened = WorkspaceReader.Open(workspace).Then(inputs => StoreIngester.Ingest(inputs).Select(ingested => (inputs, ingested.Store)));
        if (opened.Rejected is { } rejected)
        {
            return new PeriodChoice([], null, ReportLanguage.ZhCn.Tag(), rejected.Diagnostics);
        }

        var (inputs, store) = opened.Value;
        var settings = inputs.Settings;
        using (store)
        {
            // A computed sector index has closes wherever its members have.
            IMarketDataStore market = settings.ComputedIndex is { } computed ? ComputedIndexStore.Over(store, computed, inputs.Universe) : store;
            // A history file that does not read is check's to report; its period is simply not offered.
            var history = ReportHistory.Read(workspace, settings.RatingScale, new DiagnosticBag()).Select(h => h.Period.ToString());
            var months = market.DailyCloses(settings.HeadlineIndex, new DateOnly(1900, 1, 1), new DateOnly(2100, 12, 31))
                .Select(c => new ReportPeriod(c.Date.Year, c.Date.Month).ToString()).Distinct().OrderDescending().Take(MaxMonths);
            var all = months.Concat(history).Concat(settings.Period is { } p ? [p.ToString()] : []).Distinct().OrderDescending().ToArray();
            return new PeriodChoice(all, settings.Period?.ToString() ?? all.FirstOrDefault(), settings.Language.Tag(), []);
        }
    }
}
