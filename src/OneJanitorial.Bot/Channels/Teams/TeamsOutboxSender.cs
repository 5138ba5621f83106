using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// Delivers the replies kept in the <see cref="TeamsOutbox"/>: at start (replies kept before a restart), when one is kept,
/// when the next is due, and at least every <see cref="PollInterval"/> (replies another instance kept). Each conversation's
/// replies go one at a time in their order, up to <see cref="Parallelism"/> conversations at once (a kept card update is
/// made in place, <see cref="OutboxMessage.ReplacesMessageId"/>); one is removed only after the connector took it. A
/// failed send is tried again after <see cref="TeamsOutbox.RetryDelay"/>, the replies behind it waiting; one the connector refuses for good (a 4xx other than 412/429) or older than
/// <see cref="BotOptions.OutboxMaxAge"/> is given up, logged (event 2043 or 2044) and counted. A send has
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
    ILogger<TeamsOutboxSender> logger) : BackgroundService
{
    public const int Parallelism = 4;
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, KeptMessage> _held = new(StringComparer.Ordinal); // claims not yet done with

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
            if (message.ClaimedAt is { } claimed && claimed > now - ClaimTimeout)
            {
                return claimed + ClaimTimeout - now; // another sender has it
            }
            var tooOld = now - message.QueuedAt > options.Value.OutboxMaxAge;
            if (!tooOld && message.NextAttemptAt > now)
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
            var done = tooOld ? await GiveUpAsync(mine, OutboxGiveUp.TooOld, null, CancellationToken.None) : await SendAsync(mine, cancellationToken);
            _held.TryRemove(mine.Item.Key, out _); // sent, postponed or given up: a send cut short keeps it held
            if (done is { } retryIn)
            {
                return retryIn;
            }
        }
        return null;
    }

    /// <summary>Sends a claimed reply; null when it is done with (sent, or given up), else how long until this conversation is looked at again.</summary>
    private async Task<TimeSpan?> SendAsync(KeptMessage claimed, CancellationToken cancellationToken)
    {
        var message = claimed.Message;
        try
        {
            using var timeout = new CancellationTokenSource(options.Value.TurnTimeout, clock);
            using var send = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            await PostAsync(message, send.Token);
        }
        catch (HttpRequestException e) when (!ConnectorClient.IsUnavailable(e))
        {
            return await GiveUpAsync(claimed, OutboxGiveUp.Refused, (int?)e.StatusCode, CancellationToken.None);
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var delay = TeamsOutbox.RetryDelay(message.Attempts + 1);
            Log.OutboxSendFailed(logger, e, claimed.Item.Key, message.Attempts + 1, delay.TotalSeconds);
            await outbox.PostponeAsync(claimed, clock.GetUtcNow() + delay, CancellationToken.None);
            return delay;
        }
        if (!await RemoveAsync(claimed, CancellationToken.None))
        {
            return PollInterval; // another sender took the conversation over: it goes on with it
        }
        metrics.OutboxSent();
        Log.OutboxSent(logger, claimed.Item.Key, message.Attempts + 1, (clock.GetUtcNow() - message.QueuedAt).TotalSeconds);
        return null;
    }

    /// <summary>The kept message as it was meant: an update in place, a reply, or a new message.</summary>
    private async Task PostAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.ReplacesMessageId is { } messageId)
        {
            await connector.UpdateActivityAsync(message.ServiceUrl, message.ConversationId, messageId, message.Activity, cancellationToken);
            return;
        }
        _ = message.ReplyToId is { } replyTo
            ? await connector.ReplyToActivityAsync(message.ServiceUrl, message.ConversationId, replyTo, message.Activity, cancellationToken)
            : await connector.SendToConversationAsync(message.ServiceUrl, message.ConversationId, message.Activity, cancellationToken);
    }

    /// <summary>
    /// Removes a claimed reply that will not be sent, then logs and counts it; as <see cref="SendAsync"/>, null when done
    /// with, else (another sender took the claim over and goes on with it) how long until the conversation is looked at again.
    /// </summary>
    private async Task<TimeSpan?> GiveUpAsync(KeptMessage claimed, OutboxGiveUp reason, int? status, CancellationToken cancellationToken)
    {
        if (!await RemoveAsync(claimed, cancellationToken))
        {
            return PollInterval;
        }
        metrics.OutboxGivenUp(reason);
        if (reason == OutboxGiveUp.TooOld)
        {
            Log.OutboxTooOld(logger, claimed.Item.Key, (clock.GetUtcNow() - claimed.Message.QueuedAt).TotalHours, claimed.Message.Attempts);
        }
        else
        {
            Log.OutboxRefused(logger, claimed.Item.Key, status ?? 0);
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

    /// <summary>Removes a reply done with; false (logged) when another sender changed it meanwhile.</summary>
    private async Task<bool> RemoveAsync(KeptMessage kept, CancellationToken cancellationToken)
    {
        if (!await outbox.TryRemoveAsync(kept, cancellationToken))
        {
            Log.OutboxClaimLost(logger, kept.Item.Key);
            return false;
        }
        return true;
    }
}
