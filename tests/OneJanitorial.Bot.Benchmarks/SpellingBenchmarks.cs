using BenchmarkDotNet.Attributes;
using OneJanitorial.Bot.Sop.Knowledge;
using OneJanitorial.Bot.Sop.Search;

namespace OneJanitorial.Bot.Benchmarks;

/// <summary>
/// Spelling correction of one question against the manual's vocabulary, as the SOP search runs it before every query:
/// a question of real words beside the manual's word pairs (the in-context check), one with typos (the automaton),
/// and one with neither.
/// </summary>
[Config(typeof(BenchmarkSettings))]
[MemoryDiagnoser]
public class SpellingBenchmarks
{
    private KnowledgeBase _knowledge = null!;
    private SpellingCorrector _speller = null!;

    [Params(
        "how many google reviews should we ask for per weak and when do we send the request",
        "whats the priorty for a missed clen",
        "how long do I have to close a ticket?")]
    public string Question { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _knowledge = ManualKnowledge.Create(ManualKnowledge.Options());
        _speller = _knowledge.Current.Index.Speller;
    }

    [GlobalCleanup]
    public void Cleanup() => _knowledge.Dispose();

    [Benchmark(Description = "correct one question")]
    public string Correct() => _speller.CorrectText(Question).Text;
}
