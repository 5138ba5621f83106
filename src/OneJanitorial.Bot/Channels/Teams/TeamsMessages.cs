using OneJanitorial.Bot.Cards;
using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Channels.Teams;

/// <summary>Builds the outgoing activity for a channel-neutral <see cref="BotMessage"/>.</summary>
public static class TeamsMessages
{
    public static Activity ToActivity(BotMessage message, ConversationAccount conversation, ChannelAccount? bot, ChannelAccount? user) => new()
    {
        Type = ActivityTypes.Message,
        From = bot,
        Recipient = user,
        Conversation = conversation,
        Text = message.Text,
        TextFormat = "markdown",
        Attachments = message.Cards.Count == 0
            ? null
            : [.. message.Cards.Select(c => new Attachment { ContentType = AdaptiveCard.ContentType, Content = CardJson.ToElement(c) })],
    };
}
