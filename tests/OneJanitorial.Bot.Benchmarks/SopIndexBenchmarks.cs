using BenchmarkDotNet.Attributes;
using OneJanitorial.Bot.Sop.Knowledge;

namespace OneJanitorial.Bot.Benchmarks;

/// <summary>Reading, parsing, splitting and indexing the manual and glossary, as a re-index does (target ≤ 300 ms).</summary>
[Config(typeof(BenchmarkSettings))]
[MemoryDiagnoser]
public class SopIndexBenchmarks
{
    private KnowledgeBase _knowledge = null!;

    [GlobalSetup]
    public void Setup() => _knowledge = ManualKnowledge.Create(ManualKnowledge.Options());

    [GlobalCleanup]
    public void Cleanup() => _knowledge.Dispose();

    [Benchmark(Description = "build index of the manual")]
    public KnowledgeSnapshot BuildIndex() => _knowledge.Reload();
}
