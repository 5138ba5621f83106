using System.Text.Json;
using OneJanitorial.Bot.Sop.Answers;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Sop.Chat;

/// <summary>
/// What <c>feedback report</c> needs, in the state store under <see cref="KeyPrefix"/>: questions the SOP did not
/// cover, and answers a CSR voted on. A covered answer nobody voted on is not written (it would put a write on
/// every answer). Without a registered <see cref="IStateStore"/> answers still work and nothing is recorded.
/// </summary>
public sealed class SopFeedbackStore(TimeProvider time, IStateStore? store = null)
{
    public const string KeyPrefix = "sop/feedback/";

    public bool IsAvailable => store is not null;

    /// <summary>A new question id; version-7 ids sort by time, so the report lists questions in the order they were asked.</summary>
    public string NewQuestionId() => Guid.CreateVersion7(time.GetUtcNow()).ToString("N");

    /// <summary>When the question with this id was asked (read back from the version-7 id), or null for another id.</summary>
    public static DateTimeOffset? AskedAtOf(string questionId)
    {
        if (!Guid.TryParseExact(questionId, "N", out var id) || id.Version != 7)
        {
            return null;
        }
        var bytes = id.ToByteArray(bigEndian: true);
        var milliseconds = 0L;
        for (var i = 0; i < 6; i++)
        {
            milliseconds = (milliseconds << 8) | bytes[i];
        }
        return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
    }

    /// <summary>Stores the record as it is (a decline when answered, or an answer with its vote); the last write wins.</summary>
    public async Task SaveAsync(SopFeedback feedback, CancellationToken cancellationToken)
    {
        if (store is not null)
        {
            await store.WriteAsync(KeyPrefix + feedback.QuestionId, Serialize(feedback), SqlStateStore.AnyETag, cancellationToken);
        }
    }

    /// <summary>Sets the vote on a stored record; returns null when none is stored under the id. A concurrent write is retried once.</summary>
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
