using System.Collections.Concurrent;
using System.Text.Json;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>Stored conversation references, one per conversation, under <see cref="KeyPrefix"/>.</summary>
public sealed class ConversationReferences(IStateStore store)
{
    public const string KeyPrefix = "teams/conversation/";

    // Every turn saves its reference, which is nearly always the one already stored: remember what this process
    // stored so an unchanged reference costs no database round trip.
    private readonly ConcurrentDictionary<string, ConversationReference> _saved = new(StringComparer.Ordinal);

    public static string KeyOf(string conversationId) => KeyPrefix + ConversationReference.WithoutThread(conversationId);

    public async Task<ConversationReference?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        var item = await store.ReadAsync(KeyOf(conversationId), cancellationToken);
        return item is null ? null : Deserialize(item.Json);
    }

    public async Task<IReadOnlyList<ConversationReference>> ListAsync(CancellationToken cancellationToken)
    {
        var items = await store.ListAsync(KeyPrefix, cancellationToken);
        return [.. items.Select(i => Deserialize(i.Json)).OfType<ConversationReference>()];
    }

    /// <summary>The 1:1 chat with a user (by Teams user id or Entra object id), for reminders sent to one person.</summary>
    public async Task<ConversationReference?> FindPersonalChatAsync(string userId, CancellationToken cancellationToken)
    {
        var all = await ListAsync(cancellationToken);
        return all.FirstOrDefault(r => r.ConversationType == "personal" && (r.UserId == userId || r.UserAadObjectId == userId));
    }

    /// <summary>Saves the reference; writes only when it changed, and the last writer wins.</summary>
    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        var key = KeyOf(reference.ConversationId);
        if (_saved.TryGetValue(key, out var saved) && saved == reference)
        {
            return;
        }
        var existing = await store.ReadAsync(key, cancellationToken);
        if (existing is null || Deserialize(existing.Json) != reference)
        {
            var json = JsonSerializer.Serialize(reference, TeamsJsonContext.Default.ConversationReference);
            await store.WriteAsync(key, json, "*", cancellationToken);
        }
        _saved[key] = reference;
    }

    private static ConversationReference? Deserialize(string json) =>
        JsonSerializer.Deserialize(json, TeamsJsonContext.Default.ConversationReference);
}
