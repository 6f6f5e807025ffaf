namespace SectorScope.Import;

/// <summary>The formats import reads, told by the file's first bytes before its extension.</summary>
public enum SourceFormat
{
    Xlsx,
    Xls,
    Json,
    Text,
}

public static class SourceFile
{
    public static SourceFormat Sniff(string path)
    {
        Span<byte> head = stackalloc byte[8];
        int n;
        using (var stream = File.OpenRead(path))
        {
            n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        head = head[..n];
        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return SourceFormat.Xlsx;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            return SourceFormat.Xls;
        }

        var trimmed = head.TrimStart((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n', 0xEF, 0xBB, 0xBF]);
        return trimmed.Length > 0 && trimmed[0] == (byte)'{' ? SourceFormat.Json : SourceFormat.Text;
    }

    /// <summary>Opens a tabular source; throws <see cref="SourceUnreadableException"/> with the user's message.</summary>
    public static ISheetSource OpenSheet(string path, SourceFormat format, string? sheet)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            return format switch
            {
                SourceFormat.Xlsx => ExcelSource.Open(stream, ".xlsx", sheet),
                SourceFormat.Xls => ExcelSource.Open(stream, ".xls", sheet),
                _ => DelimitedSource.Open(stream, tabHint: path.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase)),
            };
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }
}
