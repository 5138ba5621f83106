using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Reminders;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// Delivers the replies kept in the <see cref="TeamsOutbox"/>: at start (replies kept before a restart), when one is kept,
/// when the next is due, and at least every <see cref="PollInterval"/> (replies another instance kept). Each conversation's
/// replies go one at a time in their order, up to <see cref="Parallelism"/> conversations at once (a kept card update is
/// made in place, <see cref="OutboxMessage.ReplacesMessageId"/>); one is removed only after the connector took it. A
/// failed send is tried again after <see cref="TeamsOutbox.RetryDelay"/>, the replies behind it waiting; one the connector
/// refuses for good (a 4xx other than 412/429), older than <see cref="BotOptions.OutboxMaxAge"/> or past its
/// <see cref="OutboxMessage.ExpiresAt"/> is given up (<see cref="KeptMessageSender"/>). A proactive message's record of
/// being done is removed once <see cref="BotOptions.OutboxMaxAge"/> old. A send has
/// <see cref="BotOptions.TurnTimeout"/>, as in a turn; a claim twice that old is a stopped instance's and is taken over.
/// On a graceful stop the claims of sends cut short are released, so another instance (or this one restarted) sends
/// them at once instead of waiting for them to go stale.
/// At least once: a crash between the connector taking a reply and its removal sends it again.
/// </summary>
public sealed class TeamsOutboxSender(
    TeamsOutbox outbox,
    ConnectorClient connector,
    TeamsMetrics metrics,
    IOptions<BotOptions> options,
    TimeProvider clock,
    ILogger<TeamsOutboxSender> logger,
    ReminderOutbox? reminders = null) : BackgroundService
{
    public const int Parallelism = 4;
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, KeptMessage> _held = new(StringComparer.Ordinal); // claims not yet done with
    private readonly KeptMessageSender _sends = new(outbox, connector, metrics, options, clock, logger, reminders);

    private TimeSpan ClaimTimeout => options.Value.TurnTimeout * 2;

    /// <summary>Stops the passes, then, once they have ended, releases the claims of the sends they cut short.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (ExecuteTask is { IsCompleted: true })
        {
            await ReleaseHeldAsync(cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                var wait = await PassAsync(stoppingToken);
                await outbox.WaitForKeptAsync(wait, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping: a reply being sent keeps its claim until StopAsync releases it
        }
    }

    /// <summary>Sends what is due now; returns how long until the next reply is due (at most <see cref="PollInterval"/>).</summary>
    private async Task<TimeSpan> PassAsync(CancellationToken stoppingToken)
    {
        try
        {
            var next = PollInterval;
            var queues = await outbox.ListAsync(stoppingToken);
            await Parallel.ForEachAsync(queues, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = stoppingToken }, async (queue, token) =>
            {
                if (await DrainOrWaitAsync(queue, token) is { } due)
                {
                    lock (queues)
                    {
                        next = due < next ? due : next;
                    }
                }
            });
            return next < TimeSpan.Zero ? TimeSpan.Zero : next;
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            Log.OutboxPassFailed(logger, e, TeamsOutbox.FirstRetryDelay.TotalSeconds);
            return TeamsOutbox.FirstRetryDelay;
        }
    }

    /// <summary>
    /// <see cref="DrainAsync"/>, a failure of which (the store failing) is the conversation's own: it is looked at again
    /// after <see cref="TeamsOutbox.FirstRetryDelay"/>, and the other conversations' sends are not cut short (a send cut
    /// short keeps its claim until it is stale, and may have reached Teams).
    /// </summary>
    private async Task<TimeSpan?> DrainOrWaitAsync(IReadOnlyList<KeptMessage> queue, CancellationToken cancellationToken)
    {
        try
        {
            return await DrainAsync(queue, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.OutboxConversationFailed(logger, e, queue[0].Message.ConversationId, TeamsOutbox.FirstRetryDelay.TotalSeconds);
            return TeamsOutbox.FirstRetryDelay;
        }
    }

    /// <summary>Sends a conversation's replies in order until one is not due or fails; returns how long until it is due (null: no wait of its own).</summary>
    private async Task<TimeSpan?> DrainAsync(IReadOnlyList<KeptMessage> queue, CancellationToken cancellationToken)
    {
        foreach (var kept in queue)
        {
            var now = clock.GetUtcNow();
            var message = kept.Message;
            if (message.DoneAt is { } done)
            {
                await RemoveIfOldAsync(kept, done, now, cancellationToken);
                continue;
            }
            if (message.ClaimedAt is { } claimed && claimed > now - ClaimTimeout)
            {
                return claimed + ClaimTimeout - now; // another sender has it
            }
            var giveUp = message.ExpiresAt <= now ? OutboxGiveUp.Expired
                : now - message.QueuedAt > options.Value.OutboxMaxAge ? OutboxGiveUp.TooOld
                : (OutboxGiveUp?)null;
            if (giveUp is null && message.NextAttemptAt > now)
            {
                return message.NextAttemptAt - now;
            }
            // Sent or given up only under this sender's claim: the list may be old, and a reply another sender claimed
            // or removed since is left to it, with the replies behind it.
            if (await outbox.TryClaimAsync(kept, cancellationToken) is not { } mine)
            {
                return null;
            }
            _held[mine.Item.Key] = mine;
            var retry = giveUp is { } reason
                ? await _sends.GiveUpAsync(mine, reason, null, CancellationToken.None)
                : await _sends.SendAsync(mine, cancellationToken);
            _held.TryRemove(mine.Item.Key, out _); // sent, postponed or given up: a send cut short keeps it held
            if (retry is { } retryIn)
            {
                return retryIn;
            }
        }
        return null;
    }

    /// <summary>
    /// Gives back the claims still held: sends the stop cut short (they may have reached Teams, as a claim taken over once
    /// stale may have), and claims whose send or removal the store failed. One another sender changed meanwhile is its own.
    /// </summary>
    private async Task ReleaseHeldAsync(CancellationToken cancellationToken)
    {
        var released = 0;
        try
        {
            foreach (var claimed in _held.Values)
            {
                released += await outbox.ReleaseAsync(claimed, cancellationToken) is null ? 0 : 1;
            }
        }
        catch (Exception e)
        {
            Log.OutboxReleaseFailed(logger, e);
        }
        _held.Clear();
        if (released > 0)
        {
            Log.OutboxClaimsReleased(logger, released);
        }
    }

    /// <summary>Removes a proactive message's record of being done once it is <see cref="BotOptions.OutboxMaxAge"/> old: no dispatcher tries that delivery again so late.</summary>
    private async Task RemoveIfOldAsync(KeptMessage record, DateTimeOffset done, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (now - done > options.Value.OutboxMaxAge)
        {
            await outbox.TryRemoveAsync(record, cancellationToken);
        }
    }
}
