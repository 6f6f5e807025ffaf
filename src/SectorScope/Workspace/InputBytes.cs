namespace SectorScope.Workspace;

/// <summary>
/// The one way an input file is read: its real path must lie inside the workspace, it must be a regular
/// file (its type is looked up before it is opened, so a FIFO never blocks and /dev/zero is never read)
/// and no larger than its limit. A refusal is a diagnostic that names the file and never prints
/// anything of a file outside the workspace.
/// </summary>
public static class InputBytes
{
    /// <summary>The checked real path of <paramref name="relative"/>, or null with a diagnostic.</summary>
    public static string? Check(string root, string relative, long limit, DiagnosticBag diagnostics)
    {
        if (WorkspacePaths.Confine(root, relative, out var problem) is not { } real)
        {
            diagnostics.Add(relative, 0, "file", problem!);
            return null;
        }

        return CheckFile(real, relative, limit, diagnostics);
    }

    /// <summary>
    /// The type and size checks alone, for a file the user names outside the workspace (<c>check --docx</c>):
    /// <paramref name="path"/> when it is a regular file within <paramref name="limit"/>, else null with a
    /// diagnostic about <paramref name="shown"/>.
    /// </summary>
    public static string? CheckFile(string path, string shown, long limit, DiagnosticBag diagnostics)
    {
        switch (FileKind.Of(path))
        {
            case FileKindOf.Missing:
                diagnostics.Add(shown, 0, "file", ReaderMessages.FileMissing);
                return null;
            case FileKindOf.Regular:
                break;
            default:
                diagnostics.Add(shown, 0, "file", ReaderMessages.NotRegularFile);
                return null;
        }

        var length = new FileInfo(path).Length;
        if (length > limit)
        {
            diagnostics.Add(shown, 0, "file", TooLarge(length, limit));
            return null;
        }

        return path;
    }

    /// <summary>The bytes of <paramref name="relative"/>, or null with a diagnostic.</summary>
    public static byte[]? Read(string root, string relative, long limit, DiagnosticBag diagnostics)
    {
        if (Check(root, relative, limit, diagnostics) is not { } real)
        {
            return null;
        }

        // Read no more than the limit even if the file grows meanwhile.
        using var stream = new FileStream(real, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                diagnostics.Add(relative, 0, "file", TooLarge(buffer.Length, limit));
                return null;
            }
        }

        return buffer.ToArray();
    }

    public static byte[]? Read(string root, InputFile file, DiagnosticBag diagnostics) => Read(root, file.RelativePath, InputLimits.For(file.Kind), diagnostics);

    private static string TooLarge(long length, long limit) =>
        ReaderMessages.TooLarge(length, InputLimits.Describe(limit));
}
