using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Conversation.Deliveries;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// Replies of one Teams turn. For an Action.Execute invoke the replacement card is kept and returned
/// as the synchronous invoke response; otherwise everything goes through the connector. Each new message is numbered
/// in the turn's <paramref name="deliveries"/>, so a redelivery of the activity (its turn run again after storage was down
/// or the process died) does not post again what an earlier run posted; an update in place is the same when repeated.
/// A new message the connector cannot take now (<see cref="ConnectorClient.IsUnavailable"/>) is kept in the
/// <paramref name="outbox"/> and the turn goes on; from then on, and for a turn whose conversation has messages kept
/// already, every new message is kept behind them, so they arrive in order (<see cref="TeamsOutboxSender"/>). An update of
/// the pressed card in place is kept the same way, as an update of that message. Without an outbox (storage down) a
/// failed send throws.
/// </summary>
public sealed class TeamsTurnOutput(ConnectorClient connector, Activity incoming, TurnDeliveryLog deliveries, TeamsOutbox? outbox, ILogger logger) : ITurnOutput
{
    private readonly bool _isInvoke = incoming.Type == ActivityTypes.Invoke;
    private readonly string _turnId = incoming.Id ?? Guid.NewGuid().ToString("N");
    private bool? _behind;
    private int _updates;

    /// <summary>The card an Action.Execute should show in place of the pressed card.</summary>
    public AdaptiveCard? InvokeCard { get; private set; }

    public async Task<string?> SendAsync(BotMessage message, CancellationToken cancellationToken)
    {
        // Serialized once: the delivery log digests the very bytes the connector is sent.
        var activity = ToActivity(message);
        using var body = ConnectorClient.Body(activity);
        var next = await deliveries.NextAsync(body.Utf8, cancellationToken);
        if (next.Delivered)
        {
            return next.Message.MessageId;
        }
        var id = await SendOrKeepAsync(activity, body, next.Message.Ordinal, cancellationToken);
        await deliveries.RecordAsync(next, id, cancellationToken);
        return id;
    }

    private Task<string?> SendOrKeepAsync(Activity activity, PooledJsonContent body, int ordinal, CancellationToken cancellationToken) =>
        MakeOrKeepAsync(token => PostAsync(body, token), activity, null, ordinal, cancellationToken);

    /// <summary>Updates the card in place, or keeps the update; a turn's updates are numbered apart from its new messages.</summary>
    private Task UpdateOrKeepAsync(string cardMessageId, Activity activity, CancellationToken cancellationToken) =>
        MakeOrKeepAsync(
            async token => { await UpdateAsync(cardMessageId, activity, token); return cardMessageId; },
            activity, cardMessageId, ++_updates, cancellationToken);

    /// <summary>A new message (<paramref name="replaces"/> null) or an update of that message, made now or kept (<see cref="MakeOrKeep"/>).</summary>
    private async Task<string?> MakeOrKeepAsync(Func<CancellationToken, Task<string?>> make, Activity activity, string? replaces, int number, CancellationToken cancellationToken)
    {
        if (outbox is null)
        {
            return await make(cancellationToken);
        }
        return await MakeOrKeep.RunAsync(await IsBehindAsync(cancellationToken), make, async (failure, token) =>
        {
            LogKept(failure, replaces, number);
            await KeepAsync(activity, replaces, number, tried: failure is not null, token);
        }, cancellationToken);
    }

    /// <summary>Kept behind the conversation's kept messages (<paramref name="failure"/> null), or because the connector failed it.</summary>
    private void LogKept(HttpRequestException? failure, string? replaces, int number)
    {
        switch (failure, replaces)
        {
            case (null, null):
                Log.ReplyQueuedBehind(logger, number, incoming.Id);
                break;
            case (null, _):
                Log.UpdateQueuedBehind(logger, incoming.Id);
                break;
            case (_, null):
                Log.ReplyKept(logger, failure, number, incoming.Id);
                break;
            default:
                Log.UpdateKept(logger, failure, incoming.Id);
                break;
        }
    }

    /// <summary>Whether this turn's messages go behind kept ones: its conversation had some when it first sent, or it kept one since.</summary>
    private async Task<bool> IsBehindAsync(CancellationToken cancellationToken) =>
        _behind ??= await outbox!.HasPendingAsync(incoming.Conversation!.Id!, cancellationToken);

    private async Task KeepAsync(Activity activity, string? replaces, int number, bool tried, CancellationToken cancellationToken)
    {
        var message = new OutboxMessage(incoming.ServiceUrl!, incoming.Conversation!.Id!, replaces is null ? incoming.Id : null, activity, 0, default, default)
        {
            ReplacesMessageId = replaces,
        };
        await outbox!.KeepAsync(message, _turnId, number, tried, cancellationToken);
        _behind = true;
    }

    public async Task ReplaceCardAsync(View view, CancellationToken cancellationToken)
    {
        if (_isInvoke)
        {
            InvokeCard = AdaptiveCardRenderer.Render(view);
            return;
        }
        var message = BotMessage.WithView(view);
        if (incoming.ReplyToId is { } cardMessageId)
        {
            await UpdateOrKeepAsync(cardMessageId, ToActivity(message), cancellationToken);
            return;
        }
        await SendAsync(message, cancellationToken);
    }

    private Task UpdateAsync(string cardMessageId, Activity activity, CancellationToken cancellationToken) =>
        connector.UpdateActivityAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, cardMessageId, activity, cancellationToken);

    private Task<string?> PostAsync(PooledJsonContent body, CancellationToken cancellationToken) =>
        incoming.Id is { } replyTo
            ? connector.ReplyToActivityAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, replyTo, body, incoming.Conversation.TenantId, cancellationToken)
            : connector.SendToConversationAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, body, incoming.Conversation.TenantId, cancellationToken);

    private Activity ToActivity(BotMessage message) =>
        TeamsMessages.ToActivity(message, incoming.Conversation!, incoming.Recipient, incoming.From);
}
