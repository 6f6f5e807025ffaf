using System.Runtime.InteropServices;
using System.Text;

namespace SectorScope.Workspace;

/// <summary>What a path is on disk, found without opening it.</summary>
public enum FileKindOf
{
    Missing,
    Regular,
    Directory,

    /// <summary>A FIFO, socket or device: opening one for reading can block for ever (a FIFO) or never end (/dev/zero).</summary>
    Special,
}

/// <summary>
/// The type of a file from <c>stat(2)</c>. .NET's public API reports a FIFO or a device as an ordinary file,
/// and opening a FIFO to look would block until a writer comes, so the type is asked of the runtime's own
/// native shim (libSystem.Native, shipped with every .NET runtime), whose status record begins with
/// flags and the POSIX mode on every platform.
/// </summary>
public static class FileKind
{
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;

    /// <summary>The kind of <paramref name="path"/>, links followed.</summary>
    public static FileKindOf Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return Directory.Exists(path) ? FileKindOf.Directory : File.Exists(path) ? FileKindOf.Regular : FileKindOf.Missing;
        }

        // The status record is 100-odd bytes; a larger buffer leaves room for fields later runtimes add.
        var status = new byte[512];
        var name = Encoding.UTF8.GetBytes(path + "\0");
        if (Stat(name, status) != 0)
        {
            return FileKindOf.Missing;
        }

        return (BitConverter.ToInt32(status, 4) & TypeMask) switch
        {
            RegularType => FileKindOf.Regular,
            DirectoryType => FileKindOf.Directory,
            _ => FileKindOf.Special,
        };
    }

    // DllImport rather than LibraryImport: the generated marshaller would need unsafe code for two byte arrays.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat(byte[] path, byte[] status);
}
