using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using OneJanitorial.Bot.Sop.Answers;
using OneJanitorial.Bot.Sop.Knowledge;
using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Benchmarks;

/// <summary>
/// SOP answering without an LLM, in process: the time to answer one question once the index and passage vectors are
/// loaded (targets: p50 ≤ 10 ms with semantic retrieval on, ≤ 2 ms with it off).
/// </summary>
[Config(typeof(BenchmarkSettings))]
[MemoryDiagnoser]
public class SopBenchmarks
{
    private KnowledgeBase _knowledge = null!;
    private SopAnswerer _answerer = null!;
    private LocalEmbeddingGenerator? _embeddings;

    [Params(true, false)]
    public bool Semantic { get; set; }

    [Params(
        "how long do I have to close a ticket?",
        "what's R1",
        "explain the three strike policy",
        "whats the priorty for a missed clen",
        "how do I fix the HVAC in a client building")]
    public string Question { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var options = ManualKnowledge.Options();
        _knowledge = ManualKnowledge.Create(options);
        _embeddings = Semantic ? new LocalEmbeddingGenerator() : null;
        var search = new SopSearch(_knowledge, embeddings: _embeddings);
        _answerer = new SopAnswerer(search, options, NullLogger<SopAnswerer>.Instance);
        search.WarmAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _knowledge.Dispose();
        _embeddings?.Dispose();
    }

    [Benchmark(Description = "answer one question")]
    public Task<SopAnswer> Answer() => _answerer.AnswerAsync(Question, CancellationToken.None);
}
