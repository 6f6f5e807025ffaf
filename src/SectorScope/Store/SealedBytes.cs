using System.Security.Cryptography;

namespace SectorScope.Store;

/// <summary>
/// The seal of a kept binary file (store answers, kept reports): its content followed by the SHA-256 of that content, so a
/// file cut short or changed on disk is never read back as what was kept.
/// </summary>
internal static class SealedBytes
{
    /// <summary><paramref name="content"/> followed by its SHA-256.</summary>
    public static byte[] Seal(ReadOnlySpan<byte> content)
    {
        var sealedBytes = new byte[content.Length + SHA256.HashSizeInBytes];
        content.CopyTo(sealedBytes);
        SHA256.HashData(content, sealedBytes.AsSpan(content.Length));
        return sealedBytes;
    }

    /// <summary>The length of the content before the seal, or null when the bytes do not end with the SHA-256 of what precedes it.</summary>
    public static int? ContentLength(byte[] bytes)
    {
        int length = bytes.Length - SHA256.HashSizeInBytes;
        return length >= 0 && SHA256.HashData(bytes.AsSpan(0, length)).AsSpan().SequenceEqual(bytes.AsSpan(length)) ? length : null;
    }
}
