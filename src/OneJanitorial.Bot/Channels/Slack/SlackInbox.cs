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
/// store's ETag, so two instances on one database never both run it. Each claim has its own token
/// (<see cref="SlackClaim"/>): every later write (starting it, a failed attempt, pages posted, done) is made only under
/// the current claim and refused once the work was claimed again, by another instance or by this one, so a stale copy
/// neither runs nor overwrites the new claimant's record.
/// </summary>
public sealed class SlackInbox(IStateStore store, TimeProvider clock)
{
    public const string KeyPrefix = "slack/inbox/";
    public static readonly TimeSpan DedupeWindow = TimeSpan.FromMinutes(30);

    private readonly Channel<SlackClaim> _queue = Channel.CreateUnbounded<SlackClaim>();

    public ChannelReader<SlackClaim> Pending => _queue.Reader;

    /// <summary>Stores and queues the work; false when the same id was already accepted (a redelivery).</summary>
    public async Task<bool> AcceptAsync(SlackWork work, CancellationToken cancellationToken)
    {
        var claim = SlackClaim.For(work);
        if (await HoldAsync(claim, cancellationToken) != SlackHold.Held)
        {
            return false;
        }
        _queue.Writer.TryWrite(claim);
        return true;
    }

    /// <summary>
    /// Stores the work under <paramref name="claim"/> without queueing it (the caller runs it now, then marks it done):
    /// if this instance stops first, it is taken on as stale. When the same id was already stored, nothing is written
    /// and the answer says whether that earlier delivery is done.
    /// </summary>
    public async Task<SlackHold> HoldAsync(SlackClaim claim, CancellationToken cancellationToken)
    {
        var work = claim.Work;
        try
        {
            await store.WriteAsync(KeyOf(work.Id), Serialize(new InboxEntry(work, null, clock.GetUtcNow(), claim.Token)), null, cancellationToken);
            return SlackHold.Held;
        }
        catch (ConcurrencyException)
        {
            return await store.ReadAsync(KeyOf(work.Id), cancellationToken) is { } item && Deserialize(item.Json) is { DoneAt: null }
                ? SlackHold.Pending
                : SlackHold.Done;
        }
    }

    /// <summary>
    /// Claims (afresh) and queues the unfinished work whose claim was last renewed more than <paramref name="staleAfter"/>
    /// ago (accepted before a restart, or by an instance that stopped); returns how many. A live holder does not wait for
    /// its conversation (work finding it busy is tried again, its claim renewed at each attempt), so its longest stretch
    /// without renewing is one turn's run after it got in, which the limit (<see cref="SlackInboxWorker.StaleAfter"/>)
    /// covers with a turn timeout to spare; renewed exactly that long ago is not stale yet, as "more than" says.
    /// </summary>
    public async Task<int> ClaimStaleAsync(TimeSpan staleAfter, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var count = 0;
        foreach (var item in await store.ListAsync(KeyPrefix, cancellationToken))
        {
            if (Deserialize(item.Json) is { DoneAt: null } entry && !(entry.ClaimedAt >= now - staleAfter)
                && SlackClaim.For(entry.Work) is var claim
                && await TryWriteAsync(item, entry with { ClaimedAt = now, Claim = claim.Token }, cancellationToken))
            {
                _queue.Writer.TryWrite(claim);
                count++;
            }
        }
        return count;
    }

    /// <summary>
    /// Renews the claim just before running the work; false when it is done or was claimed again meanwhile (it waited
    /// in the queue or for its retry past the stale limit), so this copy must not run.
    /// </summary>
    public Task<bool> TryStartAsync(SlackClaim claim, CancellationToken cancellationToken) => TryRenewAsync(claim, cancellationToken);

    /// <summary>
    /// Renews the claim (its <see cref="InboxEntry.ClaimedAt"/>, so it is not stale for another stale limit), under the
    /// store's ETag as every write of the claim; false, and nothing written, when it is done or was claimed again
    /// meanwhile (by another instance, or by this one's sweep), so this copy must not go on.
    /// </summary>
    public async Task<bool> TryRenewAsync(SlackClaim claim, CancellationToken cancellationToken) =>
        await TryUpdateOwnAsync(claim, entry => entry with { ClaimedAt = clock.GetUtcNow() }, cancellationToken) is not null;

    /// <summary>
    /// Counts a failed attempt (the claim is kept) and returns how many failed so far; null, and nothing written, when
    /// the claim is no longer current (the work was claimed again as stale, or it is done).
    /// </summary>
    public async Task<int?> RecordFailureAsync(SlackClaim claim, CancellationToken cancellationToken) =>
        (await TryUpdateOwnAsync(claim, entry => entry with { ClaimedAt = clock.GetUtcNow(), Attempts = entry.Attempts + 1 }, cancellationToken))?.Attempts;

    /// <summary>How many pages of the follow-up <paramref name="work"/> were posted by earlier attempts.</summary>
    public async Task<int> PagesPostedAsync(SlackWork work, CancellationToken cancellationToken) =>
        await store.ReadAsync(KeyOf(work.Id), cancellationToken) is { } item && Deserialize(item.Json) is { } entry ? entry.PagesPosted : 0;

    /// <summary>
    /// Records that the first <paramref name="pages"/> pages of the follow-up were posted (the claim is kept); false,
    /// and nothing written, when the claim is no longer current.
    /// </summary>
    public async Task<bool> RecordPagesPostedAsync(SlackClaim claim, int pages, CancellationToken cancellationToken) =>
        await TryUpdateOwnAsync(claim, entry => entry with { ClaimedAt = clock.GetUtcNow(), PagesPosted = pages }, cancellationToken) is not null;

    /// <summary>Whether unfinished work whose id starts with <paramref name="idPrefix"/> is stored.</summary>
    public async Task<bool> HasPendingAsync(string idPrefix, CancellationToken cancellationToken) =>
        (await store.ListAsync(KeyOf(idPrefix), cancellationToken)).Any(item => Deserialize(item.Json) is { DoneAt: null });

    /// <summary>Queues claimed work that was held and not run (a modal submit left to the worker).</summary>
    public void Requeue(SlackClaim claim) => _queue.Writer.TryWrite(claim);

    /// <summary>
    /// Marks the work done (kept for the dedupe window); false, and nothing written, when the claim is no longer
    /// current: whoever claimed it again finishes it.
    /// </summary>
    public async Task<bool> MarkDoneAsync(SlackClaim claim, CancellationToken cancellationToken) =>
        await TryUpdateOwnAsync(claim, entry => entry with { DoneAt = clock.GetUtcNow() }, cancellationToken) is not null;

    /// <summary>Marks the work given up: done as far as redeliveries go, and recorded as failed; as <see cref="MarkDoneAsync"/> otherwise.</summary>
    public async Task<bool> MarkFailedAsync(SlackClaim claim, CancellationToken cancellationToken) =>
        await TryUpdateOwnAsync(claim, entry => entry with { DoneAt = clock.GetUtcNow(), Failed = true }, cancellationToken) is not null;

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

    /// <summary>
    /// Writes <paramref name="change"/> of the stored entry only while <paramref name="claim"/> is current: unfinished,
    /// under that claim's token, and unchanged since it was read (the ETag), so a takeover in between refuses it too.
    /// Returns the entry written, or null when nothing was.
    /// </summary>
    private async Task<InboxEntry?> TryUpdateOwnAsync(SlackClaim claim, Func<InboxEntry, InboxEntry> change, CancellationToken cancellationToken)
    {
        if (await store.ReadAsync(KeyOf(claim.Work.Id), cancellationToken) is not { } item
            || Deserialize(item.Json) is not { DoneAt: null } entry || entry.Claim != claim.Token)
        {
            return null;
        }
        var changed = change(entry);
        return await TryWriteAsync(item, changed, cancellationToken) ? changed : null;
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
