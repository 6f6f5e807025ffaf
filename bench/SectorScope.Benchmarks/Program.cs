using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/SectorScope.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
