using SectorScope.Analytics;
using SectorScope.Reporting.Wordings;

namespace SectorScope.Reporting;

public sealed partial class ReportBuilder
{
    /// <summary>
    /// The forecast years of a table of companies: each company's own fiscal years and, per column, its header. A column
    /// whose companies all show the same year is headed by it (2024E; FY2025E once a company's year ends in another month
    /// than December); companies whose fiscal years end in different months can show different years in one column, which
    /// is then headed FY1, FY2 (the first and second year still forecast) and the note says which year each one is.
    /// </summary>
    /// <param name="Note">The sentence to append to the table's note (with its leading gap); null for calendar-year companies only.</param>
    private sealed record ForecastYearColumns(IReadOnlyList<string> Headers, IReadOnlyDictionary<string, IReadOnlyList<int>> Years, string? Note);

    private ForecastYearColumns YearColumnsOf(IReadOnlyList<string> codes)
    {
        var years = codes.Distinct(StringComparer.Ordinal).ToDictionary(c => c, c => YearsOf(FyEndOf(c)), StringComparer.Ordinal);
        var count = years.Count == 0 ? ShownYearCount : years.Values.Max(y => y.Count);
        var fiscal = codes.Any(c => FyEndOf(c) != 12);
        var ordinal = Enumerable.Range(0, count).Any(k => years.Values.Select(y => y[k]).Distinct().Count() > 1);
        var headers = Enumerable.Range(0, count).Select(k => ordinal
            ? _w.ForecastOrdinalColumn(k + 1)
            : _w.ForecastYearColumn(years.Count == 0 ? YearsOf(12)[k] : years.Values.First()[k], fiscal)).ToArray();
        if (!fiscal || count == 0)
        {
            return new ForecastYearColumns(headers, years, null);
        }

        // One clause per fiscal year end, in calendar order of the month; December (calendar-year) companies last.
        var groups = codes.Distinct(StringComparer.Ordinal).GroupBy(FyEndOf).OrderBy(g => g.Key == 12 ? 13 : g.Key)
            .Select(g => new FiscalYearGroup(g.Key, [.. g.Select(Universe.NameOf)], years[g.First()])).ToArray();
        return new ForecastYearColumns(headers, years, _w.SentenceGap + _w.FiscalYearNote(groups, ordinal, _data.Request.AsOf));
    }

    /// <summary>
    /// The fiscal years a company shows: forecast_years when set (the same labels for every company), else the first two
    /// of its fiscal years that end after the as-of date; none when the workspace has no forecasts at all.
    /// </summary>
    private IReadOnlyList<int> YearsOf(int fyEnd) =>
        Settings.ForecastYears.Count > 0 ? [.. Settings.ForecastYears.Take(2)]
        : _data.Forecasts.Count == 0 ? []
        : FiscalYears.EndingAfter(_data.Request.AsOf, fyEnd, 2);

    private int ShownYearCount => YearsOf(12).Count;

    /// <summary>A company's fiscal year end; a company no longer in securities.csv (dropped coverage) counts as a calendar year.</summary>
    private int FyEndOf(string code) => Universe.Security(code)?.FyEnd ?? 12;
}
