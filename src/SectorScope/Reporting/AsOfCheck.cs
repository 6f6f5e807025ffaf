using SectorScope.Store;
using SectorScope.Workspace;

namespace SectorScope.Reporting;

/// <summary>
/// An as-of date past the data is refused, by <c>check</c> and <c>report</c> alike (both load their data
/// through <see cref="ReportData.Load"/>): a report "as of 2099-12-31" computed from closes of 2024
/// would state a date its numbers do not have. Only a stated date is held to the data: the default, the
/// period's last day, is the month asked for, whose data the market review judges on its own.
/// </summary>
internal static class AsOfCheck
{
    public static void Run(WorkspaceInputs inputs, IMarketDataStore market, ReportRequest request, DiagnosticBag diagnostics)
    {
        var index = inputs.Settings.HeadlineIndex;
        if (!request.AsOfStated || !market.LastCloses([index], request.AsOf).TryGetValue(index, out var last))
        {
            // No close at all before the as-of date: the market review says so for every index.
            return;
        }

        int days = request.AsOf.DayNumber - last.Date.DayNumber;
        var allowed = inputs.Settings.StaleAfterDays;
        if (days > allowed)
        {
            // A date from the settings is located there; one given with the request has no file, and the caller names it.
            var (file, line) = inputs.Settings.AsOf == request.AsOf ? (SettingsReader.FileName, inputs.SettingsFile.LineOf("as_of")) : ("", 0);
            diagnostics.Add(new Diagnostic(file, line, "as_of", ReaderMessages.PastTheData(InputDates.Format(request.AsOf), index, InputDates.Format(last.Date), days, allowed))
            {
                Concerns = RequestValue.AsOf,
            });
        }
    }
}
