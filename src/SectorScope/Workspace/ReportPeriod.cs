using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SectorScope.Workspace;

/// <summary>A calendar month, the unit a monthly strategy report covers.</summary>
[JsonConverter(typeof(ReportPeriodJsonConverter))]
public readonly record struct ReportPeriod : IComparable<ReportPeriod>
{
    public ReportPeriod(int year, int month)
    {
        if (year is < 1900 or > 2999 || month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), $"{year}-{month} is not a month");
        }

        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    public DateOnly Start => new(Year, Month, 1);

    public DateOnly End => Start.AddMonths(1).AddDays(-1);

    public ReportPeriod Previous => Month == 1 ? new(Year - 1, 12) : new(Year, Month - 1);

    public ReportPeriod Next => Month == 12 ? new(Year + 1, 1) : new(Year, Month + 1);

    public ReportPeriod AddMonths(int months)
    {
        var d = Start.AddMonths(months);
        return new ReportPeriod(d.Year, d.Month);
    }

    public static ReportPeriod Of(DateOnly date) => new(date.Year, date.Month);

    public static bool TryParse(string? text, out ReportPeriod period)
    {
        period = default;
        if (text is null || !DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) || !InputLimits.InRange(d))
        {
            return false;
        }

        period = new ReportPeriod(d.Year, d.Month);
        return true;
    }

    public int CompareTo(ReportPeriod other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public static bool operator <(ReportPeriod a, ReportPeriod b) => a.CompareTo(b) < 0;

    public static bool operator >(ReportPeriod a, ReportPeriod b) => a.CompareTo(b) > 0;

    public static bool operator <=(ReportPeriod a, ReportPeriod b) => a.CompareTo(b) <= 0;

    public static bool operator >=(ReportPeriod a, ReportPeriod b) => a.CompareTo(b) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}

/// <summary>Writes a period as "YYYY-MM".</summary>
public sealed class ReportPeriodJsonConverter : JsonConverter<ReportPeriod>
{
    public override ReportPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReportPeriod.TryParse(reader.GetString(), out var p) ? p : throw new JsonException("expected YYYY-MM");

    public override void Write(Utf8JsonWriter writer, ReportPeriod value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
