using System.Text.Json;
using System.Threading.Channels;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// Acknowledged Slack work, persisted before the ack so nothing accepted is lost: <c>slack/inbox/{id}</c> is
/// created once (a second delivery of the same id is refused by the store's create-only write, across restarts),
/// processed by <see cref="SlackInboxWorker"/>, then kept as done for <see cref="DedupeWindow"/> so Slack's retries
/// (up to about 5 minutes later) still find it.
/// </summary>
public sealed class SlackInbox(IStateStore store, TimeProvider clock)
{
    public const string KeyPrefix = "slack/inbox/";
    public static readonly TimeSpan DedupeWindow = TimeSpan.FromMinutes(30);

    private readonly Channel<SlackWork> _queue = Channel.CreateUnbounded<SlackWork>();

    public ChannelReader<SlackWork> Pending => _queue.Reader;

    /// <summary>Stores and queues the work; false when the same id was already accepted (a redelivery).</summary>
    public async Task<bool> AcceptAsync(SlackWork work, CancellationToken cancellationToken)
    {
        try
        {
            await store.WriteAsync(KeyOf(work.Id), Serialize(new InboxEntry(work, null)), null, cancellationToken);
        }
        catch (ConcurrencyException)
        {
            return false;
        }
        _queue.Writer.TryWrite(work);
        return true;
    }

    /// <summary>Queues again the work accepted but not finished before a restart; returns how many.</summary>
    public async Task<int> RequeueUnfinishedAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var item in await store.ListAsync(KeyPrefix, cancellationToken))
        {
            if (Deserialize(item.Json) is { DoneAt: null } entry)
            {
                _queue.Writer.TryWrite(entry.Work);
                count++;
            }
        }
        return count;
    }

    public Task MarkDoneAsync(SlackWork work, CancellationToken cancellationToken) =>
        store.WriteAsync(KeyOf(work.Id), Serialize(new InboxEntry(work, clock.GetUtcNow())), "*", cancellationToken);

    /// <summary>Deletes done work older than <see cref="DedupeWindow"/>.</summary>
    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - DedupeWindow;
        foreach (var item in await store.ListAsync(KeyPrefix, cancellationToken))
        {
            if (Deserialize(item.Json) is { DoneAt: { } done } && done < cutoff)
            {
                await DeleteAsync(item, cancellationToken);
            }
        }
    }

    private async Task DeleteAsync(StoredItem item, CancellationToken cancellationToken)
    {
        try
        {
            await store.DeleteAsync(item.Key, item.ETag, cancellationToken);
        }
        catch (ConcurrencyException)
        {
            // written again since it was listed: the next sweep looks at it
        }
    }

    private static string KeyOf(string id) => KeyPrefix + Uri.EscapeDataString(id);

    private static string Serialize(InboxEntry entry) => JsonSerializer.Serialize(entry, SlackJsonContext.Default.InboxEntry);

    private static InboxEntry? Deserialize(string json) => JsonSerializer.Deserialize(json, SlackJsonContext.Default.InboxEntry);
}
