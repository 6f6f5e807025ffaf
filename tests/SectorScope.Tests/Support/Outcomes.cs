using SectorScope.Workspace;

namespace SectorScope.Tests.Support;

/// <summary>Asserting on rejected input, which the core returns as a value.</summary>
public static class Outcomes
{
    /// <summary>The rejection; fails the test when the input was accepted.</summary>
    public static Rejection Refused<T>(this Outcome<T> outcome) =>
        outcome.Rejected ?? throw new Xunit.Sdk.XunitException($"expected the input to be rejected, but it was accepted: {outcome}");

    /// <summary>The rejection as the lines a user reads.</summary>
    public static IReadOnlyList<string> Lines(this Rejection rejection) => [.. rejection.Diagnostics.Select(d => d.ToString())];
}
