using Microsoft.Extensions.Options;
using OneJanitorial.Bot.Reminders;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// What <see cref="TeamsOutboxSender"/> does with one message it claimed: sends it, or gives it up (the connector refused
/// it for good, it was kept longer than <see cref="BotOptions.OutboxMaxAge"/>, or it expired), each logged and counted.
/// A message done with is removed; a proactive one is marked done instead (<see cref="TeamsOutbox.TryMarkDoneAsync"/>),
/// so its delivery is not kept again. A proactive message given up marks its delivery failed in the reminders' outbox
/// (<see cref="ReminderOutbox.MarkUndeliveredAsync"/>), so <c>reminders failed</c> lists it.
/// </summary>
internal sealed class KeptMessageSender(
    TeamsOutbox outbox,
    ConnectorClient connector,
    TeamsMetrics metrics,
    IOptions<BotOptions> options,
    TimeProvider clock,
    ILogger logger,
    ReminderOutbox? reminders)
{
    /// <summary>Sends a claimed message; null when it is done with (sent, or given up), else how long until its conversation is looked at again.</summary>
    public async Task<TimeSpan?> SendAsync(KeptMessage claimed, CancellationToken cancellationToken)
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
        if (!await FinishAsync(claimed, CancellationToken.None))
        {
            return TeamsOutboxSender.PollInterval; // another sender took the conversation over: it goes on with it
        }
        metrics.OutboxSent();
        Log.OutboxSent(logger, claimed.Item.Key, message.Attempts + 1, (clock.GetUtcNow() - message.QueuedAt).TotalSeconds);
        return null;
    }

    /// <summary>
    /// Gives up a claimed message that will not be sent, then logs and counts it; as <see cref="SendAsync"/>, null when
    /// done with, else (another sender took the claim over and goes on with it) how long until the conversation is looked at again.
    /// </summary>
    public async Task<TimeSpan?> GiveUpAsync(KeptMessage claimed, OutboxGiveUp reason, int? status, CancellationToken cancellationToken)
    {
        var message = claimed.Message;
        if (message.DeliveryKey is { } key && reminders is not null)
        {
            await reminders.MarkUndeliveredAsync(key, Why(reason, status), cancellationToken); // before it is done with: a repeat reports again
        }
        if (!await FinishAsync(claimed, cancellationToken))
        {
            return TeamsOutboxSender.PollInterval;
        }
        metrics.OutboxGivenUp(reason);
        var now = clock.GetUtcNow();
        switch (reason)
        {
            case OutboxGiveUp.Expired:
                Log.OutboxExpired(logger, claimed.Item.Key, (now - message.ExpiresAt!.Value).TotalMinutes, (now - message.QueuedAt).TotalHours, message.Attempts);
                break;
            case OutboxGiveUp.TooOld:
                Log.OutboxTooOld(logger, claimed.Item.Key, (now - message.QueuedAt).TotalHours, message.Attempts);
                break;
            default:
                Log.OutboxRefused(logger, claimed.Item.Key, status ?? 0);
                break;
        }
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

    /// <summary>Removes a message done with, or marks a proactive one done; false (logged) when another sender changed it meanwhile.</summary>
    private async Task<bool> FinishAsync(KeptMessage claimed, CancellationToken cancellationToken)
    {
        var finished = claimed.Message.DeliveryKey is null
            ? await outbox.TryRemoveAsync(claimed, cancellationToken)
            : await outbox.TryMarkDoneAsync(claimed, cancellationToken);
        if (!finished)
        {
            Log.OutboxClaimLost(logger, claimed.Item.Key);
        }
        return finished;
    }

    /// <summary>The failure a given-up delivery is listed with (never the message text).</summary>
    private static string Why(OutboxGiveUp reason, int? status) => reason switch
    {
        OutboxGiveUp.Expired => "expired unsent in the Teams outbox (the Bot Connector could not take it in time)",
        OutboxGiveUp.TooOld => "given up unsent in the Teams outbox: kept longer than Bot:OutboxMaxAge",
        _ => $"the Bot Connector refused it from the Teams outbox ({status ?? 0})",
    };
}
