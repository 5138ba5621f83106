using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Sop.Knowledge;

namespace OneJanitorial.Bot.Sop.Answers;

/// <summary>
/// The SOP answerer as chat and the CLI call it: the last <see cref="KnowledgeOptions.AnswerCacheSize"/> distinct
/// questions' answers are kept per knowledge snapshot (CSRs ask the same questions all day), so a repeated question
/// costs no retrieval. The key is the question trimmed and lower-cased (the search reads case-insensitively; spacing
/// is kept, it can change how a question is read); a re-index starts an empty cache. Off when the size is 0, and
/// when a model writes the answers (<see cref="ISopAnswerWriter"/>): a model reply that fell back to the extractive
/// answer for a passing reason (a timeout) must not be pinned, and each model call stays counted.
/// </summary>
public sealed class SopAnswerCache(
    SopAnswerer answerer,
    KnowledgeBase knowledge,
    IOptions<KnowledgeOptions> options,
    ISopAnswerWriter? writer = null,
    SopMetrics? metrics = null)
{
    /// <summary>A longer question (pasted text, not one CSRs repeat) is answered but not kept, so the kept keys stay small.</summary>
    public const int MaxKeptQuestionLength = 500;

    private readonly int _size = writer is null ? options.Value.AnswerCacheSize : 0;
    private Generation? _generation;

    /// <summary>Answers kept for the latest snapshot asked about.</summary>
    public int Count => Volatile.Read(ref _generation)?.Answers.Count ?? 0;

    public async Task<SopAnswer> AnswerAsync(string question, CancellationToken cancellationToken)
    {
        if (_size == 0 || question.Length > MaxKeptQuestionLength)
        {
            return await answerer.AnswerAsync(question, cancellationToken);
        }
        var answers = AnswersOf(await knowledge.WhenReadyAsync(cancellationToken));
        var key = question.Trim().ToLowerInvariant();
        if (answers.TryGetValue(key, out SopAnswer? cached) && cached is not null)
        {
            metrics?.Answered(cached.Covered ? SopAnswerOutcome.Covered : SopAnswerOutcome.Declined);
            return cached with { Question = question.Trim() };
        }
        var answer = await answerer.AnswerAsync(question, cancellationToken);
        answers.Set(key, answer, new MemoryCacheEntryOptions { Size = 1 });
        return answer;
    }

    // The snapshot's own cache; a new snapshot (re-index) replaces it. An answer computed while a re-index swapped the
    // snapshot is stored under the older one, which nobody reads again.
    private MemoryCache AnswersOf(KnowledgeSnapshot snapshot)
    {
        while (true)
        {
            var current = Volatile.Read(ref _generation);
            if (current is not null && ReferenceEquals(current.Snapshot, snapshot))
            {
                return current.Answers;
            }
            var next = new Generation(snapshot, new MemoryCache(new MemoryCacheOptions { SizeLimit = _size }));
            if (ReferenceEquals(Interlocked.CompareExchange(ref _generation, next, current), current))
            {
                return next.Answers;
            }
        }
    }

    private sealed record Generation(KnowledgeSnapshot Snapshot, MemoryCache Answers);
}
