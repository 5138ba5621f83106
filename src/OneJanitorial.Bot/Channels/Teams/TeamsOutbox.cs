using System.Text.Json;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// Teams replies the Bot Connector could not take, kept in the state store until <see cref="TeamsOutboxSender"/> delivers
/// them: <c>teams/outbox/{conversation}/{activity id}/{message number}</c>, so a turn run again (a redelivery, a restart)
/// keeps the same message under the same key, once (<see cref="IStateStore.TryCreateAsync"/>). A conversation's messages
/// go in the order kept (<see cref="OutboxMessage.Sequence"/>); while it has any, its later replies are kept behind them
/// instead of being sent (<see cref="HasPendingAsync"/>). A sender claims a conversation's first message by writing it
/// under its ETag (<see cref="TryClaimAsync"/>) and removes it under the ETag of that claim once the connector took it, so
/// two instances never both send it; a claim older than the sender's claim timeout (its instance stopped) is taken over.
/// A proactive message (<see cref="OutboxMessage.DeliveryKey"/>) is not removed once done with but marked done
/// (<see cref="TryMarkDoneAsync"/>), so its key stays taken and the same delivery is not kept again (<see cref="IsKeptAsync"/>).
/// On SQLite (one instance) which conversations have messages is known in memory, loaded once; on PostgreSQL, which
/// several instances share, it is read from the store.
/// </summary>
/// <param name="shared">True when other instances use the store too (PostgreSQL).</param>
public sealed class TeamsOutbox(IStateStore store, TeamsMetrics metrics, TimeProvider clock, bool shared)
{
    public const string KeyPrefix = "teams/outbox/";
    public static readonly TimeSpan FirstRetryDelay = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(5);

    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _kept = new(0);
    private Task<Dictionary<string, int>>? _counts; // conversation -> messages kept (this process alone uses the store)

    /// <summary>Whether the conversation has replies waiting in the outbox: a new reply must wait behind them.</summary>
    public async Task<bool> HasPendingAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (shared)
        {
            return (await store.ListAsync(PrefixOf(conversationId), cancellationToken)).Any(item => Deserialize(item.Json).DoneAt is null);
        }
        var counts = await CountsAsync(cancellationToken);
        lock (_lock)
        {
            return counts.GetValueOrDefault(conversationId) > 0;
        }
    }

    /// <summary>
    /// Keeps message <paramref name="ordinal"/> of turn <paramref name="turnId"/> at the end of its conversation's queue
    /// (nothing when the same key is kept already); an update in place (<see cref="OutboxMessage.ReplacesMessageId"/>) is
    /// numbered apart from the turn's new messages. <paramref name="tried"/>: the connector just failed it, so it waits
    /// <see cref="FirstRetryDelay"/>; else it only queues behind the conversation's earlier messages.
    /// </summary>
    public async Task KeepAsync(OutboxMessage message, string turnId, int ordinal, bool tried, CancellationToken cancellationToken)
    {
        var prefix = PrefixOf(message.ConversationId);
        var counts = shared ? null : await CountsAsync(cancellationToken);
        var queued = await store.ListAsync(prefix, cancellationToken);
        var last = queued.Select(item => Deserialize(item.Json).Sequence).DefaultIfEmpty(0).Max();
        var now = clock.GetUtcNow();
        var kept = message with { Sequence = last + 1, QueuedAt = now, NextAttemptAt = tried ? now + FirstRetryDelay : now };
        if (!await store.TryCreateAsync(KeyOf(message, turnId, ordinal), Serialize(kept), cancellationToken))
        {
            return; // kept by an earlier run of the turn
        }
        if (counts is not null)
        {
            Count(counts, message.ConversationId, +1);
        }
        metrics.ReplyKept();
        _kept.Release();
    }

    /// <summary>Whether the message is kept under that key already: to be sent, or (a proactive message) sent or given up.</summary>
    public async Task<bool> IsKeptAsync(OutboxMessage message, string turnId, int ordinal, CancellationToken cancellationToken) =>
        await store.ReadAsync(KeyOf(message, turnId, ordinal), cancellationToken) is not null;

    /// <summary>Every conversation's kept messages, each conversation's in the order they go.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<KeptMessage>>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await store.ListAsync(KeyPrefix, cancellationToken))
            .Select(item => new KeptMessage(item, Deserialize(item.Json)))
            .GroupBy(kept => kept.Message.ConversationId, StringComparer.Ordinal)
            .Select(queue => (IReadOnlyList<KeptMessage>)[.. queue.OrderBy(kept => kept.Message.Sequence).ThenBy(kept => kept.Item.Key, StringComparer.Ordinal)])];

    /// <summary>Claims the message for this sender (it is written with <see cref="OutboxMessage.ClaimedAt"/> now); null when another sender changed it first.</summary>
    public Task<KeptMessage?> TryClaimAsync(KeptMessage kept, CancellationToken cancellationToken) =>
        TryWriteAsync(kept, kept.Message with { ClaimedAt = clock.GetUtcNow() }, cancellationToken);

    /// <summary>Releases a claimed message to be tried again after a failed send, at <paramref name="nextAttemptAt"/>.</summary>
    public Task<KeptMessage?> PostponeAsync(KeptMessage claimed, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken) =>
        TryWriteAsync(claimed, claimed.Message with { Attempts = claimed.Message.Attempts + 1, NextAttemptAt = nextAttemptAt, ClaimedAt = null }, cancellationToken);

    /// <summary>
    /// Gives a claimed message back unsent and with no try counted (its sender stops before it is done with it), for any
    /// sender to take at once; null when another sender changed it first.
    /// </summary>
    public Task<KeptMessage?> ReleaseAsync(KeptMessage claimed, CancellationToken cancellationToken) =>
        TryWriteAsync(claimed, claimed.Message with { ClaimedAt = null }, cancellationToken);

    /// <summary>Removes the message (sent, given up, or done long enough) unless it changed since <paramref name="kept"/> was read; false then.</summary>
    public async Task<bool> TryRemoveAsync(KeptMessage kept, CancellationToken cancellationToken)
    {
        // Loaded before the delete, so the count it is taken from includes the message.
        var counts = shared ? null : await CountsAsync(cancellationToken);
        try
        {
            await store.DeleteAsync(kept.Item.Key, kept.Item.ETag, cancellationToken);
        }
        catch (ConcurrencyException)
        {
            return false;
        }
        Uncount(counts, kept);
        return true;
    }

    /// <summary>
    /// Marks the claimed message done (sent, or given up) in one write, as a record that its key was delivered; false when
    /// it changed since <paramref name="claimed"/> was read. <see cref="TryRemoveAsync"/> removes the record later.
    /// </summary>
    public async Task<bool> TryMarkDoneAsync(KeptMessage claimed, CancellationToken cancellationToken)
    {
        var counts = shared ? null : await CountsAsync(cancellationToken);
        if (await TryWriteAsync(claimed, claimed.Message with { ClaimedAt = null, DoneAt = clock.GetUtcNow() }, cancellationToken) is null)
        {
            return false;
        }
        Uncount(counts, claimed);
        return true;
    }

    /// <summary>Waits until a message is kept, or at most <paramref name="timeout"/> of the bot's clock.</summary>
    public async Task WaitForKeptAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAny(_kept.WaitAsync(wake.Token), Task.Delay(timeout, clock, wake.Token));
        await wake.CancelAsync(); // the other wait ends unobserved
        cancellationToken.ThrowIfCancellationRequested();
        while (_kept.Wait(0))
        {
            // one pass looks at every message kept by now
        }
    }

    /// <summary>How long a message waits before its next try after <paramref name="failures"/> failed sends: 5 s, doubling up to 5 min.</summary>
    public static TimeSpan RetryDelay(int failures)
    {
        var delay = FirstRetryDelay * Math.Pow(2, Math.Min(failures - 1, 10));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }

    private async Task<KeptMessage?> TryWriteAsync(KeptMessage kept, OutboxMessage changed, CancellationToken cancellationToken)
    {
        try
        {
            var etag = await store.WriteAsync(kept.Item.Key, Serialize(changed), kept.Item.ETag, cancellationToken);
            return new KeptMessage(kept.Item with { ETag = etag }, changed);
        }
        catch (ConcurrencyException)
        {
            return null; // another sender claimed, sent or gave it up first
        }
    }

    private void Uncount(Dictionary<string, int>? counts, KeptMessage kept)
    {
        if (counts is not null && kept.Message.DoneAt is null)
        {
            Count(counts, kept.Message.ConversationId, -1);
        }
    }

    private void Count(Dictionary<string, int> counts, string conversationId, int change)
    {
        lock (_lock)
        {
            var count = counts.GetValueOrDefault(conversationId) + change;
            if (count > 0)
            {
                counts[conversationId] = count;
            }
            else
            {
                counts.Remove(conversationId);
            }
        }
    }

    private async Task<Dictionary<string, int>> CountsAsync(CancellationToken cancellationToken)
    {
        Task<Dictionary<string, int>> loading;
        lock (_lock)
        {
            loading = _counts is { IsFaulted: false, IsCanceled: false } known ? known : _counts = LoadCountsAsync();
        }
        return await loading.WaitAsync(cancellationToken);
    }

    private async Task<Dictionary<string, int>> LoadCountsAsync()
    {
        var items = await store.ListAsync(KeyPrefix, CancellationToken.None);
        return items.Select(item => Deserialize(item.Json)).Where(message => message.DoneAt is null)
            .GroupBy(message => message.ConversationId, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
    }

    private static string PrefixOf(string conversationId) => KeyPrefix + Uri.EscapeDataString(conversationId) + "/";

    /// <summary>An update in place (<see cref="OutboxMessage.ReplacesMessageId"/>) is numbered apart from the turn's new messages.</summary>
    private static string KeyOf(OutboxMessage message, string turnId, int ordinal) =>
        $"{PrefixOf(message.ConversationId)}{Uri.EscapeDataString(turnId)}/{(message.ReplacesMessageId is null ? "" : "update-")}{ordinal}";

    private static string Serialize(OutboxMessage message) => JsonSerializer.Serialize(message, TeamsJsonContext.Default.OutboxMessage);

    private static OutboxMessage Deserialize(string json) =>
        JsonSerializer.Deserialize(json, TeamsJsonContext.Default.OutboxMessage) ?? throw new JsonException("An empty outbox message.");
}
