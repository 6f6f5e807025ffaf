using SectorScope.Workspace;
namespace SectorScope.Tests.Support;

/// <summary>Paths inside the repository checkout the tests run from.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string DemoWorkspace => Path.Combine(Root, "samples", "internet-2024-11");

    public static string TestData(params string[] parts) => Path.Combine([Root, "tests", "SectorScope.Tests", .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SectorScope.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("SectorScope.slnx not found above the test binaries");
    }

    /// <summary>Copies a workspace to a temporary folder so a test's store and outputs never touch the checkout.</summary>
    public static string CopyToTemp(string workspace)
    {
        var target = Path.Combine(Path.GetTempPath(), "sectorscope-tests", Guid.NewGuid().ToString("N"));
        WorkspaceCopy.Copy(workspace, target);
        return target;
    }
}
