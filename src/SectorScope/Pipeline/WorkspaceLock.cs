using System.Diagnostics;
using System.Globalization;
using SectorScope.Workspace;

namespace SectorScope.Pipeline;

/// <summary>
/// One run at a time per workspace: <c>.sectorscope/lock</c> held open exclusively (an advisory <c>flock</c>, which the
/// system drops when the holder exits or is killed, so a killed run never leaves the workspace locked). A second run waits
/// for the first, up to a timeout, instead of meeting DuckDB's own file lock or a store, history or report half replaced.
/// </summary>
public sealed class WorkspaceLock : IDisposable
{
    public const string FileName = "lock";

    /// <summary>How the message to a waiting run begins, so that a console shows it even where progress is not shown.</summary>
    public const string WaitingNotice = "工作区正被另一个 sectorscope 进程";

    /// <summary>Who holds the lock, for the message of the one waiting: a plain file, since the lock file itself cannot be read while held.</summary>
    private const string OwnerFileName = "lock.owner";

    /// <summary>
    /// The IOException of a lock held elsewhere: on Unix .NET passes flock's errno EWOULDBLOCK (11 on Linux, 35 on macOS)
    /// as the HResult; on Windows it is ERROR_SHARING_VIOLATION.
    /// </summary>
    private static bool IsHeldElsewhere(IOException e) => e.HResult is 11 or 35 or unchecked((int)0x80070020);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    private readonly FileStream _file;

    private WorkspaceLock(FileStream file) => _file = file;

    /// <summary>How long a run waits for another one on the same workspace (the CLI sets it from SECTORSCOPE_LOCK_TIMEOUT).</summary>
    public static TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Waits for the workspace, then repairs what runs killed earlier left there.</summary>
    /// <param name="waiting">Told once, in the user's words, when another run holds the workspace.</param>
    /// <exception cref="WorkspaceBusyException">Another run still held it after <see cref="Timeout"/>.</exception>
    public static WorkspaceLock Acquire(string workspace, Action<string>? waiting = null)
    {
        var folder = Path.Combine(workspace, WorkspaceCopy.CacheFolder);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        var clock = Stopwatch.StartNew();
        bool told = false;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive flock on Unix: it fails at once while another process (or another call) holds it.
                var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                TryWrite(Path.Combine(folder, OwnerFileName), string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId}\n"));
                var held = new WorkspaceLock(file);
                WorkspaceDebris.Clean(workspace);
                return held;
            }
            catch (IOException e) when (IsHeldElsewhere(e))
            {
                var owner = Owner(folder);
                if (clock.Elapsed >= Timeout)
                {
                    throw new WorkspaceBusyException(workspace, owner, Timeout);
                }

                if (!told)
                {
                    waiting?.Invoke($"{WaitingNotice}（{owner}）使用，等待它结束…");
                    told = true;
                }

                Thread.Sleep(Poll);
            }
        }
    }

    private static string Owner(string folder)
    {
        try
        {
            var text = File.ReadAllText(Path.Combine(folder, OwnerFileName)).Trim();
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? $"PID {pid.ToString(CultureInfo.InvariantCulture)}" : "PID 未知";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "PID 未知";
        }
    }

    private static void TryWrite(string path, string text)
    {
        try
        {
            File.WriteAllText(path, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only the waiting run's message loses the holder's id.
        }
    }

    public void Dispose() => _file.Dispose();
}

/// <summary>Another run held the workspace for longer than the lock's timeout; nothing was done.</summary>
public sealed class WorkspaceBusyException(string workspace, string owner, TimeSpan timeout) : Exception(
    string.Create(CultureInfo.InvariantCulture,
        $"工作区 {workspace} 正被另一个 sectorscope 进程（{owner}）使用，已等待 {timeout.TotalSeconds:0} 秒仍未结束；请待其完成后重试（等待时间由环境变量 SECTORSCOPE_LOCK_TIMEOUT 设定，单位秒）"));
