using OneJanitorial.Bot.Channels.Teams.Cards;
using OneJanitorial.Bot.Conversation;
using OneJanitorial.Bot.Views;

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
        Text = message.Text is null ? null : CardMarkdown.RenderMessage(message.Text),
        TextFormat = "markdown",
        Attachments = message.Views.Count == 0
            ? null
            : [.. message.Views.Select(v => new Attachment { ContentType = AdaptiveCard.ContentType, Content = RawJson.From(AdaptiveCardRenderer.Render(v), CardJsonContext.Default.AdaptiveCard) })],
    };
}
