using System.Diagnostics;

namespace SectorScope.Store;

/// <summary>Where an ingest's time went, step by step (<c>ingest --verbose</c>); a step met again adds to its time.</summary>
public sealed class IngestSteps
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string Step, TimeSpan Elapsed)> _steps = [];

    /// <summary>Ends the current step: the time since the last mark is <paramref name="step"/>'s.</summary>
    public void Mark(string step)
    {
        var elapsed = _clock.Elapsed;
        _clock.Restart();
        int i = _steps.FindIndex(s => s.Step == step);
        if (i < 0)
        {
            _steps.Add((step, elapsed));
        }
        else
        {
            _steps[i] = (step, _steps[i].Elapsed + elapsed);
        }
    }

    public IReadOnlyList<(string Step, TimeSpan Elapsed)> Steps => [.. _steps];
}
