using System.Security.Cryptography;
using System.Text;
using SectorScope.Store;
using SectorScope.Workspace;

namespace SectorScope.Pipeline;

/// <summary>
/// What the store held when the last run closed it: each stored file's path, size, time and hash (as its ingest recorded them)
/// and the store's own file and log, kept in <c>.sectorscope/stamps/store.txt</c>. While the workspace lists the same stored
/// files, each passing the ingest's own test for an unchanged file (<see cref="InputStamp"/>) and nothing wrote to the store
/// since (its files' size and time), an ingest would find nothing to do: a report then need not open the store to learn so,
/// and with every answer kept (<see cref="AnswerCache"/>) it opens no store at all. The file ends with the SHA-256 of what
/// precedes it and names the build; any other file is ignored.
/// </summary>
internal static class StoreStamp
{
    private const string Folder = "stamps";
    private const string FileName = "store.txt";
    private static readonly string Build = typeof(StoreStamp).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static bool IsStored(InputKind kind) => StoreSchema.SingleFileTables.ContainsKey(kind) || StoreSchema.MultiFileTables.ContainsKey(kind);

    /// <summary>The hash of every stored file by path when the store is known to be up to date with <paramref name="inputs"/>; else null.</summary>
    public static IReadOnlyDictionary<string, string>? UpToDate(WorkspaceInputs inputs)
    {
        if (KeptFiles.In(inputs.Root, Folder, keep: 1).Read(FileName) is not { } bytes || Parse(bytes) is not { } stamp)
        {
            return null;
        }

        var stored = inputs.Files.Where(f => IsStored(f.File.Kind)).ToArray();
        if (stored.Length != stamp.Files.Count || stored.Any(f => !stamp.Files.TryGetValue(f.File.RelativePath, out var s) || !InputStamp.Same(inputs.Root, s))
            || InputStamp.StoreNow(inputs.Root) != stamp.Store || InputStamp.StoreLogNow(inputs.Root) != stamp.Log)
        {
            return null;
        }

        return stamp.Files.ToDictionary(kv => kv.Key, kv => kv.Value.Sha256, StringComparer.Ordinal);
    }

    /// <summary>Records the store as up to date with <paramref name="inputs"/>, whose stored files have <paramref name="hashes"/>; call with the store closed.</summary>
    public static void Write(WorkspaceInputs inputs, IReadOnlyDictionary<string, string> hashes)
    {
        var files = KeptFiles.In(inputs.Root, Folder, keep: 1);
        var stored = inputs.Files.Where(f => IsStored(f.File.Kind)).ToArray();
        if (InputStamp.StoreNow(inputs.Root) is not { } store || stored.Any(f => !hashes.ContainsKey(f.File.RelativePath)))
        {
            files.Clear();
            return;
        }

        var text = new StringBuilder(Build).Append('\n');
        Line(text, store);
        Line(text, InputStamp.StoreLogNow(inputs.Root) ?? new StampedFile("-", 0, 0, ""));
        foreach (var f in stored)
        {
            Line(text, new StampedFile(f.File.RelativePath, f.Length, f.LastWriteTicks, hashes[f.File.RelativePath]));
        }

        var body = Encoding.UTF8.GetBytes(text.ToString());
        files.Write((FileName, [.. body, .. Encoding.ASCII.GetBytes(Convert.ToHexStringLower(SHA256.HashData(body)) + "\n")]));
    }

    /// <summary>Forgets the store's state (a run that may change the store without recording it).</summary>
    public static void Clear(string workspace) => KeptFiles.In(workspace, Folder, keep: 1).Clear();

    private static void Line(StringBuilder text, StampedFile f) => text.Append(f.Path).Append('\t').Append(f.Length).Append('\t').Append(f.Ticks).Append('\t').Append(f.Sha256).Append('\n');

    private sealed record Parsed(StampedFile Store, StampedFile? Log, Dictionary<string, StampedFile> Files);

    private static Parsed? Parse(byte[] bytes)
    {
        // The last line is the SHA-256 (64 hex digits and a newline) of everything before it.
        const int Trailer = 65;
        if (bytes.Length < Trailer || Encoding.ASCII.GetString(bytes, bytes.Length - Trailer, Trailer) != Convert.ToHexStringLower(SHA256.HashData(bytes.AsSpan(0, bytes.Length - Trailer))) + "\n")
        {
            return null;
        }

        var lines = Encoding.UTF8.GetString(bytes, 0, bytes.Length - Trailer).Split('\n');
        if (lines.Length < 4 || lines[0] != Build || lines[^1].Length != 0)
        {
            return null;
        }

        var parsed = lines[1..^1].Select(ParseLine).ToArray();
        if (parsed.Any(p => p is null))
        {
            return null;
        }

        var files = new Dictionary<string, StampedFile>(StringComparer.Ordinal);
        foreach (var f in parsed.Skip(2))
        {
            if (!files.TryAdd(f!.Path, f))
            {
                return null;
            }
        }

        return new Parsed(parsed[0]!, parsed[1]!.Path == "-" ? null : parsed[1], files);
    }

    private static StampedFile? ParseLine(string line) =>
        line.Split('\t') is [var path, var length, var ticks, var sha] && long.TryParse(length, out var l) && long.TryParse(ticks, out var t) ? new StampedFile(path, l, t, sha) : null;
}
