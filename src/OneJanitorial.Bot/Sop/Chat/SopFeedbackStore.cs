using System.Text.Json;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Sop.Answers;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Sop.Chat;

/// <summary>
/// Answered questions and their votes, in the state store under <see cref="KeyPrefix"/>. Without a
/// registered <see cref="IStateStore"/> answers still work and nothing is recorded.
/// </summary>
public sealed class SopFeedbackStore(TimeProvider time, IStateStore? store = null)
{
    public const string KeyPrefix = "sop/feedback/";

    public bool IsAvailable => store is not null;

    /// <summary>Records an answer before any vote (so unanswered questions reach the report); returns its question id.</summary>
    public async Task<string> RecordAnswerAsync(SopAnswer answer, TurnUser user, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (store is null)
        {
            return Guid.CreateVersion7(now).ToString("N");
        }
        // Version-7 ids sort by time, so the report lists questions in the order they were asked.
        var id = Guid.CreateVersion7(now).ToString("N");
        var feedback = new SopFeedback(id, answer.Question, answer.Text, answer.Covered, answer.Citations, user.Id, user.Name, now);
        await store.WriteAsync(KeyPrefix + id, Serialize(feedback), expectedETag: null, cancellationToken);
        return id;
    }

    /// <summary>Sets the vote; returns null when the question id is unknown. A concurrent write is retried once.</summary>
    public async Task<SopFeedback?> VoteAsync(string questionId, string vote, CancellationToken cancellationToken)
    {
        for (var attempt = 0; store is not null; attempt++)
        {
            var item = await store.ReadAsync(KeyPrefix + questionId, cancellationToken);
            if (item is null)
            {
                return null;
            }
            var updated = Deserialize(item.Json) with { Vote = vote, VotedAt = time.GetUtcNow() };
            try
            {
                await store.WriteAsync(item.Key, Serialize(updated), item.ETag, cancellationToken);
                return updated;
            }
            catch (ConcurrencyException) when (attempt == 0)
            {
            }
        }
        return null;
    }

    public async Task<IReadOnlyList<SopFeedback>> ListAsync(CancellationToken cancellationToken) =>
        store is null ? [] : [.. (await store.ListAsync(KeyPrefix, cancellationToken)).Select(i => Deserialize(i.Json))];

    private static string Serialize(SopFeedback feedback) => JsonSerializer.Serialize(feedback, SopJsonContext.Default.SopFeedback);

    private static SopFeedback Deserialize(string json) =>
        JsonSerializer.Deserialize(json, SopJsonContext.Default.SopFeedback) ?? throw new JsonException("Empty feedback record.");
}
