using System.Security.Cryptography;
using System.Text.Json;
using SectorScope.Rendering.Json;
using SectorScope.Workspace;

namespace SectorScope.Pipeline;

public sealed record ManifestFile(string Path, string Sha256);

public sealed record ManifestInput(string Path, string Kind, string Sha256);

/// <summary><c>manifest.json</c>: what went in (files and hashes, settings), what came out, and the tool version.</summary>
public sealed record Manifest(string Tool, string Version, string Period, string AsOf, WorkspaceSettings Settings, IReadOnlyList<ManifestInput> Inputs, IReadOnlyList<ManifestFile> Outputs)
{
    public static string ToolVersion => typeof(Manifest).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <param name="hashes">Hashes the ingest already has, by path; any other input is hashed here.</param>
    /// <param name="history">The history entry the report was compared against, relative to the workspace: an input like any other.</param>
    /// <param name="shared">The market data files read from a shared store, when the workspace names one.</param>
    public static Manifest Of(WorkspaceInputs inputs, IReadOnlyDictionary<string, string> hashes, string period, string asOf, IEnumerable<(string Path, byte[] Bytes)> outputs,
        string? history = null, IReadOnlyList<ManifestInput>? shared = null) => new(
        "sectorscope",
        ToolVersion,
        period,
        asOf,
        inputs.Settings,
        [.. inputs.Files.Select(f => new ManifestInput(f.File.RelativePath, f.File.Kind.ToString(), hashes.GetValueOrDefault(f.File.RelativePath) ?? f.Read().Sha256)),
            .. history is null ? [] : new[] { new ManifestInput(history, "History", WorkspaceReader.Hash(Path.Combine(inputs.Root, history))) },
            .. shared ?? []],
        [.. outputs.OrderBy(o => o.Path, StringComparer.Ordinal).Select(o => new ManifestFile(o.Path, Convert.ToHexStringLower(SHA256.HashData(o.Bytes))))]);

    public string ToJson() => JsonSerializer.Serialize(this, ReportJson.Options) + "\n";
}
