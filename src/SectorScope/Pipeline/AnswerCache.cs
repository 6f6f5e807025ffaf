using System.Security.Cryptography;
using System.Text;
using SectorScope.Store;

namespace SectorScope.Pipeline;

/// <summary>
/// What the workspace's store answered the last reports, kept in <c>.sectorscope/answers/</c> under the store's content: the
/// SHA-256 of every file in it (the ingest's hashes) and the build. A report over a store of the same content asks the
/// kept answers instead of the store, so a narrative edit waits for no query; a question not asked before (another
/// period, other settings) is put to the store itself. A file that cannot be read, was cut short or damaged is ignored
/// (<see cref="StoreAnswersFile"/>); one is written whole or not at all (<see cref="KeptFiles"/>). A store built anew
/// drops every kept answer first, so a cold report never reads one.
/// </summary>
internal sealed class AnswerCache(KeptFiles files)
{
    /// <summary>Stores of a few recent contents (a correction undone finds its answers again).</summary>
    private const int Kept = 4;
    private const string Folder = "answers";
    private static readonly string Build = typeof(StoreAnswers).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static AnswerCache For(string workspace) => new(KeptFiles.In(workspace, Folder, Kept));

    /// <summary>Drops every kept answer (the store was built anew).</summary>
    public static void Clear(string workspace) => KeptFiles.In(workspace, Folder, Kept).Clear();

    /// <summary>The key of a store holding exactly these files: each path with the SHA-256 of its content, and the build.</summary>
    public static string Key(IReadOnlyDictionary<string, string> storedHashes)
    {
        var text = new StringBuilder(Build).Append('\n');
        foreach (var (path, sha) in storedHashes.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            text.Append(path).Append('\0').Append(sha).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public StoreAnswers? Find(string key) => files.Read(key + ".bin") is { } bytes ? StoreAnswersFile.Read(bytes, key) : null;

    public void Keep(string key, StoreAnswers answers) => files.Write((key + ".bin", StoreAnswersFile.Write(answers, key)));
}
