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
/// already, every new message is kept behind them, so they arrive in order (<see cref="TeamsOutboxSender"/>). Without an
/// outbox (storage down) a failed send throws.
/// </summary>
public sealed class TeamsTurnOutput(ConnectorClient connector, Activity incoming, TurnDeliveryLog deliveries, TeamsOutbox? outbox, ILogger logger) : ITurnOutput
{
    private readonly bool _isInvoke = incoming.Type == ActivityTypes.Invoke;
    private readonly string _turnId = incoming.Id ?? Guid.NewGuid().ToString("N");
    private bool? _behind;

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

    /// <summary>Posts the message, or keeps it in the outbox (then its id is null): behind kept ones, or when the connector cannot take it now.</summary>
    private async Task<string?> SendOrKeepAsync(Activity activity, PooledJsonContent body, int ordinal, CancellationToken cancellationToken)
    {
        if (outbox is null)
        {
            return await PostAsync(body, cancellationToken);
        }
        if (_behind ??= await outbox.HasPendingAsync(incoming.Conversation!.Id!, cancellationToken))
        {
            Log.ReplyQueuedBehind(logger, ordinal, incoming.Id);
            await KeepAsync(activity, ordinal, tried: false, cancellationToken);
            return null;
        }
        try
        {
            return await PostAsync(body, cancellationToken);
        }
        catch (HttpRequestException e) when (ConnectorClient.IsUnavailable(e))
        {
            Log.ReplyKept(logger, e, ordinal, incoming.Id);
            await KeepAsync(activity, ordinal, tried: true, cancellationToken);
            _behind = true;
            return null;
        }
    }

    private Task KeepAsync(Activity activity, int ordinal, bool tried, CancellationToken cancellationToken) =>
        outbox!.KeepAsync(
            new OutboxMessage(incoming.ServiceUrl!, incoming.Conversation!.Id!, incoming.Id, activity, 0, default, default),
            _turnId, ordinal, tried, cancellationToken);

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
            await connector.UpdateActivityAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, cardMessageId, ToActivity(message), cancellationToken);
            return;
        }
        await SendAsync(message, cancellationToken);
    }

    private Task<string?> PostAsync(PooledJsonContent body, CancellationToken cancellationToken) =>
        incoming.Id is { } replyTo
            ? connector.ReplyToActivityAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, replyTo, body, incoming.Conversation.TenantId, cancellationToken)
            : connector.SendToConversationAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, body, incoming.Conversation.TenantId, cancellationToken);

    private Activity ToActivity(BotMessage message) =>
        TeamsMessages.ToActivity(message, incoming.Conversation!, incoming.Recipient, incoming.From);
}
