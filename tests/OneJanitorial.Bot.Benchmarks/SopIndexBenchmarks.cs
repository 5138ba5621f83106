using BenchmarkDotNet.Attributes;
using OneJanitorial.Bot.Sop.Knowledge;
using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Benchmarks;

/// <summary>
/// Reading, parsing, splitting and indexing the manual and glossary, as a re-index does; and the same plus loading the
/// passage vectors from the on-disk cache (target ≤ 1 s). The embedding model is loaded once in setup, not measured.
/// </summary>
[Config(typeof(BenchmarkSettings))]
[MemoryDiagnoser]
public class SopIndexBenchmarks
{
    private KnowledgeBase _knowledge = null!;
    private LocalEmbeddingGenerator _embeddings = null!;
    private SopSearch _search = null!;

    [GlobalSetup]
    public void Setup()
    {
        _knowledge = ManualKnowledge.Create(ManualKnowledge.Options());
        _embeddings = new LocalEmbeddingGenerator();
        _embeddings.Load();
        _search = new SopSearch(_knowledge, embeddings: _embeddings);
        // Fills the vector cache, so each measured build finds every passage there.
        _search.WarmAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _knowledge.Dispose();
        _embeddings.Dispose();
    }

    [Benchmark(Description = "build index of the manual")]
    public KnowledgeSnapshot BuildIndex() => _knowledge.Reload();

    [Benchmark(Description = "build index + load cached passage vectors")]
    public async Task BuildIndexAndLoadVectors()
    {
        _knowledge.Reload();
        await _search.WarmAsync(CancellationToken.None);
    }
}
