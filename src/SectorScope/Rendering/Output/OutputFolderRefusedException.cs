namespace SectorScope.Rendering.Output;

/// <summary>The output folder asked for cannot or must not be written (it holds the workspace, other files, or is no folder); nothing was written.</summary>
public sealed class OutputFolderRefusedException(string folder, string reason) : Exception($"{folder}：{reason}")
{
    /// <summary>The folder as the user named it.</summary>
    public string Folder { get; } = folder;

    public string Reason { get; } = reason;
}
