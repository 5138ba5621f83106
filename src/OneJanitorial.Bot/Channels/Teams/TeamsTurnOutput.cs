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
/// </summary>
public sealed class TeamsTurnOutput(ConnectorClient connector, Activity incoming, TurnDeliveryLog deliveries) : ITurnOutput
{
    private readonly bool _isInvoke = incoming.Type == ActivityTypes.Invoke;

    /// <summary>The card an Action.Execute should show in place of the pressed card.</summary>
    public AdaptiveCard? InvokeCard { get; private set; }

    public async Task<string?> SendAsync(BotMessage message, CancellationToken cancellationToken)
    {
        // Serialized once: the delivery log digests the very bytes the connector is sent.
        using var body = ConnectorClient.Body(ToActivity(message));
        return await deliveries.SendOnceAsync(body.Utf8, token => PostAsync(body, token), cancellationToken);
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
