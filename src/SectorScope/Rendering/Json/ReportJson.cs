using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using SectorScope.Reporting.Model;

namespace SectorScope.Rendering.Json;

/// <summary>Serialises the report model as <c>report.json</c>: stable property order, shortest round-trip numbers.</summary>
public static class ReportJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        // The file is data, not HTML: keep Chinese readable. HTML output encodes on its own.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Serialize(ReportModel model) => JsonSerializer.Serialize(model, Options) + "\n";

    public static ReportModel? Deserialize(string json) => JsonSerializer.Deserialize<ReportModel>(json, Options);
}
