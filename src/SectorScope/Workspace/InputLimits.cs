using System.Globalization;

namespace SectorScope.Workspace;

/// <summary>
/// The largest input of each kind that is read, and the bounds on what one value may be. A larger
/// file is refused, naming it and its size, before it is read, so no input can make a run take
/// gigabytes of memory or minutes of time. The README lists the same numbers.
/// </summary>
public static class InputLimits
{
    public const long MiB = 1024 * 1024;

    /// <summary>Settings, taxonomy, headlines, narrative, disclaimer and history files: hand-written text.</summary>
    public const long TextFileBytes = 1 * MiB;

    /// <summary>Reference and research tables (securities, indices, coverage, forecasts, FX, valuations, series).</summary>
    public const long TableFileBytes = 64 * MiB;

    /// <summary>One price file (years of daily closes of a whole market fit in far less).</summary>
    public const long PriceFileBytes = 512 * MiB;

    /// <summary>One news file (JSON lines, RSS or Atom).</summary>
    public const long NewsFileBytes = 64 * MiB;

    /// <summary>The firm's Word template, and a Word report given to <c>check --docx</c>.</summary>
    public const long WordFileBytes = 64 * MiB;

    /// <summary>A news item's title, source, link, company and tag, in characters.</summary>
    public const int NewsFieldChars = 2_000;

    /// <summary>A news item's body, in characters (a long article is some ten thousand).</summary>
    public const int NewsBodyChars = 200_000;

    /// <summary>Nesting of YAML flow collections (<c>[</c>, <c>{</c>) and JSON values; the inputs need three or four.</summary>
    public const int MaxNesting = 64;

    /// <summary>The largest magnitude of a number in a table file: beyond it a report could not print it (decimal holds 7.9e28) or derived values overflow.</summary>
    public const double MaxMagnitude = 1e15;

    /// <summary>The smallest non-zero magnitude: dividing by less gives values no report can print.</summary>
    public const double MinMagnitude = 1e-6;

    /// <summary>Dates of every input lie in these years.</summary>
    public static readonly DateOnly FirstDate = new(1900, 1, 1);

    public static readonly DateOnly LastDate = new(2100, 12, 31);

    /// <summary>The size limit of a file of <paramref name="kind"/>.</summary>
    public static long For(InputKind kind) => kind switch
    {
        InputKind.Prices => PriceFileBytes,
        InputKind.News => NewsFileBytes,
        InputKind.WordTemplate => WordFileBytes,
        InputKind.Securities or InputKind.Indices or InputKind.Valuations or InputKind.Fx or InputKind.Coverage or InputKind.Forecasts or InputKind.Series => TableFileBytes,
        _ => TextFileBytes,
    };

    /// <summary>"64 MiB", "1 MiB".</summary>
    public static string Describe(long bytes) => (bytes / MiB).ToString(CultureInfo.InvariantCulture) + " MiB";

    /// <summary>The reason a number is refused, or null when a report can show it.</summary>
    public static string? OutOfRange(double value) =>
        value != 0 && (Math.Abs(value) > MaxMagnitude || Math.Abs(value) < MinMagnitude)
            ? ReaderMessages.OutOfRange(value)
            : null;

    /// <summary>True for a date in 1900–2100.</summary>
    public static bool InRange(DateOnly date) => date >= FirstDate && date <= LastDate;
}
