using System.Text;

namespace SectorScope.Tests.Support;

/// <summary>
/// Snapshot tests against reviewed files in the repository. A difference, or a missing file, writes the actual
/// text beside the expected file as <c>NAME.received.EXT</c> and fails; nothing ever overwrites an expected file.
/// To accept a change, review the received file (<c>git diff --no-index NAME.EXT NAME.received.EXT</c>) and move it
/// over the expected one.
/// </summary>
public static class Snapshot
{
    /// <summary>The received file that belongs beside <paramref name="expectedPath"/>.</summary>
    public static string ReceivedPath(string expectedPath) =>
        Path.Combine(Path.GetDirectoryName(expectedPath)!, $"{Path.GetFileNameWithoutExtension(expectedPath)}.received{Path.GetExtension(expectedPath)}");

    public static bool IsReceived(string path) => Path.GetFileNameWithoutExtension(path).EndsWith(".received", StringComparison.Ordinal);

    /// <summary>Asserts that <paramref name="actual"/> equals the file's text.</summary>
    public static void Match(string expectedPath, string actual)
    {
        if (Compare(expectedPath, actual) is { } problem)
        {
            Assert.Fail(problem);
        }
    }

    /// <summary>
    /// Compares every named part of one output with the files of <paramref name="folder"/>, writing a received file
    /// for each that differs, and fails once listing them all. An expected file no part matches fails too: a
    /// section that went away is a change to review like any other.
    /// </summary>
    public static void MatchAll(string folder, IReadOnlyList<(string Name, string Text)> parts)
    {
        var problems = parts.Select(p => Compare(Path.Combine(folder, p.Name), p.Text)).OfType<string>().ToList();
        var names = parts.Select(p => p.Name.Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
        IEnumerable<string> stale = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => !IsReceived(f))
                .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Where(f => !names.Contains(f)).Order(StringComparer.Ordinal)
            : [];
        problems.AddRange(stale.Select(f => $"{Relative(Path.Combine(folder, f))}: expected, but the output has no such part (delete the file if that is intended)"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static string? Compare(string expectedPath, string actual)
    {
        var received = ReceivedPath(expectedPath);
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return null;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(received)!);
        File.WriteAllText(received, actual, new UTF8Encoding(false));
        return expected is null
            ? $"{Relative(expectedPath)}: no snapshot yet; review {Relative(received)} and move it there to accept it"
            : $"{Relative(expectedPath)}: differs at {FirstDifference(expected, actual)}; review {Relative(received)} and move it over the expected file to accept it";
    }

    /// <summary>The first line that differs, both versions shown.</summary>
    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var x = i < e.Length ? e[i] : "(end of file)";
            var y = i < a.Length ? a[i] : "(end of file)";
            if (x != y)
            {
                return $"line {i + 1}:\n  expected: {Clip(x)}\n  received: {Clip(y)}";
            }
        }

        return "the end of the file";
    }

    private static string Clip(string line) => line.Length <= 200 ? line : line[..200] + "…";

    private static string Relative(string path) => Path.GetRelativePath(Repository.Root, path);
}
