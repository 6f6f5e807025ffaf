namespace SectorScope.Tests.Support;

/// <summary>Two report folders compared file by file, byte for byte.</summary>
public static class SameOutput
{
    /// <summary>The files of <paramref name="folder"/>, relative to it, in ordinal order.</summary>
    public static string[] Files(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];

    /// <summary>Both folders hold the same files (those <paramref name="compared"/> keeps), a report.json among them, each with the same bytes.</summary>
    public static void AssertSameFiles(string expected, string actual, Func<string, bool>? compared = null)
    {
        var files = Files(expected).Where(compared ?? (_ => true)).ToArray();
        Assert.Contains("report.json", files);
        Assert.Equal(files, Files(actual).Where(compared ?? (_ => true)));
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), $"{file} differs");
        }
    }
}
