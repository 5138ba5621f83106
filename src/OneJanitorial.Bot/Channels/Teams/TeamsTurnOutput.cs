using OneJanitorial.Bot.Cards;
using OneJanitorial.Bot.Conversation;

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

    public Task<string?> SendAsync(BotMessage message, CancellationToken cancellationToken) =>
        connector.SendToConversationAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, ToActivity(message, incoming.Id), cancellationToken);

    public async Task ReplaceCardAsync(AdaptiveCard card, CancellationToken cancellationToken)
    {
        if (_isInvoke)
        {
            InvokeCard = card;
            return;
        }
        var message = BotMessage.WithCard(card);
        if (incoming.ReplyToId is { } cardMessageId)
        {
            await connector.UpdateActivityAsync(incoming.ServiceUrl!, incoming.Conversation!.Id!, cardMessageId, ToActivity(message, null), cancellationToken);
            return;
        }
        await SendAsync(message, cancellationToken);
    }

    private Activity ToActivity(BotMessage message, string? replyToId) => new()
    {
        Type = ActivityTypes.Message,
        From = incoming.Recipient,
        Recipient = incoming.From,
        Conversation = incoming.Conversation,
        ReplyToId = replyToId,
        Text = message.Text,
        TextFormat = "markdown",
        Attachments = message.Cards.Count == 0
            ? null
            : [.. message.Cards.Select(c => new Attachment { ContentType = AdaptiveCard.ContentType, Content = CardJson.ToElement(c) })],
    };
}
