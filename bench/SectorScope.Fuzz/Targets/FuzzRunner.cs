using System.Diagnostics;

namespace SectorScope.Fuzz;

/// <summary>What a fuzz run of one target found.</summary>
/// <param name="Crashes">Inputs that raised an exception other than a rejection, with it (at most the first five kept).</param>
public sealed record FuzzCount(string Target, int Cases, int Accepted, int Rejected, int CrashCount, int Hangs, IReadOnlyList<(byte[] Input, string Exception)> Crashes, TimeSpan Elapsed);

/// <summary>
/// Runs a target on inputs drawn from one seed. An input is accepted, rejected with diagnostics, a crash (any
/// other exception), or a hang (no answer within the timeout given).
/// </summary>
public static class FuzzRunner
{
    public static FuzzCount Run(FuzzTarget target, int cases, int seed, TimeSpan timeout)
    {
        var input = new FuzzInput(seed);
        var clock = Stopwatch.StartNew();
        int accepted = 0, rejected = 0, crashCount = 0, hangs = 0;
        var crashes = new List<(byte[], string)>();
        for (int i = 0; i < cases; i++)
        {
            var bytes = target.Make?.Invoke(input, target.Seeds) ?? input.For(target.Seeds);
            var run = Task.Run(() => target.Read(bytes) ? 1 : 0);
            try
            {
                if (!run.Wait(timeout))
                {
                    hangs++;
                    continue;
                }

                if (run.Result == 1)
                {
                    accepted++;
                }
                else
                {
                    rejected++;
                }
            }
            catch (AggregateException e)
            {
                crashCount++;
                if (crashes.Count < 5)
                {
                    crashes.Add((bytes, e.InnerException?.ToString() ?? e.ToString()));
                }
            }
        }

        return new FuzzCount(target.Name, cases, accepted, rejected, crashCount, hangs, crashes, clock.Elapsed);
    }
}
