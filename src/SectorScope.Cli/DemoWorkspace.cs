namespace SectorScope.Cli;

/// <summary>Finds the bundled demo workspace: the repository's copy when run from a checkout, else the one shipped beside the binary.</summary>
public static class DemoWorkspace
{
    public const string Name = "internet-2024-11";

    public static string Locate()
    {
        var fromCheckout = Path.Combine(Directory.GetCurrentDirectory(), "samples", Name);
        return Directory.Exists(fromCheckout) ? fromCheckout : Bundled;
    }

    public static string Bundled => Path.Combine(AppContext.BaseDirectory, "samples", Name);
}
