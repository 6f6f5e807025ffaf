using SampleGenerator;

// Writes the demo workspace, then reads it back and checks every published figure.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: dotnet run --project tools/SampleGenerator -- <workspace folder>");
    return 2;
}

var root = Path.GetFullPath(args[0]);
var prices = Prices.Build();
var writers = new Writers(root);
writers.WriteAll(prices, Valuations.Build(), Fx.Build());

var verifier = Verifier.Run(WorkspaceFiles.Load(root, writers.Written));
Console.WriteLine($"wrote {writers.Written.Count} files to {root}");
foreach (var line in verifier.Lines)
{
    Console.WriteLine(line);
}

if (verifier.Failures.Count > 0)
{
    Console.Error.WriteLine($"{verifier.Failures.Count} check(s) failed");
    return 1;
}

Console.WriteLine("all published figures reproduced");
return 0;
