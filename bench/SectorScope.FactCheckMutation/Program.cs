using SectorScope.FactCheckMutation;

// The fact-check against single-number mutants and correct paraphrases of three narratives:
//   dotnet run -c Release --project bench/SectorScope.FactCheckMutation
// Prints the score; exits 1 when a target is missed (caught ≥ 99%, silent misses 0, false alarms 0,
// crashes 0, paraphrases left unchecked ≤ 2%). Not timed: it measures what the check lets through.
var verbose = args.Contains("--verbose");
var bench = MutationBench.Create();
try
{
    var score = bench.Run(verbose ? Console.Out : TextWriter.Null);
    score.Print(Console.Out);
    return score.MeetsTargets ? 0 : 1;
}
finally
{
    bench.Dispose();
}
