using System.Text.Json;

namespace SectorScope.Import;

/// <summary>One bar of a chart feed: its index in <c>timestamp[]</c>, its date in the exchange's time zone, and its closes.</summary>
public readonly record struct ChartBar(int Index, DateOnly Date, double? Close, double? AdjClose);

/// <summary>The series a public chart endpoint returns for one symbol.</summary>
public sealed record ChartSeries(string Symbol, string? Currency, string? Name, string TimeZone, IReadOnlyList<ChartBar> Bars);

/// <summary>
/// Reads the JSON of a Yahoo-style chart endpoint: <c>chart.result[0]</c> with <c>meta.symbol</c>,
/// <c>meta.currency</c>, <c>meta.exchangeTimezoneName</c> (or the fixed <c>meta.gmtoffset</c> in seconds),
/// <c>timestamp[]</c> in Unix seconds, <c>indicators.quote[0].close[]</c> and
/// <c>indicators.adjclose[0].adjclose[]</c>. Each timestamp is dated in the exchange's own zone: a Hong Kong
/// bar stamped at local midnight is 16:00 UTC of the day before.
/// </summary>
public static class ChartJson
{
    /// <summary>Parses <paramref name="bytes"/>; a problem is returned as a message (and the JSON path it is at).</summary>
    public static (ChartSeries? Series, string? Error) Read(byte[] bytes)
    {
        try
        {
            using var doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
            return Read(doc.RootElement);
        }
        catch (JsonException e)
        {
            return (null, $"不是有效的 JSON（第 {e.LineNumber + 1} 行）");
        }
        catch (ArgumentException)
        {
            return (null, "不是有效的 UTF-8 JSON");
        }
    }

    private static (ChartSeries?, string?) Read(JsonElement root)
    {
        if (!root.TryGetProperty("chart", out var chart) || chart.ValueKind != JsonValueKind.Object)
        {
            return (null, "不是行情图表 JSON（缺少 chart）");
        }

        if (chart.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
        {
            var description = error.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : error.GetRawText();
            return (null, $"数据源返回错误：{description}");
        }

        if (!chart.TryGetProperty("result", out var results) || results.ValueKind != JsonValueKind.Array || results.GetArrayLength() == 0
            || results[0].ValueKind != JsonValueKind.Object)
        {
            return (null, "chart.result 为空");
        }

        var result = results[0];
        if (!result.TryGetProperty("meta", out var meta) || meta.ValueKind != JsonValueKind.Object || String(meta, "symbol") is not { Length: > 0 } symbol)
        {
            return (null, "chart.result[0].meta.symbol 缺失");
        }

        var zone = Zone(meta);
        if (zone is null)
        {
            return (null, "meta 中没有 exchangeTimezoneName 或 gmtoffset，无法确定交易所时区");
        }

        var stamps = Array(result, "timestamp");
        if (stamps is null)
        {
            return (null, "timestamp 缺失");
        }

        var closes = result.TryGetProperty("indicators", out var indicators) && indicators.ValueKind == JsonValueKind.Object ? First(indicators, "quote", "close") : null;
        var adjusted = indicators.ValueKind == JsonValueKind.Object ? First(indicators, "adjclose", "adjclose") : null;
        if (closes is null && adjusted is null)
        {
            return (null, "indicators 中既没有 close 也没有 adjclose");
        }

        var bars = new List<ChartBar>(stamps.Count);
        for (int i = 0; i < stamps.Count; i++)
        {
            if (stamps[i] is not { } seconds || seconds is < -2208988800 or > 7258118400)
            {
                return (null, $"timestamp[{i}] 不是 Unix 秒数");
            }

            var local = TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds((long)seconds), zone.Value.Zone);
            bars.Add(new ChartBar(i, DateOnly.FromDateTime(local.DateTime), At(closes, i), At(adjusted, i)));
        }

        var name = String(meta, "longName") ?? String(meta, "shortName");
        return (new ChartSeries(symbol, String(meta, "currency"), name, zone.Value.Name, bars), null);
    }

    private static (TimeZoneInfo Zone, string Name)? Zone(JsonElement meta)
    {
        if (String(meta, "exchangeTimezoneName") is { Length: > 0 } name && TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone))
        {
            return (zone, name);
        }

        if (meta.TryGetProperty("gmtoffset", out var offset) && offset.ValueKind == JsonValueKind.Number && offset.TryGetInt32(out var seconds) && Math.Abs(seconds) <= 14 * 3600)
        {
            var span = TimeSpan.FromSeconds(seconds);
            return (TimeZoneInfo.CreateCustomTimeZone($"UTC{span}", span, $"UTC{span}", $"UTC{span}"), $"UTC{(seconds < 0 ? "-" : "+")}{span:hh\\:mm}");
        }

        return null;
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static List<double?>? First(JsonElement indicators, string list, string field) =>
        indicators.TryGetProperty(list, out var items) && items.ValueKind == JsonValueKind.Array && items.GetArrayLength() > 0
            && items[0].ValueKind == JsonValueKind.Object ? Array(items[0], field) : null;

    private static List<double?>? Array(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return [.. array.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) && double.IsFinite(d) ? d : (double?)null)];
    }

    private static double? At(List<double?>? values, int i) => values is not null && i < values.Count ? values[i] : null;
}
