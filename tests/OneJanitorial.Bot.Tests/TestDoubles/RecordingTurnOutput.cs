using OneJanitorial.Bot.Cards;
using OneJanitorial.Bot.Conversation;

namespace OneJanitorial.Bot.Tests.TestDoubles;

/// <summary>Collects what the bot says in a turn, for scripted conversation tests.</summary>
public sealed class RecordingTurnOutput : ITurnOutput
{
    public List<BotMessage> Sent { get; } = [];
    public List<AdaptiveCard> Replaced { get; } = [];

    /// <summary>Everything in the order the bot did it; a replaced card is a message with that card and Replaced = true.</summary>
    public List<RecordedReply> InOrder { get; } = [];

    public Task<string?> SendAsync(BotMessage message, CancellationToken cancellationToken)
    {
        Sent.Add(message);
        InOrder.Add(new RecordedReply(message, Replaced: false));
        return Task.FromResult<string?>($"m{Sent.Count}");
    }

    public Task ReplaceCardAsync(AdaptiveCard card, CancellationToken cancellationToken)
    {
        Replaced.Add(card);
        InOrder.Add(new RecordedReply(BotMessage.WithCard(card), Replaced: true));
        return Task.CompletedTask;
    }
}

public sealed record RecordedReply(BotMessage Message, bool Replaced);
