using System.Globalization;

namespace SectorScope.FactCheckMutation;

/// <summary>Mutants by kind and outcome, paraphrases by outcome, and the targets they are judged by.</summary>
public sealed class Score
{
    private readonly SortedDictionary<string, Dictionary<Outcome, int>> _mutants = new(StringComparer.Ordinal);
    private readonly Dictionary<Outcome, int> _paraphrases = [];

    public List<(string Name, int Claims)> Narratives { get; } = [];

    public List<string> Misses { get; } = [];

    public List<string> ParaphraseProblems { get; } = [];

    public void Add(string kind, Outcome outcome)
    {
        if (!_mutants.TryGetValue(kind, out var counts))
        {
            _mutants[kind] = counts = [];
        }

        counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
    }

    public void AddParaphrase(Outcome outcome) => _paraphrases[outcome] = _paraphrases.GetValueOrDefault(outcome) + 1;

    private int Mutants(Outcome? outcome = null) => _mutants.Values.Sum(c => outcome is { } o ? c.GetValueOrDefault(o) : c.Values.Sum());

    private int Paraphrases(Outcome? outcome = null) => outcome is { } o ? _paraphrases.GetValueOrDefault(o) : _paraphrases.Values.Sum();

    /// <summary>Caught: the check reports an error (不符/措辞错误) or leaves the changed number unchecked, either of which stops <c>report</c>.</summary>
    public double CaughtRate => Mutants() == 0 ? 0 : (double)(Mutants(Outcome.Error) + Mutants(Outcome.Unchecked)) / Mutants();

    public double ParaphrasesUncheckedRate => Paraphrases() == 0 ? 0 : (double)Paraphrases(Outcome.Unchecked) / Paraphrases();

    public bool MeetsTargets =>
        Mutants() >= 300 && Paraphrases() >= 100 && CaughtRate >= 0.99 && Mutants(Outcome.Silent) == 0 && Mutants(Outcome.Crash) == 0
        && Paraphrases(Outcome.Error) == 0 && Paraphrases(Outcome.Crash) == 0 && ParaphrasesUncheckedRate <= 0.02;

    public void Print(TextWriter w)
    {
        static string Pct(double r) => (r * 100).ToString("F1", CultureInfo.InvariantCulture) + "%";
        w.WriteLine("narratives: " + string.Join(", ", Narratives.Select(n => $"{n.Name} ({n.Claims} claims, all agree)")));
        w.WriteLine($"{"kind",-22}{"mutants",8}{"error",8}{"unchecked",10}{"silent",8}{"crash",7}");
        foreach (var (kind, c) in _mutants)
        {
            w.WriteLine($"{kind,-22}{c.Values.Sum(),8}{c.GetValueOrDefault(Outcome.Error),8}{c.GetValueOrDefault(Outcome.Unchecked),10}{c.GetValueOrDefault(Outcome.Silent),8}{c.GetValueOrDefault(Outcome.Crash),7}");
        }

        w.WriteLine($"{"all",-22}{Mutants(),8}{Mutants(Outcome.Error),8}{Mutants(Outcome.Unchecked),10}{Mutants(Outcome.Silent),8}{Mutants(Outcome.Crash),7}");
        w.WriteLine($"mutants caught: {Mutants(Outcome.Error) + Mutants(Outcome.Unchecked)}/{Mutants()} = {Pct(CaughtRate)} "
            + $"(as 不符/措辞错误 {Pct((double)Mutants(Outcome.Error) / Math.Max(1, Mutants()))}, as 未能核对 {Pct((double)Mutants(Outcome.Unchecked) / Math.Max(1, Mutants()))}); "
            + $"silent misses {Mutants(Outcome.Silent)}; crashes {Mutants(Outcome.Crash)}");
        w.WriteLine($"paraphrases: {Paraphrases()}, all agree {Paraphrases(Outcome.Silent)}, false alarms {Paraphrases(Outcome.Error)}, "
            + $"left unchecked {Paraphrases(Outcome.Unchecked)} = {Pct(ParaphrasesUncheckedRate)}, crashes {Paraphrases(Outcome.Crash)}");
        foreach (var miss in Misses)
        {
            w.WriteLine("  missed: " + miss);
        }

        foreach (var problem in ParaphraseProblems)
        {
            w.WriteLine("  paraphrase: " + problem);
        }

        w.WriteLine(MeetsTargets ? "targets met" : "TARGETS MISSED (caught ≥ 99%, silent 0, crashes 0, false alarms 0, paraphrases unchecked ≤ 2%, ≥ 300 mutants, ≥ 100 paraphrases)");
    }
}
