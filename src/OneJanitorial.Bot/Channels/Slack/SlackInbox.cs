using System.Text.Json;
using System.Threading.Channels;
using OneJanitorial.Bot.Storage;

namespace OneJanitorial.Bot.Channels.Slack;

/// <summary>
/// Acknowledged Slack work, persisted before the ack so nothing accepted is lost: <c>slack/inbox/{id}</c> is
/// created once (a second delivery of the same id is refused by the store's create-only write, across restarts),
/// processed by <see cref="SlackInboxWorker"/>, then kept as done for <see cref="DedupeWindow"/> so Slack's retries
/// (up to about 5 minutes later) still find it. The instance that accepts an item claims it; an item whose claim is
/// older than the worker's stale limit (its instance stopped mid-turn) is claimed again by one instance, using the
/// store's ETag, so two instances on one database never both run it.
/// </summary>
public sealed class SlackInbox(IStateStore store, TimeProvider clock)
{
    public const string KeyPrefix = "slack/inbox/";
    public static readonly TimeSpan DedupeWindow = TimeSpan.FromMinutes(30);

    private readonly Channel<SlackWork> _queue = Channel.CreateUnbounded<SlackWork>();
    private readonly string _instance = Guid.NewGuid().ToString("N");

    public ChannelReader<SlackWork> Pending => _queue.Reader;

    /// <summary>Stores and queues the work; false when the same id was already accepted (a redelivery).</summary>
    public async Task<bool> AcceptAsync(SlackWork work, CancellationToken cancellationToken)
    {
        if (!await HoldAsync(work, cancellationToken))
        {
            return false;
        }
        _queue.Writer.TryWrite(work);
        return true;
    }

    /// <summary>
    /// Stores the work claimed by this instance without queueing it (the caller runs it now, then marks it done): if
    /// this instance stops first, it is taken on as stale. False when the same id was already stored.
    /// </summary>
    public async Task<bool> HoldAsync(SlackWork work, CancellationToken cancellationToken)
    {
        try
        {
            await store.WriteAsync(KeyOf(work.Id), Serialize(new InboxEntry(work, null, clock.GetUtcNow(), _instance)), null, cancellationToken);
            return true;
        }
        catch (ConcurrencyException)
        {
            return false;
        }
    }

    /// <summary>
    /// Claims and queues the unfinished work whose claim is older than <paramref name="staleAfter"/> (accepted before a
    /// restart, or by an instance that stopped); returns how many.
    /// </summary>
    public async Task<int> ClaimStaleAsync(TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var count = 0;
        foreach (var item in await store.ListAsync(KeyPrefix, cancellationToken))
        {
            if (Deserialize(item.Json) is { DoneAt: null } entry && !(entry.ClaimedAt > now - staleAfter)
                && await TryWriteAsync(item, entry with { ClaimedAt = now, ClaimedBy = _instance }, cancellationToken))
            {
                _queue.Writer.TryWrite(entry.Work);
                count++;
            }
        }
        return count;
    }

    /// <summary>
    /// Renews this instance's claim just before running the work; false when it is done or another instance took it
    /// over meanwhile (it waited in the queue past the stale limit), so it must not run here.
    /// </summary>
    public async Task<bool> TryStartAsync(SlackWork work, CancellationToken cancellationToken)
    {
        var item = await store.ReadAsync(KeyOf(work.Id), cancellationToken);
        return item is not null && Deserialize(item.Json) is { DoneAt: null } entry && entry.ClaimedBy == _instance
            && await TryWriteAsync(item, entry with { ClaimedAt = clock.GetUtcNow() }, cancellationToken);
    }

    /// <summary>Counts a failed attempt (this instance keeps the claim) and returns how many failed so far.</summary>
    public async Task<int> RecordFailureAsync(SlackWork work, CancellationToken cancellationToken)
    {
        var stored = await ReadEntryAsync(work, cancellationToken);
        var entry = stored with { DoneAt = null, ClaimedAt = clock.GetUtcNow(), ClaimedBy = _instance, Attempts = stored.Attempts + 1 };
        await store.WriteAsync(KeyOf(work.Id), Serialize(entry), "*", cancellationToken);
        return entry.Attempts;
    }

    /// <summary>How many pages of the follow-up <paramref name="work"/> were posted by earlier attempts.</summary>
    public async Task<int> PagesPostedAsync(SlackWork work, CancellationToken cancellationToken) =>
        (await ReadEntryAsync(work, cancellationToken)).PagesPosted;

    /// <summary>Records that the first <paramref name="pages"/> pages of the follow-up were posted (this instance keeps the claim).</summary>
    public async Task RecordPagesPostedAsync(SlackWork work, int pages, CancellationToken cancellationToken)
    {
        var stored = await ReadEntryAsync(work, cancellationToken);
        var entry = stored with { ClaimedAt = clock.GetUtcNow(), ClaimedBy = _instance, PagesPosted = pages };
        await store.WriteAsync(KeyOf(work.Id), Serialize(entry), "*", cancellationToken);
    }

    private async Task<InboxEntry> ReadEntryAsync(SlackWork work, CancellationToken cancellationToken) =>
        await store.ReadAsync(KeyOf(work.Id), cancellationToken) is { } item && Deserialize(item.Json) is { } entry
            ? entry
            : new InboxEntry(work, null, null, null);

    /// <summary>Queues work this instance holds again (its retry is due).</summary>
    public void Requeue(SlackWork work) => _queue.Writer.TryWrite(work);

    public Task MarkDoneAsync(SlackWork work, CancellationToken cancellationToken) =>
        store.WriteAsync(KeyOf(work.Id), Serialize(new InboxEntry(work, clock.GetUtcNow(), null, _instance)), "*", cancellationToken);

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

    private async Task<bool> TryWriteAsync(StoredItem item, InboxEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await store.WriteAsync(item.Key, Serialize(entry), item.ETag, cancellationToken);
            return true;
        }
        catch (ConcurrencyException)
        {
            return false; // another instance claimed or finished it first
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
