namespace SectorScope.Tests.Samples;

/// <summary>A fully qualified use with no <c>using</c> line: the kind of dependency a search of using lines misses.</summary>
internal static class FullyQualifiedConsole
{
    public static void Write(string text) => global::System.Console.Out.Write(text);
}

/// <summary>A clock read inside a lambda: the compiler moves it into a generated type nested in this one.</summary>
internal static class ClockInALambda
{
    public static Func<long> Ticks(long offset) => () => System.DateTime.UtcNow.Ticks + offset;
}
