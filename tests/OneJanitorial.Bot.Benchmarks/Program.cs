using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/OneJanitorial.Bot.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(OneJanitorial.Bot.Benchmarks.SopBenchmarks).Assembly).Run(args);
