using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using OneJanitorial.Bot.Sop.Answers;
using OneJanitorial.Bot.Sop.Knowledge;
using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Benchmarks;

/// <summary>SOP answering without an LLM, in process: the time to answer one question (target: p50 ≤ 2 ms).</summary>
[Config(typeof(BenchmarkSettings))]
[MemoryDiagnoser]
public class SopBenchmarks
{
    private KnowledgeBase _knowledge = null!;
    private SopAnswerer _answerer = null!;

    [Params(
        "how long do I have to close a ticket?",
        "what's R1",
        "cleaner has 2 issues already what do I do",
        "can I ask for a google review now?",
        "how do I fix the HVAC in a client building")]
    public string Question { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var options = ManualKnowledge.Options();
        _knowledge = ManualKnowledge.Create(options);
        _answerer = new SopAnswerer(new SopSearch(_knowledge), options, NullLogger<SopAnswerer>.Instance);
        _ = _knowledge.Current;
    }

    [GlobalCleanup]
    public void Cleanup() => _knowledge.Dispose();

    [Benchmark(Description = "answer one question")]
    public Task<SopAnswer> Answer() => _answerer.AnswerAsync(Question, CancellationToken.None);
}
