using SectorScope.Workspace;

namespace SectorScope.Reporting;

/// <summary>What to report on: the month and the as-of date of prices and valuation.</summary>
/// <param name="AsOfStated">True when the as-of date was given (with the request, or <c>as_of</c> for the settings' period), not the period's last day by default.</param>
public sealed record ReportRequest(ReportPeriod Period, DateOnly AsOf, bool AsOfStated = false)
{
    /// <summary>Months of index history drawn in the index figures.</summary>
    public const int HistoryMonths = 12;

    /// <summary>The language the report is written in.</summary>
    public ReportLanguage Language { get; init; }

    /// <summary>The request from explicit options, falling back to the workspace settings.</summary>
    public static ReportRequest Resolve(WorkspaceSettings settings, ReportPeriod? period, DateOnly? asOf, DiagnosticBag diagnostics)
    {
        var p = period ?? settings.Period;
        if (p is null)
        {
            // The caller adds how its own users give a period with the request (the command line names its option).
            diagnostics.Add(new Diagnostic(SettingsReader.FileName, 0, "period", "no period: set 'period' in sectorscope.yaml") { Concerns = RequestValue.Period });
            return new ReportRequest(default, default);
        }

        // The settings' as_of belongs to the settings' period; another month defaults to its own last day.
        var a = asOf ?? (p == settings.Period ? settings.AsOf : null) ?? p.Value.End;
        if (a < p.Value.Start)
        {
            diagnostics.Add(SettingsReader.FileName, 0, "as_of", $"as-of date {InputDates.Format(a)} lies before the period {p}");
        }

        return new ReportRequest(p.Value, a, asOf is not null || (p == settings.Period && settings.AsOf is not null));
    }
}
