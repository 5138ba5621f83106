using OneJanitorial.Bot.Cards;

namespace OneJanitorial.Bot.Conversation;

/// <summary>What the bot says: Markdown text, cards, or both.</summary>
public sealed record BotMessage(string? Text, IReadOnlyList<AdaptiveCard> Cards)
{
    public static BotMessage Plain(string text) => new(text, []);

    public static BotMessage WithCard(AdaptiveCard card, string? text = null) => new(text, [card]);
}
