using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>
/// Replies of one Teams turn. For an Action.Execute invoke the replacement card is kept and returned
/// as the synchronous invoke response; otherwise everything goes through the connector.
/// </summary>
public sealed class TeamsTurnOutput(ConnectorClient connector, Activity incoming) : ITurnOutput
{
    private readonly bool _isInvoke = incoming.Type == ActivityTypes.Invoke;

    /// <summary>The card an Action.Execute should show in place of the pressed card.</summary>
    public AdaptiveCard? InvokeCard { get; private set; }

    public Task<string?> SendAsync(BotMessage message, CancellationToken cancellationToken)
    {
        var activity = ToActivity(message);
        return incoming.Id is { } replyTo
            ? connector.ReplyToActivityAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, replyTo, activity, cancellationToken)
            : connector.SendToConversationAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, activity, cancellationToken);
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

    private Activity ToActivity(BotMessage message) =>
        TeamsMessages.ToActivity(message, incoming.Conversation!, incoming.Recipient, incoming.From);
}
